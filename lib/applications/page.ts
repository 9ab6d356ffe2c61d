import 'server-only';
import type { ApplicationDraft } from '@/lib/db/schema';
import type { Notice } from '@/lib/journey/notice';
import { stepView } from '@/lib/journey/page';
import type { ApplyStep } from '@/lib/steps/reissue-apply';
import { reissueApply } from './journey';

/**
 * Every page of the application starts here: the row's own step renders with its pending notice,
 * any other goes to where the application is (the definition has no interruptions: nothing of an
 * application is lost by Back). The form renders without a row (its first post starts one), and
 * once an application is received it renders empty for another one.
 */
export async function requireApplyStep(
  step: ApplyStep,
): Promise<{ row: ApplicationDraft | undefined; notice: Notice | null }> {
  const view = await stepView(reissueApply, step);
  if (view.status !== 'ok') throw new Error(`application step ${step} interrupted`);
  const own = view.row && view.row.step === step ? view.row : undefined;
  return { row: own, notice: view.notice };
}
