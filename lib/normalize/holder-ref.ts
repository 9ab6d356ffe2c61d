import { normalizeCardId, normalizeMedicalRegistrationNumber, normalizePersonId } from './person-id';

/** A holder as a staff member names one in a filter. Browser-safe and pure. */
export type HolderRef =
  | { kind: 'id'; value: string }
  | { kind: 'personId'; value: string }
  | { kind: 'cardId'; value: string }
  | { kind: 'mrn'; value: string };

const ROW_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The holder's row id (the console's links carry it), or a 本人ID (10 digits), カードID (12
 * characters) or 医籍登録番号 (up to 6 digits) as printed, however typed (full-width, spaces,
 * hyphens). The lengths do not overlap, so each input has at most one reading. Null otherwise.
 */
export function holderRefKey(input: string): HolderRef | null {
  const s = input.trim().toLowerCase();
  if (ROW_ID.test(s)) return { kind: 'id', value: s };
  const personId = normalizePersonId(input);
  if (personId) return { kind: 'personId', value: personId };
  const cardId = normalizeCardId(input);
  if (cardId) return { kind: 'cardId', value: cardId };
  const mrn = normalizeMedicalRegistrationNumber(input);
  if (mrn) return { kind: 'mrn', value: mrn };
  return null;
}
