import 'server-only';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { withTransaction, type Engine, type Tx } from '@/lib/db/client';
import { audit, type AuditActor } from '@/lib/audit';
import { insertCredential } from '@/lib/credentials';
import { deviceChange } from '@/lib/device/journey';
import { registration } from '@/lib/flow/journey';
import { TERMS_VERSION } from '@/lib/flow/store';
import type { CookieName } from '@/lib/http/cookies';
import type { ErrorCode } from '@/lib/messages';
import { insertHolder } from '@/lib/operator/holders';
import { path } from '@/lib/routes';
import { hashBirthDate } from '@/lib/security/secrets';
import { DEVICE_PATH } from '@/lib/steps/device-change';
import { STEP_PATH } from '@/lib/steps/registration';
import { endOpenTickets } from '@/lib/tickets/end';
import { issueTicket } from '@/lib/tickets/issue';
import { setFailedAttempts } from '@/lib/tickets/attempts';
import { SANDBOX_BIRTH_DATE, recipeOf, type Recipe, type TicketSetup } from './recipes';

const MINUTE = 60_000;

/** One hash for all sandbox holders: a slow hash per click would buy nothing. */
let birthDateHash: Promise<string> | undefined;

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');
const alnum = (n: number) =>
  Array.from({ length: n }, () => '0123456789ABCDEFGHJKLMNPQRSTVWXYZ'[randomInt(33)]).join('');

/**
 * A sandbox holder's identifiers start with S, which no real 本人ID, カードID or 医籍登録番号 does
 * (they are digits, or 12 characters of the issuing system), so a sandbox can never take a number
 * a real holder is imported with later.
 */
async function sandboxHolder(tx: Tx, actor: AuditActor) {
  birthDateHash ??= hashBirthDate(SANDBOX_BIRTH_DATE);
  const hash = await birthDateHash;
  const input = {
    personId: `S${digits(9)}`,
    cardId: `SBX${alnum(9)}`,
    medicalRegistrationNumber: `S${digits(6)}`,
    name: '再現 太郎',
    kana: 'サイゲン タロウ',
    birthDate: SANDBOX_BIRTH_DATE,
  };
  const id = await insertHolder(tx, input, hash, actor, true);
  return { id, ...input };
}

/** The ticket behind the flow, in the recipe's state. */
async function sandboxTicket(tx: Tx, engine: Engine, holderId: string, setup: TicketSetup, actor: AuditActor) {
  const now = Date.now();
  const { ticketId } = await issueTicket(tx, engine, { holderId, ttlDays: 1, actor, now });
  if (setup === 'expired') await endOpenTickets(tx, holderId, 'expired', now);
  if (setup === 'locked') await setFailedAttempts(tx, ticketId, 5, now);
  if (typeof setup === 'object') await setFailedAttempts(tx, ticketId, setup.attemptsUsed, now);
  // A newer card: the one in the doctor's hand is the older.
  if (setup === 'superseded') await issueTicket(tx, engine, { holderId, ttlDays: 1, actor, now });
  return ticketId;
}

/** A device no authenticator holds: its passkey can never sign in, here or at ログイン. */
async function sandboxDevice(tx: Tx, holderId: string) {
  const id = randomUUID();
  await insertCredential(
    tx,
    holderId,
    {
      id,
      label: 'Sandbox',
      credentialId: randomBytes(32).toString('base64url'),
      publicKey: randomBytes(32).toString('base64url'),
      signCount: 0,
      transports: ['internal'],
      aaguid: '00000000-0000-0000-0000-000000000000',
      providerName: 'Sandbox',
      deviceType: 'multiDevice',
      backupEligible: true,
      backupState: true,
      uvInitialized: true,
    },
    Date.now(),
  );
  return id;
}

export type Reproduction = {
  /** The page to open, with the journey cookie set and the other journey's cookie cleared. */
  open: string;
  cookie: CookieName;
  other: CookieName;
  token: string;
  holderId: string;
};

/** Where a recipe opens: its own page, else its step's. */
function openPath(recipe: Recipe): string {
  if (recipe.open) return path(recipe.open);
  return recipe.journey === 'registration' ? STEP_PATH[recipe.step] : DEVICE_PATH[recipe.step];
}

/**
 * 【再現する】 for `code`: a sandbox holder, its ticket and device, and the journey row the recipe
 * asks for, in one transaction, audited with the staff actor.
 */
export function reproduce(code: ErrorCode, actor: AuditActor, now = Date.now()): Promise<Reproduction> {
  const recipe = recipeOf(code);
  return withTransaction(async (tx, engine) => {
    const holder = await sandboxHolder(tx, actor);
    const ticketId = await sandboxTicket(tx, engine, holder.id, recipe.ticket ?? 'active', actor);
    const credentialId = recipe.device ? await sandboxDevice(tx, holder.id) : null;
    const at = now - (recipe.idleMinutes ?? 0) * MINUTE;
    const sandbox = { sandbox: 1, sandbox_outcome: recipe.outcome ?? null };
    const options = { notice: recipe.notice ?? null, now: at };
    let created: { token: string };
    if (recipe.journey === 'registration') {
      // QR entry has no ticket yet (its code is what is being refused); every later step has one.
      const beyondQr = !['terms', 'start', 'qr'].includes(recipe.step);
      created = await registration.createAt(
        tx,
        recipe.step,
        {
          ...sandbox,
          ticket_id: beyondQr ? ticketId : null,
          holder_id: beyondQr ? holder.id : null,
          credential_id: ['label', 'complete'].includes(recipe.step) ? credentialId : null,
          terms_version: TERMS_VERSION,
          terms_agreed_at: at,
        },
        options,
      );
    } else {
      created = await deviceChange.createAt(
        tx,
        recipe.step,
        {
          ...sandbox,
          holder_id: holder.id,
          old_credential_id: credentialId,
          new_credential_id: ['label', 'complete'].includes(recipe.step) ? credentialId : null,
          authenticated_at: recipe.step === 'signin' ? null : at - (recipe.authenticatedMinutesAgo ?? 0) * MINUTE,
        },
        options,
      );
    }
    await audit(
      tx,
      { type: 'sandbox.created', outcome: 'info', holderId: holder.id, actor, detail: { message: code } },
      now,
    );
    const [cookie, other]: [CookieName, CookieName] =
      recipe.journey === 'registration' ? ['flow', 'deviceChange'] : ['deviceChange', 'flow'];
    return { open: openPath(recipe), cookie, other, token: created.token, holderId: holder.id };
  });
}
