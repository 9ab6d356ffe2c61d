/**
 * CSV for the audit log export (issue 8 #6): RFC 4180 (fields quoted when they hold a comma,
 * quote or line break; quotes doubled; CRLF between records), UTF-8 with a byte-order mark so
 * Excel opens the Japanese headers and names correctly. Pure and browser-safe.
 *
 * A cell that a spreadsheet would read as a formula (it starts with = + - @, or a tab or carriage
 * return that some strip first) gets a leading apostrophe (OWASP "CSV injection"): a reason, a
 * staff name or a detail typed by someone must never run as a formula on a PC at the centre.
 */

export const CSV_BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, CRLF-terminated. */
export function csvLine(cells: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
