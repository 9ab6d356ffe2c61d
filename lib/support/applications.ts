import 'server-only';
import type { AuditActor } from '@/lib/audit';
import { approveApplication, rejectApplication, replacesDevice, type DecisionRefusal } from '@/lib/applications/decide';
import { applicationsPage, countApplications, type ApplicationCursor } from '@/lib/applications/queue';
import { applicationPhoto, findApplication } from '@/lib/applications/store';
import { cardHtml } from '@/lib/cards/ticket-cards';
import { credentialsOf } from '@/lib/credentials';
import { withTransaction } from '@/lib/db/client';
import type { ApplicationState } from '@/lib/db/schema';
import { findHolderByCardId } from '@/lib/holders';
import type { Lang } from '@/lib/messages';
import { ticketUrl } from '@/lib/operator/holders';
import { staffNames } from '@/lib/staff/accounts';

/**
 * The console's review of re-issue applications (issue 9 #3), put together from the owners: the
 * applications (lib/applications), the holder named by the カードID (lib/holders) and its devices
 * (lib/credentials). Decisions go through lib/applications/decide in one transaction each.
 */

const ID_RE = /^[0-9a-f-]{36}$/;

export type ApplicationRefusalCode =
  | 'staff.applicationUnknown'
  | 'staff.applicationDecided'
  | 'staff.applicationNoHolder'
  | 'staff.rejectionReasonRequired';

const CODE_OF: Record<DecisionRefusal | 'reasonRequired', ApplicationRefusalCode> = {
  notFound: 'staff.applicationUnknown',
  alreadyDecided: 'staff.applicationDecided',
  noHolder: 'staff.applicationNoHolder',
  reasonRequired: 'staff.rejectionReasonRequired',
};

/** One page of the queue for `state` (新規 / 承認済み / 却下), newest first. */
export function applicationQueue(
  state: ApplicationState,
  page: { after?: ApplicationCursor; before?: ApplicationCursor },
) {
  return withTransaction((tx) => applicationsPage(tx, state, page));
}

/** How many applications wait for a decision. */
export function newApplicationCount(): Promise<number> {
  return withTransaction((tx) => countApplications(tx, 'new'));
}

/**
 * An application with the holder its カードID names (null: no holder has it — the console says
 * so) and how many active devices that holder has; undefined for an id that is no application.
 */
export async function applicationReview(id: string) {
  if (!ID_RE.test(id)) return undefined;
  const application = await withTransaction((tx) => findApplication(tx, id));
  if (!application) return undefined;
  const holder = (await findHolderByCardId(application.card_id)) ?? null;
  const devices = holder ? (await credentialsOf(holder.id)).filter((c) => c.revoked_at === null).length : 0;
  const decider = application.decided_by?.startsWith('staff:') ? application.decided_by.slice('staff:'.length) : null;
  const deciderName = decider ? ((await staffNames([decider])).get(decider) ?? null) : null;
  return {
    application,
    holder,
    activeDevices: devices,
    replacesDevice: replacesDevice(application.reason),
    decidedBy: deciderName ?? application.decided_by,
  };
}

/** The photo's JPEG bytes for the no-store photo route, or null. Never logged. */
export async function applicationPhotoBytes(id: string): Promise<Buffer | null> {
  if (!ID_RE.test(id)) return null;
  return withTransaction((tx) => applicationPhoto(tx, id));
}

/**
 * 【承認する】: a new ticket for the holder the カードID names (replacing the device when the reason
 * is スマートフォンの紛失・故障), answered as the printable card — its code exists only here.
 */
export async function approveAsStaff(
  applicationId: string,
  actor: AuditActor,
  lang: Lang,
  now = Date.now(),
): Promise<{ ok: true; cardHtml: string; expiresAt: number } | { ok: false; code: ApplicationRefusalCode }> {
  const application = await withTransaction((tx) => findApplication(tx, applicationId));
  if (!application) return { ok: false, code: CODE_OF.notFound };
  const holder = await findHolderByCardId(application.card_id);
  const approved = await withTransaction((tx, engine) =>
    approveApplication(tx, engine, { id: applicationId, holderId: holder?.id ?? null, actor, now }),
  );
  if (!approved.ok) return { ok: false, code: CODE_OF[approved.refusal] };
  const card = await cardHtml(
    {
      personId: holder!.person_id,
      cardId: holder!.card_id,
      code: approved.ticket.code,
      url: ticketUrl(approved.ticket.code),
      expiresAt: new Date(approved.ticket.expiresAt).toISOString(),
    },
    lang,
  );
  return { ok: true, cardHtml: card, expiresAt: approved.ticket.expiresAt };
}

/** 【却下する】 with the staff member's reason (already read by `rejectionReason`). */
export async function rejectAsStaff(
  input: { applicationId: string; reason: string },
  actor: AuditActor,
  now = Date.now(),
): Promise<{ ok: true } | { ok: false; code: ApplicationRefusalCode }> {
  const done = await withTransaction((tx) =>
    rejectApplication(tx, { id: input.applicationId, rejectionReason: input.reason, actor, now }),
  );
  return done.ok ? done : { ok: false, code: CODE_OF[done.refusal] };
}
