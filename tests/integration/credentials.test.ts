/**
 * Rules of binding (spec §4) held by the database: one active credential per holder (partial
 * unique index), credential ID unique across holders, and credential rotation that stays correct
 * under concurrency on both engines (PostgreSQL locks the holder row first, engineering.md Data).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { storeChallenge } from '@/lib/binding/challenges';
import { isUniqueViolation, lockHolder, withTransaction } from '@/lib/db/client';
import type { NewCredentialRow } from '@/lib/db/schema';
import { rotateCredential } from '@/lib/device/change';
import { AppError } from '@/lib/errors';
import { addHolder, showHolder } from '@/lib/operator/holders';
import { describeEachEngine, holderInput } from './databases';

function credential(holderId: string, overrides: Partial<NewCredentialRow> = {}): NewCredentialRow {
  return {
    id: randomUUID(),
    holder_id: holderId,
    credential_id: randomBytes(16).toString('base64url'),
    public_key: randomBytes(77).toString('base64url'),
    sign_count: 0,
    sign_count_regressions: 0,
    transports: JSON.stringify(['internal', 'hybrid']),
    aaguid: 'fbfc3007-154e-4ecc-8c0b-6e020557d7bd',
    provider_name: 'iCloud キーチェーン',
    device_type: 'multiDevice',
    backup_eligible: 1,
    backup_state: 1,
    uv_initialized: 1,
    label: 'iCloud キーチェーン (iPhone) 2026/11/26',
    created_at: Date.now(),
    last_used_at: null,
    revoked_at: null,
    revoked_reason: null,
    revoked_by: null,
    ...overrides,
  };
}

async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

describeEachEngine('credentials', (t) => {
  async function newHolder() {
    const input = holderInput();
    const { id } = await addHolder(input);
    return { id, personId: input.personId };
  }

  const active = (holderId: string) =>
    t.db
      .selectFrom('credentials')
      .selectAll()
      .where('holder_id', '=', holderId)
      .where('revoked_at', 'is', null)
      .execute();

  it('allows only one active credential per holder; a new one after revoking', async () => {
    const { id: holderId } = await newHolder();
    const first = credential(holderId);
    await t.db.insertInto('credentials').values(first).execute();

    const err = await caught(t.db.insertInto('credentials').values(credential(holderId)).execute());
    expect(isUniqueViolation(err)).toBe(true);
    expect(await active(holderId)).toHaveLength(1);

    // Revoked credentials do not count: any number of them may sit beside the active one.
    await t.db
      .updateTable('credentials')
      .set({ revoked_at: Date.now(), revoked_reason: 'test', revoked_by: 'test' })
      .where('id', '=', first.id)
      .execute();
    await t.db.insertInto('credentials').values(credential(holderId)).execute();
    await t.db
      .insertInto('credentials')
      .values(credential(holderId, { revoked_at: Date.now(), revoked_reason: 'old' }))
      .execute();
    expect(await active(holderId)).toHaveLength(1);
    const all = await t.db.selectFrom('credentials').select('id').where('holder_id', '=', holderId).execute();
    expect(all).toHaveLength(3);
  });

  it('keeps the credential ID unique across holders, revoked or not', async () => {
    const a = await newHolder();
    const b = await newHolder();
    const shared = credential(a.id);
    await t.db.insertInto('credentials').values(shared).execute();
    const err = await caught(
      t.db
        .insertInto('credentials')
        .values(credential(b.id, { credential_id: shared.credential_id }))
        .execute(),
    );
    expect(isUniqueViolation(err)).toBe(true);

    await t.db.updateTable('credentials').set({ revoked_at: Date.now() }).where('id', '=', shared.id).execute();
    const again = await caught(
      t.db
        .insertInto('credentials')
        .values(credential(b.id, { credential_id: shared.credential_id }))
        .execute(),
    );
    expect(isUniqueViolation(again)).toBe(true);
    expect(await active(b.id)).toHaveLength(0);
  });

  it('isUniqueViolation is false for other errors', async () => {
    const err = await caught(t.db.insertInto('credentials').values(credential('no-such-holder')).execute());
    expect(isUniqueViolation(err)).toBe(false);
    expect(isUniqueViolation(new Error('x'))).toBe(false);
    expect(isUniqueViolation(undefined)).toBe(false);
  });

  it('a failed transaction leaves nothing behind', async () => {
    const { id: holderId } = await newHolder();
    await t.db.insertInto('credentials').values(credential(holderId)).execute();
    const err = await caught(
      withTransaction(async (tx) => {
        await tx.updateTable('credentials').set({ label: 'changed' }).where('holder_id', '=', holderId).execute();
        await tx.insertInto('credentials').values(credential(holderId)).execute();
      }),
    );
    expect(isUniqueViolation(err)).toBe(true);
    const rows = await active(holderId);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.label).not.toBe('changed');
  });

  it('20 concurrent rotations end with exactly one active credential', async () => {
    const { id: holderId, personId } = await newHolder();
    await t.db.insertInto('credentials').values(credential(holderId)).execute();

    const rotate = (n: number) =>
      withTransaction(async (tx, engine) => {
        await lockHolder(tx, engine, holderId);
        const now = Date.now();
        await tx
          .updateTable('credentials')
          .set({ revoked_at: now, revoked_reason: `rotation ${n}`, revoked_by: 'test' })
          .where('holder_id', '=', holderId)
          .where('revoked_at', 'is', null)
          .execute();
        const next = credential(holderId, { label: `rotation ${n}`, created_at: now });
        await tx.insertInto('credentials').values(next).execute();
        return next.id;
      });

    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, n) => rotate(n)));
    const failures = results.filter((r) => r.status === 'rejected');
    expect(failures.map((f) => String((f as PromiseRejectedResult).reason))).toEqual([]);

    const rows = await active(holderId);
    expect(rows).toHaveLength(1);
    const all = await t.db.selectFrom('credentials').select('id').where('holder_id', '=', holderId).execute();
    expect(all).toHaveLength(21);
    const shown = await showHolder(personId);
    expect(shown.credentials.filter((c) => !c.revoked)).toHaveLength(1);
  });
  it('device change (rotateCredential): 20 concurrent changes from one old credential, exactly one wins', async () => {
    const { id: holderId } = await newHolder();
    const old = credential(holderId);
    await t.db.insertInto('credentials').values(old).execute();

    const change = async (n: number) => {
      // Each phone answered its own challenge (see new-credential.test.ts for one challenge, many answers).
      const claim = { ownerId: `device:test-${randomUUID()}`, purpose: 'device-register', challenge: `c${n}` } as const;
      await storeChallenge(claim.ownerId, claim.purpose, claim.challenge);
      return rotateCredential({
        holderId,
        oldCredentialId: old.id,
        change: null,
        credential: {
          challenge: claim,
          id: randomUUID(),
          label: `phone ${n}`,
          credentialId: randomBytes(16).toString('base64url'),
          publicKey: randomBytes(77).toString('base64url'),
          signCount: 0,
          transports: ['internal'],
          aaguid: '00000000-0000-0000-0000-000000000000',
          providerName: 'test',
          deviceType: 'singleDevice',
          backupEligible: false,
          backupState: false,
          uvInitialized: true,
        },
        ip: null,
        now: Date.now(),
      });
    };
    const results = await Promise.allSettled(Array.from({ length: 20 }, (_, n) => change(n)));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected') {
        // The losers find the old credential already revoked: a clear app error, never a constraint violation.
        expect(r.reason).toBeInstanceOf(AppError);
        expect((r.reason as AppError).code).toBe('device.reauthRequired');
      }
    }
    const rows = await active(holderId);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.id).not.toBe(old.id);
    const changed = await t.db
      .selectFrom('audit_events')
      .select('id')
      .where('holder_id', '=', holderId)
      .where('type', '=', 'device.changed')
      .execute();
    expect(changed).toHaveLength(1);
  });
});
