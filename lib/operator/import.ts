import 'server-only';
import { withTransaction } from '@/lib/db/client';
import type { AuditActor } from '@/lib/audit';
import { takenIdentifiers } from '@/lib/holders';
import { hashBirthDate } from '@/lib/security/secrets';
import { streamHolderCsv } from './csv';
import { OperatorError } from './errors';
import { describeIssues, holderInputSchema, type ValidHolderInput } from './holder-input';
import { insertHolder } from './holders';
import { progressOnStderr } from './progress';

/** Holders per transaction: one commit (one fsync) per chunk, not per holder, nor one for all. */
export const IMPORT_CHUNK = 1000;
/** The operator sees this many problems, then how many more. */
const SHOWN_PROBLEMS = 50;

type Row = { line: number; holder: ValidHolderInput };

/**
 * `holders:import --csv FILE` for the issuing system's files of any size (issue 10 goal 4). The
 * file is streamed twice, so memory does not grow with it (only the identifier sets of the first
 * pass do, ~100 bytes a holder):
 * 1. every line is checked — its fields, duplicates inside the file, identifiers a stored holder
 *    already has — and any problem names its line and imports nothing;
 * 2. the holders are stored IMPORT_CHUNK at a time, one transaction each, with a progress bar on
 *    stderr for long files.
 * A failure in pass 2 (the database gone, a holder added meanwhile by someone else) stops there:
 * the chunks before it are stored, and the message says how many, so the rest can be imported.
 */
export async function importHolders(file: string, actor: AuditActor = 'operator:cli'): Promise<{ imported: number }> {
  const total = await checkFile(file);
  const progress = progressOnStderr('holders', total);
  let imported = 0;
  let chunk: Row[] = [];
  const store = async () => {
    const rows = chunk;
    chunk = [];
    try {
      const hashes = await Promise.all(rows.map((r) => hashBirthDate(r.holder.birthDate)));
      await withTransaction(async (tx) => {
        for (const [i, r] of rows.entries()) await insertHolder(tx, r.holder, hashes[i]!, actor, false);
      });
    } catch (err) {
      const where = `line ${rows[0]?.line}–${rows.at(-1)?.line}`;
      const reason = err instanceof OperatorError ? err.message : 'the database refused the write';
      throw new OperatorError(`${where}: ${reason}; ${imported} holders before these lines were imported`);
    }
    imported += rows.length;
    progress?.(imported);
  };
  for await (const { line, input } of streamHolderCsv(file)) {
    chunk.push({ line, holder: holderInputSchema.parse(input) });
    if (chunk.length === IMPORT_CHUNK) await store();
  }
  if (chunk.length > 0) await store();
  return { imported };
}

/** Pass 1: every line valid, no identifier twice, none already stored. Answers the row count. */
async function checkFile(file: string): Promise<number> {
  const problems: Array<{ line: number; text: string }> = [];
  const seen = {
    personId: new Map<string, number>(),
    cardId: new Map<string, number>(),
    mrn: new Map<string, number>(),
  };
  let rows = 0;
  let pending: Row[] = [];
  const checkStored = async () => {
    const lineOf = new Map<string, number>();
    for (const r of pending) {
      lineOf.set(`本人ID ${r.holder.personId}`, r.line);
      lineOf.set(`カードID ${r.holder.cardId}`, r.line);
      lineOf.set(`医籍登録番号 ${r.holder.medicalRegistrationNumber}`, r.line);
    }
    const taken = await takenIdentifiers({
      personIds: pending.map((r) => r.holder.personId),
      cardIds: pending.map((r) => r.holder.cardId),
      medicalRegistrationNumbers: pending.map((r) => r.holder.medicalRegistrationNumber),
    });
    for (const t of taken) problems.push({ line: lineOf.get(t) ?? 0, text: `a holder with this ${t} already exists` });
    pending = [];
  };
  for await (const { line, input } of streamHolderCsv(file)) {
    rows++;
    const parsed = holderInputSchema.safeParse(input);
    if (!parsed.success) {
      problems.push({ line, text: describeIssues(parsed.error) });
      continue;
    }
    const h = parsed.data;
    for (const [kind, label, value] of [
      ['personId', '本人ID', h.personId],
      ['cardId', 'カードID', h.cardId],
      ['mrn', '医籍登録番号', h.medicalRegistrationNumber],
    ] as const) {
      const first = seen[kind].get(value);
      if (first !== undefined) problems.push({ line, text: `${label} ${value} is also on line ${first}` });
      else seen[kind].set(value, line);
    }
    pending.push({ line, holder: h });
    if (pending.length === IMPORT_CHUNK) await checkStored();
  }
  if (pending.length > 0) await checkStored();
  if (problems.length > 0) {
    const shown = problems
      .sort((a, b) => a.line - b.line)
      .slice(0, SHOWN_PROBLEMS)
      .map((p) => `line ${p.line}: ${p.text}`);
    const more = problems.length - SHOWN_PROBLEMS;
    throw new OperatorError(
      [...shown, ...(more > 0 ? [`… and ${more} more problems`] : []), 'nothing was imported'].join('\n'),
    );
  }
  return rows;
}
