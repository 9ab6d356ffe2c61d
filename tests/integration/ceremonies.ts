/**
 * Passkey ceremonies brought to their verify step through the app's own code (holder, ticket,
 * flow or device change, creation options with a stored challenge), answered by a software
 * passkey, and posted as the verify routes post them. For the concurrency and crash tests; the
 * crash test's child process imports this too, so nothing here may import vitest.
 */
import { completeRegistration, registrationOptions } from '@/lib/binding/register';
import { rpConfig } from '@/lib/binding/rp';
import { withTransaction } from '@/lib/db/client';
import { newPhoneOptions, registerNewPhone } from '@/lib/device/change';
import { deviceChanges } from '@/lib/device/store';
import { AppError } from '@/lib/errors';
import { access } from '@/lib/steps/registration';
import { createFlow, loadFlow, toView } from '@/lib/flow/store';
import type { HolderInput } from '@/lib/operator/holder-input';
import { insertHolder, issueTicketFor, parseHolderInput } from '@/lib/operator/holders';
import { hashBirthDate } from '@/lib/security/secrets';
import { lookupTicket } from '@/lib/tickets/lookup';
import { SoftPasskey } from '@/tests/support/soft-passkey';

const USER_AGENT = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';

/** What the phone posts to /api/register/verify or /api/device/register-verify, and with which cookie. */
export type Posted = { kind: 'register' | 'device'; token: string; ip: string; response: unknown };
export type Ceremony = Posted & { holderId: string; passkey: SoftPasskey; challenge: string };
export type Answer = { ok: true } | { ok: false; code: string };

/** A new software passkey for the holder, on this deployment's RP ID and origin. */
export function softPasskey(holderId: string) {
  const { rpId, origins } = rpConfig();
  return new SoftPasskey({ rpId, origin: origins[0] ?? '' }, holderId);
}

let birthDateHash: Promise<string> | undefined;

/** `addHolder` with one birth-date hash for all (the first's): these tests never ask for it. */
async function addHolder(h: HolderInput): Promise<string> {
  birthDateHash ??= hashBirthDate(h.birthDate);
  const hash = await birthDateHash;
  return withTransaction((tx) => insertHolder(tx, parseHolderInput(h), hash, 'operator:test', false));
}

/** A registration flow at 【登録】 (spec §3 step 7) with its creation options issued. */
export async function registrationAtVerify(holder: HolderInput, ip: string): Promise<Ceremony> {
  const holderId = await addHolder(holder);
  return registrationWithCode(holderId, (await issueTicketFor(holder.personId)).code, ip);
}

/** A registration flow at 【登録】 for a holder with the code of a ticket already issued. */
export async function registrationWithCode(holderId: string, code: string, ip: string): Promise<Ceremony> {
  const found = await lookupTicket(code);
  if (!found.ok) throw new Error(`fresh ticket not usable: ${found.code}`);
  const { token } = await withTransaction((tx) =>
    createFlow(tx, { step: 'register', ticketId: found.ticket.id, holderId }),
  );
  const flow = await loadFlow(token);
  if (!flow) throw new Error('flow not stored');
  const { challenge } = await registrationOptions({ flow, ip }, []);
  const passkey = softPasskey(holderId);
  return { kind: 'register', token, ip, holderId, passkey, challenge, response: passkey.registration(challenge) };
}

/**
 * A device change at step 2 (spec §6): the holder registered an old phone, signed in with it just
 * now, and the new phone has its creation options.
 */
export async function deviceChangeAtVerify(holder: HolderInput, ip: string): Promise<Ceremony> {
  const old = await registrationAtVerify(holder, ip);
  if (!(await post(old)).ok) throw new Error('old phone not registered');
  const oldCredentialId = (await loadFlow(old.token))?.credential_id;
  if (!oldCredentialId) throw new Error('old credential not stored');
  const { token } = await withTransaction((tx) =>
    deviceChanges.create(tx, 'register', {
      holder_id: old.holderId,
      old_credential_id: oldCredentialId,
      authenticated_at: Date.now(),
    }),
  );
  const change = await deviceChanges.load(token);
  if (!change) throw new Error('device change not stored');
  const { challenge } = await newPhoneOptions({ change, ip }, []);
  const passkey = softPasskey(old.holderId);
  return {
    kind: 'device',
    token,
    ip,
    holderId: old.holderId,
    passkey,
    challenge,
    response: passkey.registration(challenge),
  };
}

/**
 * The verify routes without HTTP: the cookie's flow (or device change) must be at its register
 * step as `jsonAction` / `deviceEndpoint` require, then the real verify; an AppError is the
 * catalogue code the page would show.
 */
export async function post(p: Posted): Promise<Answer> {
  try {
    if (p.kind === 'register') {
      const flow = await loadFlow(p.token);
      if (!flow || access(toView(flow), 'register', Date.now()).kind !== 'render')
        return { ok: false, code: 'flow.back' };
      await completeRegistration({ flow, ip: p.ip }, p.response, USER_AGENT);
    } else {
      const change = await deviceChanges.load(p.token);
      if (!change || change.step !== 'register') return { ok: false, code: 'device.back' };
      await registerNewPhone({ change, ip: p.ip }, p.response, USER_AGENT);
    }
    return { ok: true };
  } catch (err) {
    if (err instanceof AppError) return { ok: false, code: err.code };
    throw err;
  }
}
