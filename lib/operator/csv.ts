import 'server-only';
import { CsvError, parse } from 'csv-parse/sync';
import type { HolderInput } from './holder-input';
import { OperatorError } from './errors';

const COLUMNS = ['personId', 'cardId', 'medicalRegistrationNumber', 'name', 'kana', 'birthDate'] as const;

/** Parses the issuing system's CSV (csv-parse: quoting, BOM and line numbers done right). */
export function parseHolderCsv(text: string): Array<{ line: number; input: HolderInput }> {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true, info: true });
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines;
      throw new OperatorError(`line ${line ?? '?'}: ${err.message.replace(/^Invalid Record Length: /, '')}`);
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
