import 'server-only';
import { withTransaction } from '@/lib/db/client';
import type { Flow } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { registration } from '@/lib/flow/journey';
import { audit } from '@/lib/audit';
import { buildAuthenticationOptions } from '@/lib/webauthn';
import { recordAssertion, verifyAssertion } from './assertion';
import { storeChallenge, takeChallenge } from './challenges';
import { activeCredentialIds } from '@/lib/credentials';
import { checkCeremonyLimits } from './register';
import { rpConfig } from './rp';

type Context = { flow: Flow; ip: string | null };

/** 【セキュリティキーによるサインイン】 for a ticket whose holder is already registered (spec §3 step 6). */
export async function signInOptions(ctx: Context) {
  if (!ctx.flow.holder_id) throw new AppError('register.failed');
  await checkCeremonyLimits(ctx);
  const allow = await activeCredentialIds(ctx.flow.holder_id);
  if (allow.length === 0) throw new AppError('auth.invalidResult');
  const options = await buildAuthenticationOptions({ config: rpConfig(), allowCredentialIds: allow });
  await storeChallenge(ctx.flow.id, 'signin', options.challenge);
  return options;
}

/** Verifies the assertion against the holder's active credential; a counter regression is recorded. */
export async function completeSignIn(ctx: Context, response: unknown, now = Date.now()) {
  const { flow, ip } = ctx;
  const holderId = flow.holder_id;
  if (!holderId) throw new AppError('register.failed');
  await checkCeremonyLimits(ctx);
  const verified = await verifyAssertion(response, await takeChallenge(flow.id, 'signin', now), {
    holderId,
    ip,
  });
  if (!verified.ok) {
    await withTransaction((tx) =>
      audit(tx, {
        type: 'signin.verify',
        outcome: 'fail',
        holderId,
        ticketId: flow.ticket_id,
        ip,
        detail: { reason: verified.reason },
      }),
    );
    throw new AppError('auth.invalidResult');
  }
  return withTransaction(async (tx) => {
    await recordAssertion(tx, verified, ip, now);
    const next = await registration.advance(tx, flow, 'signedIn', {}, now);
    if (!next) throw new AppError('flow.back');
    await audit(
      tx,
      {
        type: 'signin.verify',
        outcome: 'ok',
        holderId,
        ticketId: flow.ticket_id,
        credentialId: verified.credential.id,
        ip,
      },
      now,
    );
    return { next };
  });
}
