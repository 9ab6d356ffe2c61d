/**
 * The re-issue application's definition (issue 9 #3; decision 0025), as plain data and pure
 * functions like ./registration.ts: the form (with the photo upload) → 確認 → 受付. The kernel
 * (lib/journey) runs it; lib/applications holds its handlers.
 */
import { graphTransition, pagePaths, stepGuard, type StepTable } from './table';

export const REISSUE_APPLY_STEPS = {
  form: { page: ['reissueApply', '/reissue/apply'], upload: ['reissueApplyCheck', '/api/reissue/apply/check'] },
  confirm: {
    page: ['reissueApplyConfirm', '/reissue/apply/confirm'],
    form: ['reissueApplySubmit', '/api/reissue/apply/submit'],
  },
  received: { page: ['reissueApplyReceived', '/reissue/apply/received'] },
} as const satisfies StepTable;

export type ApplyStep = keyof typeof REISSUE_APPLY_STEPS;
export const APPLY_STEPS = Object.keys(REISSUE_APPLY_STEPS) as ApplyStep[];
export const APPLY_PATH = pagePaths(REISSUE_APPLY_STEPS);

/** The step graph: 【確認画面へ】 (the form and photo checked), 【修正する】, 【申請する】. */
export const APPLY_TRANSITIONS = {
  checked: { from: 'form', to: 'confirm' },
  edit: { from: 'confirm', to: 'form' },
  submitted: { from: 'confirm', to: 'received' },
} as const satisfies Record<string, { from: ApplyStep; to: ApplyStep }>;
export type ApplyEvent = keyof typeof APPLY_TRANSITIONS;

export const isApplyStep = stepGuard(APPLY_STEPS);

export const applyTransition = graphTransition<ApplyStep, ApplyEvent>(APPLY_TRANSITIONS);

export type ApplyAccess = { kind: 'render' } | { kind: 'redirect'; to: ApplyStep };

/**
 * May this step's page be used now? Without an application the form is the way in (its first
 * post starts one). With one, its own step renders and every other step's page goes to it — but
 * once received, the form opens empty again for another application (the 受付 page links to it).
 * Nothing here is lost by Back: the 確認 step keeps everything until 【申請する】 or 【修正する】.
 */
export function applyAccess(current: ApplyStep | null, step: ApplyStep): ApplyAccess {
  if (!current) return step === 'form' ? { kind: 'render' } : { kind: 'redirect', to: 'form' };
  if (current === step || (current === 'received' && step === 'form')) return { kind: 'render' };
  return { kind: 'redirect', to: current };
}
