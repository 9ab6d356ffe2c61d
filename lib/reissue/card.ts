import 'server-only';
import fs from 'node:fs/promises';
import type { X509Certificate } from '@peculiar/x509';
import { withTransaction } from '@/lib/db/client';
import { env } from '@/lib/env';
import { findHolderByIcCertificate } from '@/lib/holders';
import { log } from '@/lib/log';
import { path } from '@/lib/routes';
import { issueTicket, type IssuedTicket } from '@/lib/tickets/issue';
import { parseTrustedCas, verifyClientCertificate, type CertificateRejection } from './client-certificate';

/**
 * The re-issue with the IC card (issue 9 #2, decision 0022). The client-certificate header is read
 * here only — this module is called from the /reissue/card page and its POST route and nowhere
 * else, so the header means nothing on any other path.
 */
export type CardHolder = { id: string; personId: string; name: string; cardId: string };

export type CardIdentity =
  | { kind: 'unavailable' }
  | { kind: 'invalid'; reason: CertificateRejection | 'unmapped' }
  | { kind: 'holder'; holder: CardHolder };

/**
 * Where /reissue links for this way: /reissue/card on the host the proxy asks for the client
 * certificate on (CLIENT_CERT_ORIGIN) when that is not the site's own, else the path.
 */
export function reissueCardHref(): string {
  const { clientCertificate, publicOrigin } = env();
  const origin = clientCertificate?.origin;
  return origin && origin !== publicOrigin ? `${origin}${path('reissueCard')}` : path('reissueCard');
}

/** A ticket of the IC-card path lives 24 hours and replaces the device it is registered on. */
export const CARD_TICKET_TTL_DAYS = 1;

let trusted: { file: string; cas: Promise<X509Certificate[]> } | undefined;

function trustedCas(file: string): Promise<X509Certificate[]> {
  if (trusted?.file !== file) trusted = { file, cas: fs.readFile(file, 'utf8').then(parseTrustedCas) };
  return trusted.cas;
}

export async function identifyCard(headers: Headers): Promise<CardIdentity> {
  const config = env().clientCertificate;
  if (!config) return { kind: 'unavailable' };
  let cas: X509Certificate[];
  try {
    cas = await trustedCas(config.caFile);
  } catch (err) {
    trusted = undefined;
    log.error('reissue.card.caFile', { message: err instanceof Error ? err.message : String(err) });
    return { kind: 'unavailable' };
  }
  const check = await verifyClientCertificate(headers.get(config.header), cas);
  if (!check.ok) return { kind: 'invalid', reason: check.reason };
  const holder = await findHolderByIcCertificate(check.issuer, check.serial);
  if (!holder) return { kind: 'invalid', reason: 'unmapped' };
  return {
    kind: 'holder',
    holder: { id: holder.id, personId: holder.person_id, name: holder.name, cardId: holder.card_id },
  };
}

/**
 * 【QRコードを発行する】: ends the holder's open tickets and issues a 24-hour ticket that replaces the
 * device (lib/tickets issueTicket, one transaction, audited as the doctor). The certificate is
 * checked again: the POST carries it as the page did.
 */
export async function issueCardTicket(
  headers: Headers,
): Promise<{ ok: true; holder: CardHolder; ticket: IssuedTicket } | { ok: false; identity: CardIdentity }> {
  const identity = await identifyCard(headers);
  if (identity.kind !== 'holder') return { ok: false, identity };
  const ticket = await withTransaction((tx, engine) =>
    issueTicket(tx, engine, {
      holderId: identity.holder.id,
      ttlDays: CARD_TICKET_TTL_DAYS,
      replacesDevice: true,
      reason: 'reissue:ic-card',
      actor: 'doctor',
    }),
  );
  return { ok: true, holder: identity.holder, ticket };
}
