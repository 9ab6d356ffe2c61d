import 'server-only';
import { sql } from 'kysely';
import { getDb, withTransaction } from '@/lib/db/client';
import type { Flow } from '@/lib/db/schema';
import { AppError } from '@/lib/errors';
import { updateFlow } from '@/lib/flow/store';
import { audit } from '@/lib/security/audit';
import { buildAuthenticationOptions, credentialIdOf, verifyAuthentication } from '@/lib/webauthn';
import { storeChallenge, takeChallenge } from './challenges';
import { activeCredentialIds, checkCeremonyLimits } from './register';
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
  const challenge = await takeChallenge(flow.id, 'signin', now);
  const id = credentialIdOf(response);
  const { db } = await getDb();
  const stored = id
    ? await db
        .selectFrom('credentials')
        .selectAll()
        .where('credential_id', '=', id)
        .where('holder_id', '=', holderId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
    : undefined;
  const result =
    challenge && stored
      ? await verifyAuthentication({
          config: rpConfig(),
          response,
          expectedChallenge: challenge,
          credential: {
            credentialId: stored.credential_id,
            publicKey: stored.public_key,
            signCount: stored.sign_count,
            transports: JSON.parse(stored.transports) as string[],
          },
          expectedUserId: holderId,
        })
      : ({ ok: false, reason: challenge ? 'unknown or revoked credential' : 'no live challenge' } as const);
  if (!result.ok || !stored) {
    await withTransaction((tx) =>
      audit(tx, { type: 'signin.verify', outcome: 'fail', holderId, ticketId: flow.ticket_id, ip, detail: { reason: result.ok ? 'no credential' : result.reason } }),
    );
    throw new AppError('auth.invalidResult');
  }
  await withTransaction(async (tx) => {
    await tx
      .updateTable('credentials')
      .set({
        sign_count: sql<number>`case when sign_count < ${result.newSignCount} then ${result.newSignCount} else sign_count end`,
        sign_count_regressions: sql<number>`sign_count_regressions + ${result.signCountRegressed ? 1 : 0}`,
        backup_state: result.backupState ? 1 : 0,
        last_used_at: now,
      })
      .where('id', '=', stored.id)
      .execute();
    await updateFlow(tx, flow.id, 'register', { step: 'confirmed', notice: null }, now);
    await audit(tx, { type: 'signin.verify', outcome: 'ok', holderId, ticketId: flow.ticket_id, credentialId: stored.id, ip }, now);
    if (result.signCountRegressed) {
      await audit(
        tx,
        {
          type: 'credential.signCountRegression',
          outcome: 'fail',
          holderId,
          credentialId: stored.id,
          ip,
          detail: { stored: stored.sign_count, reported: result.reportedSignCount },
        },
        now,
      );
    }
  });
}
