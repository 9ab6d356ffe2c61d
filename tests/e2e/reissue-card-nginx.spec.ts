import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { keyPem, makeCa, makeLeafWithKeys, type Ca, type LeafOptions } from '../../lib/reissue/test-pki';
import { curl, freePort, startNginx, type NginxSite } from './fixtures/nginx';
import { admin, holderWithTicket, type HolderView } from './fixtures/operator';
import { startOwnServer, type OwnServer } from './fixtures/own-server';
import { E2E_PORT } from './server-env';

/**
 * Issue 9 #2's integration test through a real nginx (the Debian package): TLS on loopback, the
 * client certificate asked for on the IC-card host only and forwarded as `$ssl_client_escaped_cert`
 * in CLIENT_CERT_HEADER (fixtures/nginx.ts, the README's configuration), in front of a built
 * instance of the site whose HPKI_CA_FILE is a CA made here. curl is the doctor's PC.
 *
 * A Playwright spec rather than a vitest one: it needs the production build, which Playwright makes
 * before any spec runs (vitest runs first on a clean clone, before anything is built).
 */
const HEADER = 'X-SSL-Client-Cert';
const INVALID = 'data-message-code="reissue.cardCertificateInvalid"';

test.describe.configure({ mode: 'serial' });

let dir: string;
let trusted: Ca;
let site: NginxSite;
let server: OwnServer;
let caFile: string;

async function doctorCert(ca: Ca, name: string, opts: LeafOptions = {}) {
  const { cert, keys } = await makeLeafWithKeys(ca, opts);
  const pem = path.join(dir, `${name}.pem`);
  const key = path.join(dir, `${name}.key`);
  writeFileSync(pem, cert.toString('pem'));
  writeFileSync(key, await keyPem(keys.privateKey), { mode: 0o600 });
  return { pem, key, cert };
}

const serial = () => `7${randomBytes(7).toString('hex').toUpperCase()}`;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  dir = mkdtempSync(path.join(os.tmpdir(), 'hpki-nginx-'));
  trusted = await makeCa('Nginx Test HPKI CA');
  caFile = path.join(dir, 'hpki-ca.pem');
  writeFileSync(caFile, trusted.cert.toString('pem'));
  const port = await freePort();
  server = await startOwnServer(Number(process.env.NGINX_APP_PORT ?? E2E_PORT + 2), {
    PUBLIC_ORIGIN: `https://localhost:${port}`,
    CLIENT_CERT_ORIGIN: `https://card.localhost:${port}`,
    CLIENT_CERT_HEADER: HEADER,
    HPKI_CA_FILE: caFile,
  });
  site = await startNginx({ dir: path.join(dir, 'nginx'), port, upstream: server.port, header: HEADER, ca: trusted });
});

test.afterAll(async () => {
  await site?.stop();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const showHolder = async (personId: string) =>
  (await admin(['holder:show', '--person-id', personId], server.env)) as HolderView;

test('curl --cert through nginx: the page shows whose card it is and 【QRコードを発行する】 issues a ticket', async () => {
  const icSerial = serial();
  const { holder } = await holderWithTicket({ env: server.env, icCertSerial: icSerial });
  const doctor = await doctorCert(trusted, 'doctor', { serial: icSerial });

  const page = await curl(site, caFile, `${site.cardOrigin}/reissue/card`, { cert: doctor });
  expect(page.status).toBe(200);
  expect(page.body).toContain(`data-testid="reissue-card-id">${holder.cardId}<`);
  expect(page.body).toContain('QRコードを発行する');
  expect(page.body).not.toContain(INVALID);

  const issued = await curl(site, caFile, `${site.cardOrigin}/reissue/card/issue`, {
    cert: doctor,
    headers: { Origin: site.cardOrigin },
    post: '{}',
  });
  expect(issued.status).toBe(200);
  const json = JSON.parse(issued.body) as { ok: boolean; cardHtml: string };
  expect(json.ok).toBe(true);
  expect(json.cardHtml).toContain(holder.cardId);
  expect(json.cardHtml).toMatch(/<dd class="code">[0-9A-Z]{4}(-[0-9A-Z]{4}){4}<\/dd>/);

  const view = await showHolder(holder.personId);
  expect(view.tickets.map((t) => [t.state, t.replacesDevice])).toEqual(
    expect.arrayContaining([
      ['active', true],
      ['superseded', false],
    ]),
  );
  expect(view.tickets).toHaveLength(2);
});

test('without a certificate, or with one the site cannot accept, nginx passes nothing and the site refuses', async () => {
  const icSerial = serial();
  const { holder } = await holderWithTicket({ env: server.env, icCertSerial: icSerial });
  const foreign = await doctorCert(await makeCa('Some Other CA'), 'foreign', { serial: icSerial });
  const expired = await doctorCert(trusted, 'expired', {
    serial: icSerial,
    notAfter: new Date(Date.now() - 86_400_000),
  });
  const unmapped = await doctorCert(trusted, 'unmapped', { serial: serial() });
  const genuine = await doctorCert(trusted, 'genuine', { serial: icSerial });

  for (const cert of [undefined, foreign, expired, unmapped]) {
    const page = await curl(site, caFile, `${site.cardOrigin}/reissue/card`, cert ? { cert } : {});
    expect(page.status, cert?.pem).toBe(200);
    expect(page.body).toContain(INVALID);
    expect(page.body).not.toContain(holder.cardId);
    const post = await curl(site, caFile, `${site.cardOrigin}/reissue/card/issue`, {
      ...(cert ? { cert } : {}),
      headers: { Origin: site.cardOrigin },
      post: '{}',
    });
    expect(JSON.parse(post.body)).toMatchObject({ ok: false, code: 'reissue.cardCertificateInvalid' });
  }

  // The header a client sets itself is not what reaches the site: nginx replaces it.
  const forged = { [HEADER]: encodeURIComponent(genuine.cert.toString('pem')) };
  const page = await curl(site, caFile, `${site.cardOrigin}/reissue/card`, { headers: forged });
  expect(page.body).toContain(INVALID);
  const post = await curl(site, caFile, `${site.cardOrigin}/reissue/card/issue`, {
    headers: { ...forged, Origin: site.cardOrigin },
    post: '{}',
  });
  expect(JSON.parse(post.body)).toMatchObject({ ok: false, code: 'reissue.cardCertificateInvalid' });

  // The right certificate from a page of another site: refused by the Origin check.
  const crossSite = await curl(site, caFile, `${site.cardOrigin}/reissue/card/issue`, {
    cert: genuine,
    headers: { Origin: 'https://evil.example' },
    post: '{}',
  });
  expect(crossSite.status).toBe(403);

  const view = await showHolder(holder.personId);
  expect(view.tickets.map((t) => t.state)).toEqual(['active']);
});

test('the site asks for no certificate: /reissue/card there goes to the IC-card host, which sends other pages back', async () => {
  const toCard = await curl(site, caFile, `${site.origin}/reissue/card`);
  expect(toCard.status).toBe(308);
  expect(toCard.location).toBe(`${site.cardOrigin}/reissue/card`);
  const back = await curl(site, caFile, `${site.cardOrigin}/register/terms`);
  expect(back.status).toBe(308);
  expect(back.location).toBe(`${site.origin}/register/terms`);
  expect((await curl(site, caFile, `${site.origin}/api/health`)).status).toBe(200);
  // /reissue's IC-card way links to the IC-card host (CLIENT_CERT_ORIGIN).
  const reissue = await curl(site, caFile, `${site.origin}/reissue`);
  expect(reissue.body).toMatch(new RegExp(`<a href="${site.cardOrigin}/reissue/card"[^>]*>医師資格証で再発行する</a>`));
});

test('nginx forwards the certificate header on the IC-card path only and drops one a client sends elsewhere', async () => {
  // The same configuration in front of an upstream that answers with the header it received.
  const echo = http.createServer((req, res) =>
    res.end(JSON.stringify({ header: req.headers[HEADER.toLowerCase()] ?? null })),
  );
  await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
  const upstream = (echo.address() as { port: number }).port;
  const proxy = await startNginx({
    dir: path.join(dir, 'nginx-echo'),
    port: await freePort(),
    upstream,
    header: HEADER,
    ca: trusted,
  });
  try {
    const doctor = await doctorCert(trusted, 'echo-doctor', { serial: serial() });
    const forged = { [HEADER]: 'forged' };
    const received = async (url: string, o: Parameters<typeof curl>[3] = {}) =>
      (JSON.parse((await curl(proxy, caFile, url, o)).body) as { header: string | null }).header;

    const forwarded = await received(`${proxy.cardOrigin}/reissue/card`, { cert: doctor, headers: forged });
    expect(decodeURIComponent(forwarded ?? '')).toBe(doctor.cert.toString('pem').trim() + '\n');
    expect(await received(`${proxy.cardOrigin}/reissue/card/issue`, { cert: doctor, post: '{}' })).not.toBeNull();
    expect(await received(`${proxy.cardOrigin}/reissue/card`, { headers: forged })).toBeNull();
    for (const url of [
      `${proxy.origin}/register/terms`,
      `${proxy.origin}/api/health`,
      `${proxy.cardOrigin}/_next/static/x.js`,
    ]) {
      expect(await received(url, { cert: doctor, headers: forged }), url).toBeNull();
    }
  } finally {
    await proxy.stop();
    await new Promise((resolve) => echo.close(resolve));
  }
});
