/**
 * The certificate → holder association of the re-issue with the IC card (issue 9 #2, decision
 * 0022) on both engines: a serial however spelt finds its holder, an issuer given by the issuing
 * system must match, an unmapped serial and a sandbox holder find nobody.
 */
import { describe, expect, it } from 'vitest';
import { withTransaction } from '@/lib/db/client';
import { findHolderByIcCertificate } from '@/lib/holders';
import { parseHolderCsv } from '@/lib/operator/csv';
import { OperatorError, insertHolder, parseHolderInput } from '@/lib/operator/holders';
import { setIcCertificate } from '@/lib/operator/ic-certificate';
import { hashBirthDate } from '@/lib/security/secrets';
import type { HolderInput } from '@/lib/operator/holder-input';
import { describeEachEngine, holderInput } from './databases';

let hash: Promise<string> | undefined;
async function add(h: HolderInput, sandbox = false): Promise<string> {
  hash ??= hashBirthDate('1980-04-01');
  const birthDateHash = await hash;
  return withTransaction((tx) => insertHolder(tx, parseHolderInput(h), birthDateHash, 'operator:test', sandbox));
}

const ISSUER = 'CN=Test HPKI CA, O=Test HPKI, C=JP';

describeEachEngine('IC certificate → holder', (t) => {
  it('finds the holder by the normalised serial; any issuer when none was given', async () => {
    const h = holderInput({ icCertificateSerial: '00:0a:1b:2c:3d' });
    const id = await add(h);
    expect(await findHolderByIcCertificate(ISSUER, 'A1B2C3D')).toMatchObject({ id, card_id: h.cardId });
    expect(await findHolderByIcCertificate('CN=Other CA', 'A1B2C3D')).toMatchObject({ id });
    expect(await findHolderByIcCertificate(ISSUER, 'A1B2C3E')).toBeUndefined();
  });

  it('requires the issuer when the issuing system gave one', async () => {
    const id = await add(holderInput({ icCertificateSerial: 'BEEF01', icCertificateIssuer: ISSUER }));
    expect(await findHolderByIcCertificate(ISSUER, 'BEEF01')).toMatchObject({ id });
    expect(await findHolderByIcCertificate('CN=Other CA', 'BEEF01')).toBeUndefined();
  });

  it('never maps a sandbox holder, nor a holder without a serial', async () => {
    await add(holderInput({ icCertificateSerial: 'CAFE02' }), true);
    await add(holderInput());
    expect(await findHolderByIcCertificate(ISSUER, 'CAFE02')).toBeUndefined();
  });

  it('refuses a serial that is not hexadecimal', () => {
    expect(() => parseHolderInput(holderInput({ icCertificateSerial: 'XYZ' }))).toThrow(/icCertificateSerial/);
  });

  it('reads the optional CSV column icCertificateSerial', () => {
    const csv =
      'personId,cardId,medicalRegistrationNumber,name,kana,birthDate,icCertificateSerial\n' +
      '1000000001,C000000001XY,123456,試験 太郎,シケン タロウ,1980-04-01,00:AB:CD\n' +
      '1000000002,C000000002XY,123457,試験 花子,シケン ハナコ,1980-04-02,\n';
    const [withSerial, without] = parseHolderCsv(csv).map((r) => parseHolderInput(r.input));
    expect(withSerial?.icCertificateSerial).toBe('ABCD');
    expect(without?.icCertificateSerial).toBeUndefined();
  });

  describe('a renewed card (holder:ic-cert)', () => {
    const changes = async (holderId: string) =>
      t.db
        .selectFrom('audit_events')
        .select(['detail', 'actor'])
        .where('holder_id', '=', holderId)
        .where('type', '=', 'holder.icCertificateChanged')
        .execute();

    it('maps the new certificate instead of the old one, named by 医籍登録番号, and audits it', async () => {
      const h = holderInput({ icCertificateSerial: 'AA0001' });
      const id = await add(h);
      const out = await setIcCertificate(h.medicalRegistrationNumber, {
        icCertificateSerial: '00:aa:00:02',
        icCertificateIssuer: ISSUER,
      });
      expect(out).toEqual({ personId: h.personId, icCertificateSerial: 'AA0002', icCertificateIssuer: ISSUER });
      expect(await findHolderByIcCertificate(ISSUER, 'AA0002')).toMatchObject({ id });
      expect(await findHolderByIcCertificate('CN=Other CA', 'AA0002')).toBeUndefined();
      expect(await findHolderByIcCertificate(ISSUER, 'AA0001')).toBeUndefined();
      const events = await changes(id);
      expect(events).toHaveLength(1);
      expect(JSON.parse(events[0]!.detail)).toEqual({ replaced: true, withIssuer: true });
      expect(events[0]!.actor).toBe('operator:cli');
    });

    it('gives a first certificate to a holder who had none, named by 本人ID', async () => {
      const h = holderInput();
      const id = await add(h);
      await setIcCertificate(h.personId, { icCertificateSerial: 'AA0003' });
      expect(await findHolderByIcCertificate(ISSUER, 'AA0003')).toMatchObject({ id });
      expect((await changes(id)).map((e) => JSON.parse(e.detail))).toEqual([{ replaced: false, withIssuer: false }]);
    });

    it('refuses, changing nothing: a serial that maps another holder, bad hex, nobody, a sandbox holder', async () => {
      const other = holderInput({ icCertificateSerial: 'AA0004' });
      await add(other);
      const h = holderInput({ icCertificateSerial: 'AA0005' });
      const id = await add(h);
      const before = await t.db.selectFrom('holders').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      await expect(setIcCertificate(h.personId, { icCertificateSerial: 'aa0004' })).rejects.toThrow(
        new RegExp(`already belongs to 本人ID ${other.personId}`),
      );
      await expect(setIcCertificate(h.personId, { icCertificateSerial: 'XYZ' })).rejects.toThrow(/hexadecimal/);
      await expect(setIcCertificate(h.personId, {})).rejects.toThrow(OperatorError);
      await expect(setIcCertificate('9999999999', { icCertificateSerial: 'AA0006' })).rejects.toThrow(/no holder/);
      const sandbox = holderInput();
      await add(sandbox, true);
      await expect(setIcCertificate(sandbox.personId, { icCertificateSerial: 'AA0007' })).rejects.toThrow(/sandbox/);
      expect(await t.db.selectFrom('holders').selectAll().where('id', '=', id).executeTakeFirstOrThrow()).toEqual(
        before,
      );
      expect(await changes(id)).toEqual([]);
      expect(await findHolderByIcCertificate(ISSUER, 'AA0006')).toBeUndefined();
    });

    it('lets two holders share a serial only under two different issuers', async () => {
      await add(holderInput({ icCertificateSerial: 'AA0008', icCertificateIssuer: ISSUER }));
      const h = holderInput();
      const id = await add(h);
      await expect(setIcCertificate(h.personId, { icCertificateSerial: 'AA0008' })).rejects.toThrow(/already belongs/);
      await setIcCertificate(h.personId, { icCertificateSerial: 'AA0008', icCertificateIssuer: 'CN=Other CA' });
      expect(await findHolderByIcCertificate('CN=Other CA', 'AA0008')).toMatchObject({ id });
    });
  });
});
