import 'server-only';
import { getDb } from '@/lib/db/client';
import { kanaSearchKey, prefixUpperBound } from '@/lib/normalize/kana';
import { normalizeCardId, normalizeMedicalRegistrationNumber, normalizePersonId } from '@/lib/normalize/person-id';

export const SEARCH_LIMIT = 50;

/** What the one search field was read as (each one an indexed lookup). */
export type SearchKeys = {
  personId: string | null;
  cardId: string | null;
  medicalRegistrationNumber: string | null;
  kanaPrefix: string | null;
};

/**
 * 「検索（本人ID・カードID・医籍登録番号・フリガナ）」: the one field read every way it can be — 10
 * digits may be a 本人ID or a 医籍登録番号 too long to be one, so each reading is tried. Null
 * when it is none of them.
 */
export function searchKeys(query: string): SearchKeys | null {
  const keys: SearchKeys = {
    personId: normalizePersonId(query),
    cardId: normalizeCardId(query),
    medicalRegistrationNumber: normalizeMedicalRegistrationNumber(query),
    kanaPrefix: kanaSearchKey(query),
  };
  return Object.values(keys).some((k) => k !== null) ? keys : null;
}

/**
 * The support console's holder lookup (issue 8 #2). Exact keys use their unique indexes; フリガナ is
 * a prefix range on `holders_kana_key_idx` — never a scan, however many holders there are. Support
 * sandbox holders stay out unless asked for.
 */
export async function searchHolders(keys: SearchKeys, options: { includeSandbox?: boolean } = {}) {
  const { db } = await getDb();
  const base = () =>
    db
      .selectFrom('holders')
      .select(['id', 'person_id', 'card_id', 'medical_registration_number', 'name', 'kana', 'sandbox'])
      .$if(!options.includeSandbox, (q) => q.where('sandbox', '=', 0));
  const exact = [
    keys.personId && base().where('person_id', '=', keys.personId),
    keys.cardId && base().where('card_id', '=', keys.cardId),
    keys.medicalRegistrationNumber && base().where('medical_registration_number', '=', keys.medicalRegistrationNumber),
  ].filter((q) => !!q);
  const found = (await Promise.all(exact.map((q) => q.execute()))).flat();
  if (keys.kanaPrefix) {
    const byKana = await base()
      .where('kana_key', '>=', keys.kanaPrefix)
      .where('kana_key', '<', prefixUpperBound(keys.kanaPrefix))
      .orderBy('kana_key')
      .orderBy('person_id')
      .limit(SEARCH_LIMIT + 1)
      .execute();
    found.push(...byKana);
  }
  const unique = [...new Map(found.map((h) => [h.id, h])).values()];
  return {
    holders: unique.slice(0, SEARCH_LIMIT).map((h) => ({
      id: h.id,
      personId: h.person_id,
      cardId: h.card_id,
      medicalRegistrationNumber: h.medical_registration_number,
      name: h.name,
      kana: h.kana,
      sandbox: h.sandbox === 1,
    })),
    truncated: unique.length > SEARCH_LIMIT,
  };
}
