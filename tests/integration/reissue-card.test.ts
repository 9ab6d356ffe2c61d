/**
 * The re-issue with the IC card (issue 9 #2, decision 0022) on both engines: a mapped doctor's
 * certificate ends the open tickets and issues a 24-hour ticket that replaces the device — the
 * registration with it revokes the old passkey in the transaction that stores the new one; a
 * foreign, unmapped or missing certificate changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { identifyCard, issueCardTicket } from '@/lib/reissue/card';
import { header, makeCa, makeLeaf, type Ca } from '@/lib/reissue/test-pki';
import { post, registrationAtVerify, registrationWithCode } from './ceremonies';
import { describeEachEngine, holderInput } from './databases';

const HEADER = 'x-test-client-cert';
let trusted: Ca;
let foreign: Ca;

beforeAll(async () => {
  trusted = await makeCa('Integration HPKI CA');
  foreign = await makeCa('Integration Foreign CA');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hpki-ca-'));
  const caFile = path.join(dir, 'ca.pem');
  fs.writeFileSync(caFile, trusted.cert.toString('pem'));
  // lib/env reads process.env once, at the first use: before any test runs.
  process.env.CLIENT_CERT_HEADER = HEADER;
  process.env.HPKI_CA_FILE = caFile;
});

const withCert = (value: string) => new Headers({ [HEADER]: value });

describeEachEngine('re-issue with the IC card', (t) => {
  const tickets = (holderId: string) =>
    t.db
      .selectFrom('tickets')
      .select(['state', 'replaces_device', 'issued_at', 'expires_at'])
      .where('holder_id', '=', holderId)
      .orderBy('issued_at')
      .execute();
  const active = async (holderId: string) =>
    (
      await t.db
        .selectFrom('credentials')
        .select('credential_id')
        .where('holder_id', '=', holderId)
        .where('revoked_at', 'is', null)
        .execute()
    ).map((c) => c.credential_id);

  it('issues a 24 h replacing ticket, and registering with it revokes the old passkey', async () => {
    const serial = `${Math.floor(Math.random() * 0xffffff).toString(16)}01`.toUpperCase();
    const first = await registrationAtVerify(holderInput({ icCertificateSerial: serial }), '192.0.2.31');
    expect(await post(first)).toEqual({ ok: true });
    expect(await active(first.holderId)).toEqual([first.passkey.credentialId]);

    const leaf = await makeLeaf(trusted, { serial });
    const identity = await identifyCard(withCert(header(leaf)));
    expect(identity).toMatchObject({ kind: 'holder', holder: { id: first.holderId } });
    const issued = await issueCardTicket(withCert(header(leaf)));
    if (!issued.ok) throw new Error(`not issued: ${JSON.stringify(issued.identity)}`);
    const rows = await tickets(first.holderId);
    const last = rows[rows.length - 1]!;
    expect(last).toMatchObject({ state: 'active', replaces_device: 1 });
    expect(Number(last.expires_at) - Number(last.issued_at)).toBe(24 * 60 * 60 * 1000);
    expect(rows.filter((r) => r.state === 'active')).toHaveLength(1);

    const second = await registrationWithCode(first.holderId, issued.ticket.code, '192.0.2.32');
    expect(await post(second)).toEqual({ ok: true });
    expect(await active(first.holderId)).toEqual([second.passkey.credentialId]);
  });

  it('a foreign, unmapped, malformed or missing certificate issues nothing', async () => {
    const h = holderInput({ icCertificateSerial: 'FACE0' });
    const first = await registrationAtVerify(h, '192.0.2.33');
    const before = await tickets(first.holderId);
    const cases: Array<[Headers, string]> = [
      [withCert(header(await makeLeaf(foreign, { serial: 'face0' }))), 'untrusted'],
      [withCert(header(await makeLeaf(trusted, { serial: 'f00d0' }))), 'unmapped'],
      [withCert('%E0%A4%A'), 'malformed'],
      [new Headers(), 'missing'],
    ];
    for (const [headers, reason] of cases) {
      expect(await issueCardTicket(headers)).toEqual({ ok: false, identity: { kind: 'invalid', reason } });
    }
    expect(await tickets(first.holderId)).toEqual(before);
  });
});
