import 'server-only';
import { randomUUID } from 'node:crypto';
import { isUniqueViolation, withTransaction, type Tx } from '@/lib/db/client';
import type { Holder } from '@/lib/db/schema';
import { audit, type AuditActor } from '@/lib/audit';
import { hashBirthDate } from '@/lib/security/secrets';
import { ticketsOf } from '@/lib/tickets/list';
import { issueTicket } from '@/lib/tickets/issue';
import { endOpenTickets } from '@/lib/tickets/end';
import { env } from '@/lib/env';
import { credentialsOf } from '@/lib/credentials';
import { findHolderByPersonId } from '@/lib/holders';
import { kanaSearchKey } from '@/lib/normalize/kana';
import { OperatorError } from './errors';
import { describeIssues, holderInputSchema, type HolderInput, type ValidHolderInput } from './holder-input';

export { OperatorError };

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export function parseHolderInput(input: HolderInput): ValidHolderInput {
  const parsed = holderInputSchema.safeParse(input);
  if (!parsed.success) throw new OperatorError(describeIssues(parsed.error));
  return parsed.data;
}

/** Exported for tests that need many holders without a slow birth-date hash for each. */
export async function insertHolder(
  tx: Tx,
  h: ValidHolderInput,
  birthDateHash: string,
  actor: AuditActor,
  sandbox: boolean,
) {
  const now = Date.now();
  const id = randomUUID();
  try {
    await tx
      .insertInto('holders')
      .values({
        id,
        person_id: h.personId,
        card_id: h.cardId,
        medical_registration_number: h.medicalRegistrationNumber,
        name: h.name,
        kana: h.kana,
        kana_key: kanaSearchKey(h.kana) ?? '',
        ic_cert_serial: h.icCertificateSerial ?? null,
        ic_cert_issuer: h.icCertificateSerial ? (h.icCertificateIssuer ?? null) : null,
        birth_date_hash: birthDateHash,
        certificate_not_before: now,
        certificate_not_after: h.certificateNotAfter
          ? Date.parse(`${h.certificateNotAfter}T23:59:59+09:00`)
          : now + 5 * YEAR_MS,
        sandbox: sandbox ? 1 : 0,
        created_at: now,
      })
      .execute();
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new OperatorError(
        `a holder with the same 本人ID (${h.personId}), カードID (${h.cardId}) or 医籍登録番号 already exists`,
      );
    }
    throw err;
  }
  await audit(tx, { type: 'holder.added', outcome: 'ok', holderId: id, actor, detail: { sandbox } }, now);
  return id;
}

export async function addHolder(input: HolderInput, actor: AuditActor = 'operator:cli', sandbox = false) {
  const h = parseHolderInput(input);
  const hash = await hashBirthDate(h.birthDate);
  const id = await withTransaction((tx) => insertHolder(tx, h, hash, actor, sandbox));
  return { id, personId: h.personId, cardId: h.cardId };
}

async function requireHolder(personId: string): Promise<Holder> {
  if (!/^\d{10}$/.test(personId)) throw new OperatorError('--person-id must be 10 digits');
  const holder = await findHolderByPersonId(personId);
  if (!holder) throw new OperatorError(`no holder with 本人ID ${personId}`);
  return holder;
}

/** A ticket's lifetime as the operator gives it: whole days, 1 to 365. */
export function checkTtlDays(ttlDays: number | undefined): void {
  if (ttlDays !== undefined && !(Number.isInteger(ttlDays) && ttlDays >= 1 && ttlDays <= 365))
    throw new OperatorError('--ttl-days must be a whole number from 1 to 365');
}

export function ticketUrl(code: string): string {
  return `${env().publicOrigin}/r/${code}`;
}

export async function issueTicketFor(
  personId: string,
  options: { ttlDays?: number; replacesDevice?: boolean; actor?: AuditActor } = {},
) {
  const holder = await requireHolder(personId);
  checkTtlDays(options.ttlDays);
  const issued = await withTransaction((tx, engine) =>
    issueTicket(tx, engine, {
      holderId: holder.id,
      ttlDays: options.ttlDays,
      replacesDevice: options.replacesDevice,
      actor: options.actor ?? 'operator:cli',
    }),
  );
  return {
    code: issued.code,
    url: ticketUrl(issued.code),
    personId: holder.person_id,
    cardId: holder.card_id,
    expiresAt: new Date(issued.expiresAt).toISOString(),
  };
}

/** Ends the holder's open tickets now (a card reported lost or stolen; support reproductions). */
export async function expireTicketsFor(personId: string, actor: AuditActor = 'operator:cli') {
  const holder = await requireHolder(personId);
  const now = Date.now();
  const expired = await withTransaction(async (tx) => {
    const ids = await endOpenTickets(tx, holder.id, 'expired', now);
    for (const ticketId of ids)
      await audit(tx, { type: 'ticket.expired', outcome: 'info', holderId: holder.id, ticketId, actor }, now);
    return ids.length;
  });
  return { personId, expired };
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** Everything an operator may see about a holder; never a hash, code or key. */
export async function showHolder(personId: string, now = Date.now()) {
  const holder = await requireHolder(personId);
  const tickets = await ticketsOf(holder.id, now);
  const credentials = await credentialsOf(holder.id);
  return {
    holder: {
      personId: holder.person_id,
      cardId: holder.card_id,
      medicalRegistrationNumber: holder.medical_registration_number,
      name: holder.name,
      kana: holder.kana,
      certificateNotBefore: iso(holder.certificate_not_before),
      certificateNotAfter: iso(holder.certificate_not_after),
      sandbox: holder.sandbox === 1,
    },
    tickets: tickets.map((t) => ({
      state: t.state,
      attemptsUsed: t.attemptsUsed,
      attemptsLeft: t.attemptsLeft,
      replacesDevice: t.replacesDevice,
      issuedAt: iso(t.issuedAt),
      expiresAt: iso(t.expiresAt),
      usedAt: iso(t.usedAt),
    })),
    credentials: credentials.map((c) => ({
      credentialId: c.credential_id,
      label: c.label,
      provider: c.provider_name,
      aaguid: c.aaguid,
      deviceType: c.device_type,
      backupEligible: c.backup_eligible === 1,
      backupState: c.backup_state === 1,
      signCount: c.sign_count,
      signCountRegressions: c.sign_count_regressions,
      createdAt: iso(c.created_at),
      lastUsedAt: iso(c.last_used_at),
      revoked: c.revoked_at !== null,
      revokedAt: iso(c.revoked_at),
      revokedReason: c.revoked_reason,
    })),
  };
}
