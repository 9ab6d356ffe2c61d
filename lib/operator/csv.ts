import 'server-only';
import { CsvError, parse } from 'csv-parse/sync';
import type { HolderInput } from './holder-input';
import { OperatorError } from './errors';

const COLUMNS = ['personId', 'cardId', 'medicalRegistrationNumber', 'name', 'kana', 'birthDate'] as const;

/** Parses the issuing system's CSV (csv-parse: quoting, BOM and line numbers done right). */
export function parseHolderCsv(text: string): Array<{ line: number; input: HolderInput }> {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  // Where the last complete record ended: an unclosed quote is only noticed at the end of the file,
  // so its error names the last line; the operator needs the line where the quote opened.
  let last = { lines: 0, emptyLines: 0 };
  try {
    records = parse(text, {
      columns: true,
      bom: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
      on_record: (record, context) => {
        last = { lines: context.lines, emptyLines: context.empty_lines };
        return record;
      },
    });
  } catch (err) {
    if (err instanceof CsvError) {
      const e = err as CsvError & { lines?: number; empty_lines?: number; columns?: unknown };
      if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
        const headerDone = Array.isArray(e.columns);
        const start = headerDone ? Math.max(last.lines, 1) + 1 + ((e.empty_lines ?? 0) - last.emptyLines) : 1;
        throw new OperatorError(`line ${start}: a quoted field is never closed (a " opens on this line)`);
      }
      throw new OperatorError(`line ${e.lines ?? '?'}: ${err.message.replace(/^Invalid Record Length: /, '')}`);
    }
    throw err;
  }
  const header = Object.keys(records[0]?.record ?? {});
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (records.length === 0) throw new OperatorError('the CSV has no rows');
  if (missing.length > 0) throw new OperatorError(`line 1: missing columns ${missing.join(', ')}`);
  return records.map(({ record, info }) => ({
    line: info.lines,
    input: {
      personId: record.personId ?? '',
      cardId: record.cardId ?? '',
      medicalRegistrationNumber: record.medicalRegistrationNumber ?? '',
      name: record.name ?? '',
      kana: record.kana ?? '',
      birthDate: record.birthDate ?? '',
      certificateNotAfter: record.certificateNotAfter || undefined,
    },
  }));
}
