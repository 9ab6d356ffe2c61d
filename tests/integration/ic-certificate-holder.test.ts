/**
 * The certificate → holder association of the re-issue with the IC card (issue 9 #2, decision
 * 0022) on both engines: a serial however spelt finds its holder, an issuer given by the issuing
 * system must match, an unmapped serial and a sandbox holder find nobody.
 */
import { expect, it } from 'vitest';
import { withTransaction } from '@/lib/db/client';
import { findHolderByIcCertificate } from '@/lib/holders';
import { parseHolderCsv } from '@/lib/operator/csv';
import { insertHolder, parseHolderInput } from '@/lib/operator/holders';
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

describeEachEngine('IC certificate → holder', () => {
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
});
