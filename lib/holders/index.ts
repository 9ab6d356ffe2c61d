import 'server-only';
import { sql } from 'kysely';
import { getDb, type Db, type Tx } from '@/lib/db/client';
import { compiledOnce } from '@/lib/db/compiled';
import { holderRefKey } from '@/lib/normalize/holder-ref';
import type { Holder } from '@/lib/db/schema';

/**
 * The owner of the `holders` table (architecture.md, "Each table has one owner module"): every
 * lookup and projection of a holder is here, so the coming sandbox filter and the support
 * console's search live in one place. Writes (import, add) are the operator's, in
 * lib/operator/holders.ts, until the issuing-system API moves them here.
 */

export async function findHolderByPersonId(personId: string): Promise<Holder | undefined> {
  const { db } = await getDb();
  return db.selectFrom('holders').selectAll().where('person_id', '=', personId).executeTakeFirst();
}

/** The holder's 本人ID (the ログイン step pre-fills it), or undefined. */
export async function personIdOf(holderId: string | null): Promise<string | undefined> {
  if (!holderId) return undefined;
  const { db } = await getDb();
  const holder = await db.selectFrom('holders').select('person_id').where('id', '=', holderId).executeTakeFirst();
  return holder?.person_id;
}

/** What a registration ceremony names the passkey after (user.name = 本人ID, displayName = 氏名). */
export async function holderForCeremony(holderId: string, tx?: Tx) {
  const db = tx ?? (await getDb()).db;
  const [holder] = (await ceremonyHolder(db, holderId)).rows;
  if (!holder) throw new Error('no such holder');
  return holder;
}

const ceremonyHolder = compiledOnce((db: Tx, holderId: string) =>
  db.selectFrom('holders').select(['id', 'person_id', 'name']).where('id', '=', holderId),
);

/** The 医籍登録番号 ログイン compares with the one typed. */
export async function holderRegistrationNumber(holderId: string) {
  const { db } = await getDb();
  return db
    .selectFrom('holders')
    .select(['id', 'medical_registration_number', 'sandbox'])
    .where('id', '=', holderId)
    .executeTakeFirstOrThrow();
}

/** The 券面情報 of a holder with the given credential, only while that credential is active. */
export async function cardFace(holderId: string, credentialId: string) {
  const { db } = await getDb();
  const row = await db
    .selectFrom('holders')
    .innerJoin('credentials', 'credentials.holder_id', 'holders.id')
    .select([
      'holders.name',
      'holders.kana',
      'holders.medical_registration_number',
      'holders.card_id',
      'holders.certificate_not_before',
      'holders.certificate_not_after',
      'credentials.label',
      'credentials.created_at',
      'credentials.last_used_at',
    ])
    .where('holders.id', '=', holderId)
    .where('credentials.id', '=', credentialId)
    .where('credentials.revoked_at', 'is', null)
    .executeTakeFirst();
  return row ?? null;
}

/** Holders by 本人ID, for a batch (one indexed `IN` query per 500 IDs); missing IDs are absent. */
export async function holdersByPersonIds(personIds: readonly string[]) {
  const { db } = await getDb();
  const found = new Map<string, { id: string; person_id: string; card_id: string; sandbox: number }>();
  for (let i = 0; i < personIds.length; i += 500) {
    const rows = await db
      .selectFrom('holders')
      .select(['id', 'person_id', 'card_id', 'sandbox'])
      .where('person_id', 'in', personIds.slice(i, i + 500))
      .execute();
    for (const row of rows) found.set(row.person_id, row);
  }
  return found;
}

/**
 * Which of these identifiers a stored holder already has (the import's check before it writes):
 * one indexed `IN` query per kind and 500 values. Each answer names the kind and the value.
 */
export async function takenIdentifiers(keys: {
  personIds: readonly string[];
  cardIds: readonly string[];
  medicalRegistrationNumbers: readonly string[];
}): Promise<string[]> {
  const { db } = await getDb();
  const taken: string[] = [];
  const kinds = [
    ['person_id', '本人ID', keys.personIds],
    ['card_id', 'カードID', keys.cardIds],
    ['medical_registration_number', '医籍登録番号', keys.medicalRegistrationNumbers],
  ] as const;
  for (const [column, label, values] of kinds) {
    for (let i = 0; i < values.length; i += 500) {
      const rows = await db
        .selectFrom('holders')
        .select(column)
        .where(column, 'in', values.slice(i, i + 500))
        .execute();
      for (const row of rows) taken.push(`${label} ${(row as Record<string, string>)[column]}`);
    }
  }
  return taken;
}

/** A holder by its row id (the console's holder page), or undefined. */
export async function findHolderById(id: string) {
  const { db } = await getDb();
  return db
    .selectFrom('holders')
    .select([
      'id',
      'person_id',
      'card_id',
      'medical_registration_number',
      'name',
      'kana',
      'certificate_not_before',
      'certificate_not_after',
      'sandbox',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

/**
 * The holder a re-issue application names by its カードID (the column holders store, normalised the
 * same way by lib/normalize), for the console's review; never a sandbox holder. Undefined when none.
 */
export async function findHolderByCardId(cardId: string) {
  const { db } = await getDb();
  return db
    .selectFrom('holders')
    .select(['id', 'person_id', 'card_id', 'medical_registration_number', 'name', 'kana'])
    .where('card_id', '=', cardId)
    .where('sandbox', '=', 0)
    .executeTakeFirst();
}

/**
 * The ids of support sandbox holders, as a subquery for another owner's query (the audit log
 * hides their events unless asked, like the holder lookup hides them). The sandbox rule stays
 * here: `sandbox = 1` written as a literal so the partial index `holders_sandbox_idx` serves it.
 */
export function sandboxHolderIds(db: Db) {
  return db.selectFrom('holders').select('id').where(sql.ref('sandbox'), '=', sql.lit(1));
}

const REF_COLUMN = {
  id: 'id',
  personId: 'person_id',
  cardId: 'card_id',
  mrn: 'medical_registration_number',
} as const;

/**
 * The holder a staff member names in a filter: the row id itself, or a 本人ID, カードID or
 * 医籍登録番号 as printed (each unique, each indexed). Null when it names no holder. Sandbox
 * holders are found too: whether their events show is the caller's filter.
 */
export async function resolveHolderRef(ref: string): Promise<string | null> {
  const { db } = await getDb();
  const key = holderRefKey(ref);
  if (!key) return null;
  const column = REF_COLUMN[key.kind];
  const row = await db.selectFrom('holders').select('id').where(column, '=', key.value).executeTakeFirst();
  return row?.id ?? null;
}

/** The 本人ID of each of these holders (the audit log shows it beside the event). */
export async function personIdsOf(holderIds: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const unique = [...new Set(holderIds)];
  if (unique.length === 0) return found;
  const { db } = await getDb();
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('holders')
      .select(['id', 'person_id'])
      .where('id', 'in', unique.slice(i, i + 500))
      .execute();
    for (const row of rows) found.set(row.id, row.person_id);
  }
  return found;
}

/**
 * The holder whose 医師資格証 carries this certificate (decision 0022): matched by serial, and by
 * issuer where the issuing system gave one. No sandbox holder: the IC card path is real cards only.
 */
export async function findHolderByIcCertificate(issuer: string, serial: string) {
  const { db } = await getDb();
  return db
    .selectFrom('holders')
    .select(['id', 'person_id', 'name', 'card_id'])
    .where('ic_cert_serial', '=', serial)
    .where((eb) => eb.or([eb('ic_cert_issuer', 'is', null), eb('ic_cert_issuer', '=', issuer)]))
    .where('sandbox', '=', 0)
    .executeTakeFirst();
}

/** The row holder:ic-cert changes (inside the caller's transaction). */
export function certificateHolder(tx: Tx, holderId: string) {
  return tx
    .selectFrom('holders')
    .select(['id', 'person_id', 'ic_cert_serial', 'sandbox'])
    .where('id', '=', holderId)
    .executeTakeFirstOrThrow();
}

/**
 * Another (non-sandbox) holder the certificate `serial` of `issuer` would also map to, if any.
 * Lookup accepts any issuer where none is stored, so two rows may share a serial only when both
 * name different issuers.
 */
export function certificateClash(tx: Tx, holderId: string, serial: string, issuer: string | null) {
  let others = tx
    .selectFrom('holders')
    .select('person_id')
    .where('ic_cert_serial', '=', serial)
    .where('id', '!=', holderId)
    .where('sandbox', '=', 0);
  if (issuer !== null)
    others = others.where((eb) => eb.or([eb('ic_cert_issuer', 'is', null), eb('ic_cert_issuer', '=', issuer)]));
  return others.executeTakeFirst();
}

export async function setHolderCertificate(tx: Tx, holderId: string, serial: string, issuer: string | null) {
  await tx
    .updateTable('holders')
    .set({ ic_cert_serial: serial, ic_cert_issuer: issuer })
    .where('id', '=', holderId)
    .execute();
}
