import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Tx } from '@/lib/db/client';
import { redact } from './redact';

export type AuditEvent = {
  type: string;
  outcome: 'ok' | 'fail' | 'info';
  holderId?: string | null;
  ticketId?: string | null;
  credentialId?: string | null;
  /** 'doctor', 'operator:cli', 'staff:<id>', 'system' */
  actor?: string;
  ip?: string | null;
  detail?: Record<string, unknown>;
};

/**
 * Append-only: this module only ever inserts. It takes the caller's transaction so an event is
 * recorded exactly when the state change it describes commits. Details are redacted like logs.
 */
export async function audit(tx: Tx, event: AuditEvent, now = Date.now()): Promise<void> {
  await tx
    .insertInto('audit_events')
    .values({
      id: randomUUID(),
      at: now,
      type: event.type,
      outcome: event.outcome,
      holder_id: event.holderId ?? null,
      ticket_id: event.ticketId ?? null,
      credential_id: event.credentialId ?? null,
      actor: event.actor ?? 'doctor',
      ip: event.ip ?? null,
      detail: JSON.stringify(redact(event.detail ?? {})),
    })
    .execute();
}
