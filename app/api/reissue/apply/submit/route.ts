import { confirmForm, submitApplication } from '@/lib/applications/submit';
import { reissueApply } from '@/lib/applications/journey';

/** The 確認 page: 【修正する】 or 【申請する】. */
export const POST = reissueApply.formAction('confirm', confirmForm, ({ row, body, ip }) =>
  submitApplication(row, body.action, ip),
);
