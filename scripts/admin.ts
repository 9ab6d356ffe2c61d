/**
 * Operator command line: how the issuing system, operators and tests feed the site.
 * JSON on stdout; errors on stderr with a non-zero exit. Safe while the server runs (shared DB).
 */
import './load-env';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { closeDatabase } from '@/lib/db/client';
import { ageFlow } from '@/lib/operator/flows';
import { importHolders } from '@/lib/operator/import';
import { BatchInterrupted, issueTicketsBatch, parsePersonIdList, type BatchTicket } from '@/lib/operator/batch-issue';
import { progressOnStderr } from '@/lib/operator/progress';
import { ticketCardsHtml } from '@/lib/cards/ticket-cards';
import { OperatorError, addHolder, expireTicketsFor, issueTicketFor, showHolder } from '@/lib/operator/holders';
import { setIcCertificate } from '@/lib/operator/ic-certificate';
import { addStaffFromCli, ageStaffSession, disableStaffFromCli, listStaffForCli } from '@/lib/operator/staff';

const USAGE = `usage: npm run admin -- <command> [flags]
  holder:add --person-id ID --card-id ID --mrn N --name NAME --kana KANA --birth-date YYYY-MM-DD [--cert-not-after YYYY-MM-DD] [--ic-cert-serial HEX [--ic-cert-issuer DN]]
  holder:ic-cert --holder 本人ID|カードID|医籍登録番号 --ic-cert-serial HEX [--ic-cert-issuer DN]   (a renewed 医師資格証)
  ticket:issue --person-id ID [--ttl-days N] [--replaces-device]
  tickets:issue --person-ids-file FILE [--ttl-days N] [--cards-html OUT]   (one ticket per 本人ID, one per line)
  ticket:expire --person-id ID   (ends the holder's open tickets now)
  holder:show --person-id ID
  holders:import --csv FILE   (header: personId,cardId,medicalRegistrationNumber,name,kana,birthDate[,certificateNotAfter][,icCertificateSerial])
  flow:age --flow-cookie VALUE --minutes N   (support/testing: make a doctor's flow idle for N minutes)
  staff:add --name NAME --role admin|support   (prints a single-use enrolment link, valid 24 hours)
  staff:list
  staff:disable --id STAFF_ID   (also ends the account's open sessions)
  staff:age-session --session-cookie VALUE --minutes N   (support/testing: make a staff session N minutes older)`;

type Flags = Record<string, string | boolean | undefined>;

function required(flags: Flags, name: string): string {
  const v = flags[name];
  if (typeof v !== 'string' || v.trim() === '') throw new OperatorError(`missing --${name}\n${USAGE}`);
  return v.trim();
}

/**
 * JSON on stdout, resolved once it is handed to the OS: `process.exit` right after a plain write
 * cuts a large answer short when stdout is a pipe (a 10 000-ticket batch read by the issuing system).
 */
function printJson(value: unknown): Promise<void> {
  return new Promise((resolve, reject) =>
    process.stdout.write(`${JSON.stringify(value, null, 2)}\n`, (err) => (err ? reject(err) : resolve())),
  );
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new OperatorError(`cannot read ${file}`);
  }
}

/** The batch's JSON as the issuing system reads it. */
const batchJson = (tickets: BatchTicket[]) =>
  tickets.map(({ personId, code, url, expiresAt }) => ({ personId, code, url, expiresAt }));

/**
 * tickets:issue: every line is checked first (a bad one names its line, nothing is issued). Should
 * the run stop part-way, or the cards file fail to write, the tickets already issued still reach
 * stdout: their codes exist nowhere else.
 */
async function issueBatch(f: Flags) {
  const ids = parsePersonIdList(readText(required(f, 'person-ids-file')));
  const out = typeof f['cards-html'] === 'string' ? f['cards-html'] : undefined;
  const progress = progressOnStderr('tickets', ids.length);
  let issued: BatchTicket[];
  try {
    issued = await issueTicketsBatch(ids, { ttlDays: optionalInt(f, 'ttl-days'), onProgress: progress });
  } catch (err) {
    if (!(err instanceof BatchInterrupted)) throw err;
    await printJson(batchJson(err.issued));
    throw new OperatorError(`${err.message}; the ${err.issued.length} tickets issued are on stdout`);
  }
  if (out) {
    try {
      writeFileSync(out, await ticketCardsHtml(issued), { mode: 0o600 });
    } catch {
      await printJson(batchJson(issued));
      throw new OperatorError(`cannot write ${out}; the ${issued.length} tickets issued are on stdout`);
    }
  }
  return batchJson(issued);
}

function optionalInt(flags: Flags, name: string): number | undefined {
  const v = flags[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^\d+$/.test(v)) throw new OperatorError(`--${name} must be a whole number`);
  return Number(v);
}

const commands: Record<string, (flags: Flags) => Promise<unknown>> = {
  'holder:add': (f) =>
    addHolder({
      personId: required(f, 'person-id'),
      cardId: required(f, 'card-id'),
      medicalRegistrationNumber: required(f, 'mrn'),
      name: required(f, 'name'),
      kana: required(f, 'kana'),
      birthDate: required(f, 'birth-date'),
      certificateNotAfter: typeof f['cert-not-after'] === 'string' ? f['cert-not-after'] : undefined,
      icCertificateSerial: typeof f['ic-cert-serial'] === 'string' ? f['ic-cert-serial'] : undefined,
      icCertificateIssuer: typeof f['ic-cert-issuer'] === 'string' ? f['ic-cert-issuer'] : undefined,
    }),
  'holder:ic-cert': (f) =>
    setIcCertificate(required(f, 'holder'), {
      icCertificateSerial: required(f, 'ic-cert-serial'),
      icCertificateIssuer: typeof f['ic-cert-issuer'] === 'string' ? f['ic-cert-issuer'] : undefined,
    }),
  'ticket:issue': (f) =>
    issueTicketFor(required(f, 'person-id'), {
      ttlDays: optionalInt(f, 'ttl-days'),
      replacesDevice: f['replaces-device'] === true,
    }),
  'tickets:issue': issueBatch,
  'ticket:expire': (f) => expireTicketsFor(required(f, 'person-id')),
  'holder:show': (f) => showHolder(required(f, 'person-id')),
  'holders:import': async (f) => {
    return importHolders(required(f, 'csv'));
  },
  'flow:age': (f) => ageFlow(required(f, 'flow-cookie'), optionalInt(f, 'minutes') ?? 16),
  'staff:add': (f) => addStaffFromCli({ name: required(f, 'name'), role: required(f, 'role') }),
  'staff:list': () => listStaffForCli(),
  'staff:disable': (f) => disableStaffFromCli(required(f, 'id')),
  'staff:age-session': (f) => ageStaffSession(required(f, 'session-cookie'), optionalInt(f, 'minutes') ?? 6),
};

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const run = command ? commands[command] : undefined;
  if (!run) {
    process.stderr.write(`${command ? `unknown command: ${command}\n` : ''}${USAGE}\n`);
    return 2;
  }
  try {
    const { values } = parseArgs({
      args: rest,
      strict: true,
      options: {
        'person-id': { type: 'string' },
        'card-id': { type: 'string' },
        mrn: { type: 'string' },
        name: { type: 'string' },
        kana: { type: 'string' },
        'birth-date': { type: 'string' },
        'cert-not-after': { type: 'string' },
        'ic-cert-serial': { type: 'string' },
        'ic-cert-issuer': { type: 'string' },
        holder: { type: 'string' },
        'ttl-days': { type: 'string' },
        'replaces-device': { type: 'boolean' },
        csv: { type: 'string' },
        'person-ids-file': { type: 'string' },
        'cards-html': { type: 'string' },
        'flow-cookie': { type: 'string' },
        minutes: { type: 'string' },
        role: { type: 'string' },
        id: { type: 'string' },
        'session-cookie': { type: 'string' },
      },
    });
    const result = await run(values);
    await printJson(result);
    return 0;
  } catch (err) {
    const known = err instanceof OperatorError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`error: ${known ? (err as Error).message : 'unexpected failure (see below)'}\n`);
    if (!known) process.stderr.write(`${String((err as Error).stack ?? err)}\n`);
    return 1;
  } finally {
    await closeDatabase();
  }
}

main().then((code) => process.exit(code));
