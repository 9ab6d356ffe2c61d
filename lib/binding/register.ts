import 'server-only';
import { holderForCeremony } from '@/lib/holders';
import { isUniqueViolation, withTransaction, type Tx } from '@/lib/db/client';
import type { Flow } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { registration } from '@/lib/flow/journey';
import { audit } from '@/lib/audit';
import { RULES, deferredLimits, withinLimits, type RateRule } from '@/lib/security/rate-limit';
import { buildRegistrationOptions, type PublicKeyCredentialCreationOptionsJSON } from '@/lib/webauthn';
import type { ErrorCode } from '@/lib/messages';
import { putChallenge } from './challenges';
import { checkTicket, getTicket } from '@/lib/tickets/lookup';
import { markTicketUsed } from '@/lib/tickets/mark-used';
import { storeNewCredential, verifiedNewCredential } from './attestation';
import { activeCredentialIds, activeMarkedCredentials, insertCredential, replaceCredential } from '@/lib/credentials';
import { rpConfig } from './rp';

type Context = { flow: Flow; ip: string | null };

/** The ceremony's rate rules: per address, per ticket. */
const ceremonyRules = ({ flow, ip }: Context): Array<[RateRule, string | null]> => [
  [RULES.webauthnPerIp, ip],
  [RULES.webauthnPerTicket, flow.ticket_id],
];

/** The ceremony's rate rules, counted in `tx` when given. */
export function withinCeremonyLimits(ctx: Context, tx?: Tx) {
  return withinLimits(ceremonyRules(ctx), tx);
}

/** Both counts in one commit (decision 0029), refusing over either limit. */
export async function checkCeremonyLimits(ctx: Context) {
  if (!(await withTransaction((tx) => withinCeremonyLimits(ctx, tx)))) throw new AppError('rate.limited');
}

/**
 * Creation options (spec §3 step 7). A device marker (cookie or localStorage) naming another
 * holder's active credential refuses before the ceremony (§4, FAQ Q3). The exclude list holds the
 * holder's own active credentials and the marked ones, so an authenticator that already has one
 * answers InvalidStateError, which the page shows as the same message. A holder who is already
 * registered with an ordinary ticket is refused here too: that screen offers sign-in instead.
 *
 * One transaction (decision 0029): the rate counts, the reads and the new challenge commit
 * together. A refusal commits what it counted (and its audit row) and is thrown after the commit.
 */
export async function registrationOptions(ctx: Context, markers: string[]) {
  const { flow } = ctx;
  const holderId = flow.holder_id;
  if (!holderId) throw new AppError('register.failed');
  const outcome = await withTransaction(
    async (tx, engine): Promise<Outcome<PublicKeyCredentialCreationOptionsJSON>> => {
      if (!(await withinCeremonyLimits(ctx, tx))) return { refused: 'rate.limited' };
      const marked = await activeMarkedCredentials(markers, tx);
      if (marked.some((m) => m.holder_id !== holderId)) {
        await audit(tx, {
          type: 'registration.refused',
          outcome: 'fail',
          holderId,
          ticketId: flow.ticket_id,
          ip: ctx.ip,
          detail: { reason: 'device-marker' },
        });
        return { refused: 'register.deviceHasOtherCertificate' };
      }
      const holder = await holderForCeremony(holderId, tx);
      const own = await activeCredentialIds(holder.id, tx);
      const ticket = flow.ticket_id ? await getTicket(flow.ticket_id, tx) : undefined;
      // Expired, superseded or locked since the password step: say so before a passkey is created.
      const usable = ticket ? checkTicket(ticket) : ({ ok: false, code: 'qr.unknown' } as const);
      if (!usable.ok) return { refused: usable.code };
      if (own.length > 0 && !(ticket?.state === 'active' && ticket.replaces_device === 1)) {
        return { refused: 'register.alreadyRegistered' };
      }
      const options = await buildRegistrationOptions({
        config: rpConfig(),
        user: { id: holder.id, personId: holder.person_id, displayName: holder.name },
        excludeCredentialIds: [...own, ...marked.map((m) => m.credential_id)],
      });
      await putChallenge(tx, engine, flow.id, 'register', options.challenge);
      return { value: options };
    },
  );
  if ('refused' in outcome) throw new AppError(outcome.refused);
  return outcome.value;
}

/** What a one-transaction step answers: a value, or the catalogue code it refused with (after commit). */
type Outcome<T> = { value: T } | { refused: ErrorCode };

/**
 * Verifies the attestation and binds the credential (spec §3 step 7, §4). The challenge is
 * consumed, the ticket used, the credential stored and the flow advanced in one transaction
 * (`storeNewCredential`), with the one-active-credential rule left to the database's partial
 * unique index. The request's rate counts commit in that same transaction (decision 0031); one
 * already over a limit is refused before its response is looked at, as before.
 */
export async function completeRegistration(
  ctx: Context,
  response: unknown,
  userAgent: string | null,
  now = Date.now(),
) {
  const { flow, ip } = ctx;
  if (!flow.holder_id || !flow.ticket_id) throw new AppError('register.failed');
  const holderId = flow.holder_id;
  const ticketId = flow.ticket_id;
  const count = await deferredLimits(ceremonyRules(ctx));
  // Over the limit, the response is not looked at.
  if (count.overNow) throw new AppError('rate.limited');
  try {
    // The step graph decides where a stored passkey leads (lib/steps/registration.ts), not this handler.
    if (!registration.definition.transition(flow, 'registered')) throw new AppError('flow.back');
    const failure = { type: 'registration.verify' as const, holderId, ticketId, ip };
    const c = await verifiedNewCredential({ owner: flow.id, purpose: 'register', response, userAgent, failure, now });
    const stored = await storeNewCredential(c, holderId, failure, now, async (tx) => {
      // Over a limit after all (concurrent requests): nothing is stored, the count is settled below.
      if (!(await count.inside(tx))) throw new AppError('rate.limited');
      const ticket = await markTicketUsed(tx, ticketId, now);
      if (!ticket.ok) throw new AppError(ticket.code);
      if (ticket.replacesDevice)
        await replaceCredential(tx, holderId, c, 'all-active', 'replaced by re-issued ticket', now);
      else await insertCredential(tx, holderId, c, now);
      const next = await registration.advance(tx, flow, 'registered', { set: { credential_id: c.id } }, now);
      if (!next) throw new AppError('flow.back');
      await audit(
        tx,
        {
          type: 'registration.completed',
          outcome: 'ok',
          holderId,
          ticketId,
          credentialId: c.id,
          ip,
          detail: {
            provider: c.providerName,
            aaguid: c.aaguid,
            deviceType: c.deviceType,
            replacedDevice: ticket.replacesDevice,
          },
        },
        now,
      );
      return { credentialId: c.credentialId, next };
    });
    count.committed();
    return stored;
  } catch (err) {
    if (isUniqueViolation(err)) {
      await withTransaction((tx) =>
        audit(tx, {
          type: 'registration.store',
          outcome: 'fail',
          holderId,
          ticketId,
          ip,
          detail: { reason: 'unique violation' },
        }),
      );
      throw new AppError('register.alreadyRegistered', { cause: err });
    }
    throw err;
  } finally {
    await count.settle();
  }
}
