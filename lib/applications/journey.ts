import 'server-only';
import type { ApplicationDraft } from '@/lib/db/schema';
import { defineJourney } from '@/lib/journey/kernel';
import { journeyStore } from '@/lib/journey/store';
import {
  APPLY_PATH,
  applyAccess,
  applyTransition,
  isApplyStep,
  type ApplyEvent,
  type ApplyStep,
} from '@/lib/steps/reissue-apply';

/** The application's rows (`application_drafts`) in the kernel's row store. */
export const applicationDrafts = journeyStore<'application_drafts', ApplyStep>('application_drafts');

const stepOf = (draft: ApplicationDraft): ApplyStep => (isApplyStep(draft.step) ? draft.step : 'form');

/**
 * The re-issue application (issue 9 #3; decision 0025) on the kernel: form → 確認 → 受付. Its
 * steps and rules are lib/steps/reissue-apply.ts; the form's first post starts the row.
 */
export const reissueApply = defineJourney<'application_drafts', ApplyStep, ApplyEvent, 'request.invalid'>({
  name: 'reissueApply',
  store: applicationDrafts,
  cookie: 'reissueApply',
  paths: APPLY_PATH,
  stepOf,
  decide: (draft, step) => applyAccess(draft ? stepOf(draft) : null, step),
  transition: (draft, event) => applyTransition(stepOf(draft), event),
  missing: 'request.invalid',
});
