import 'server-only';
import type { Tx } from '@/lib/db/client';
import type { Flow } from '@/lib/db/schema';
import { journeyStore, type JourneyColumns } from '@/lib/journey/store';
import { parseNotice, type Notice } from '@/lib/journey/notice';
import { isStep, type FlowView, type Step } from '@/lib/steps/registration';

export const TERMS_VERSION = '2026-11-01';

/** Registration's rows (`flows`) in the kernel's row store: hashed token, guarded advance. */
export const flows = journeyStore<'flows', Step>('flows');

export function toView(flow: Flow): FlowView {
  return {
    step: isStep(flow.step) ? flow.step : 'terms',
    // Terms agreed to in an earlier version are not agreed to the current ones.
    termsAgreed: flow.terms_agreed_at !== null && flow.terms_version === TERMS_VERSION,
    hasTicket: flow.ticket_id !== null,
    updatedAt: flow.updated_at,
  };
}

export const loadFlow = (token: string | undefined): Promise<Flow | undefined> => flows.load(token);

/** The terms agreement a flow records: the version agreed to and when. */
export type TermsAgreement = { version: string; agreedAt: number };

export type FlowPatch = {
  step?: Step;
  ticketId?: string | null;
  holderId?: string | null;
  credentialId?: string | null;
  termsAgreedAt?: number;
  notice?: Notice | null;
};

/** A patch in the flow's own words, as the row store's columns. */
function columns(patch: Omit<FlowPatch, 'step' | 'notice'>): JourneyColumns<'flows'> {
  return {
    ...(patch.ticketId !== undefined && { ticket_id: patch.ticketId }),
    ...(patch.holderId !== undefined && { holder_id: patch.holderId }),
    ...(patch.credentialId !== undefined && { credential_id: patch.credentialId }),
    ...(patch.termsAgreedAt !== undefined && { terms_agreed_at: patch.termsAgreedAt, terms_version: TERMS_VERSION }),
  };
}

/** Starts a new flow; the caller sets the returned token as the httpOnly cookie. */
export function createFlow(
  tx: Tx,
  initial: {
    step: Step;
    ticketId?: string | null;
    holderId?: string | null;
    notice?: Notice | null;
    terms?: TermsAgreement;
  },
  now = Date.now(),
): Promise<{ token: string; id: string }> {
  const set = {
    ...columns({ ticketId: initial.ticketId ?? null, holderId: initial.holderId ?? null, credentialId: null }),
    terms_version: initial.terms?.version ?? null,
    terms_agreed_at: initial.terms?.agreedAt ?? null,
  };
  return flows.create(tx, initial.step, set, { notice: initial.notice ?? null, now });
}

/**
 * Applies a change only if the flow is still at `expectedStep`: two tabs or a double tap cannot
 * both advance the same flow. Returns false when another request moved it first.
 */
export function updateFlow(tx: Tx, id: string, expectedStep: Step, patch: FlowPatch, now = Date.now()) {
  const { step, notice, ...rest } = patch;
  return flows.advance(tx, id, expectedStep, { step, notice, set: columns(rest) }, now);
}

/** Removes a flow if it is still at `expectedStep`; false when another request changed it first. */
export const deleteFlow = (tx: Tx, id: string, expectedStep: Step): Promise<boolean> =>
  flows.remove(tx, id, expectedStep);

export const readNotice = (flow: Flow | undefined): Notice | null => parseNotice(flow?.notice);
