import 'server-only';
import { createReadStream } from 'node:fs';
import { CsvError as StreamCsvError, parse as parseStream } from 'csv-parse';
import { CsvError, parse } from 'csv-parse/sync';
import type { HolderInput } from './holder-input';
import { OperatorError } from './errors';

const COLUMNS = ['personId', 'cardId', 'medicalRegistrationNumber', 'name', 'kana', 'birthDate'] as const;

type Parsed = { record: Record<string, string>; info: { lines: number } };
type Position = { lines: number; emptyLines: number };

/** csv-parse's options for the issuing system's CSV; `last` follows where the last record ended. */
function options(last: Position) {
  return {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
    on_record: (record: Record<string, string>, context: { lines: number; empty_lines: number }) => {
      last.lines = context.lines;
      last.emptyLines = context.empty_lines;
      return record;
    },
  } as const;
}

/**
 * A csv-parse error as the operator needs it. An unclosed quote is only noticed at the end of the
 * file, so its error would name the last line; the operator needs the line where the quote opened.
 */
function operatorError(err: unknown, last: Position): unknown {
  // The streaming and the sync parser each have their own CsvError class.
  if (!(err instanceof CsvError || err instanceof StreamCsvError)) return err;
  const e = err as CsvError & { lines?: number; empty_lines?: number; columns?: unknown };
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
    const headerDone = Array.isArray(e.columns);
    const start = headerDone ? Math.max(last.lines, 1) + 1 + ((e.empty_lines ?? 0) - last.emptyLines) : 1;
    return new OperatorError(`line ${start}: a quoted field is never closed (a " opens on this line)`);
  }
  return new OperatorError(`line ${e.lines ?? '?'}: ${err.message.replace(/^Invalid Record Length: /, '')}`);
}

function checkHeader(record: Record<string, string>) {
  const header = Object.keys(record);
  const missing = COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new OperatorError(`line 1: missing columns ${missing.join(', ')}`);
}

function toRow({ record, info }: Parsed): { line: number; input: HolderInput } {
  return {
    line: info.lines,
    input: {
      personId: record.personId ?? '',
      cardId: record.cardId ?? '',
      medicalRegistrationNumber: record.medicalRegistrationNumber ?? '',
      name: record.name ?? '',
      kana: record.kana ?? '',
      birthDate: record.birthDate ?? '',
      certificateNotAfter: record.certificateNotAfter || undefined,
      icCertificateSerial: record.icCertificateSerial || undefined,
    },
  };
}

/** Parses the issuing system's CSV (csv-parse: quoting, BOM and line numbers done right). */
export function parseHolderCsv(text: string): Array<{ line: number; input: HolderInput }> {
  const last = { lines: 0, emptyLines: 0 };
  let records: Parsed[];
  try {
    records = parse(text, options(last)) as unknown as Parsed[];
  } catch (err) {
    throw operatorError(err, last);
  }
  if (records.length === 0) throw new OperatorError('the CSV has no rows');
  checkHeader(records[0]!.record);
  return records.map(toRow);
}

/**
 * The same CSV read from a file as a stream, one row at a time (constant memory whatever its
 * size): `holders:import` reads it twice, once to check every line and once to store.
 */
export async function* streamHolderCsv(file: string): AsyncGenerator<{ line: number; input: HolderInput }> {
  const last = { lines: 0, emptyLines: 0 };
  const parser = createReadStream(file).pipe(parseStream(options(last)));
  let rows = 0;
  try {
    for await (const parsed of parser as AsyncIterable<Parsed>) {
      if (rows++ === 0) checkHeader(parsed.record);
      yield toRow(parsed);
    }
  } catch (err) {
    throw operatorError(err, last);
  }
  if (rows === 0) throw new OperatorError('the CSV has no rows');
}
