import 'server-only';
import { z } from 'zod';
import { withTransaction } from '@/lib/db/client';
import type { ApplicationDraft } from '@/lib/db/schema';
import type { FormResult } from '@/lib/journey/kernel';
import { RULES, withinLimits } from '@/lib/security/rate-limit';
import type { ApplyEvent } from '@/lib/steps/reissue-apply';
import { draftApplication } from './draft';
import { storeApplication } from './store';

/** The 確認 page's two buttons: 【修正する】 and 【申請する】. */
export const confirmForm = z.object({ action: z.enum(['edit', 'submit']) });

type SubmitResult = FormResult<'application_drafts', ApplyEvent>;

/**
 * 【修正する】 goes back to the form with everything kept; 【申請する】 stores the application
 * (storeApplication: the same application still new is recognised and keeps its 受付番号) and
 * the 受付 page shows the number. The draft then lets go of the fields and the photo.
 */
export async function submitApplication(
  draft: ApplicationDraft,
  action: z.output<typeof confirmForm>['action'],
  ip: string | null,
  now = Date.now(),
): Promise<SubmitResult> {
  if (action === 'edit') return { event: 'edit' };
  const form = draftApplication(draft.form);
  // Checked at 【確認画面へ】; a draft without them (or written by an older version) starts over.
  if (!form || !draft.photo || !draft.photo_width || !draft.photo_height) return { event: 'edit' };
  if (!(await withinLimits([[RULES.reissueApplyPerIp, ip]]))) return { notice: { code: 'rate.limited' } };
  const photo = { jpeg: Buffer.from(draft.photo), width: draft.photo_width, height: draft.photo_height };
  const stored = await withTransaction((tx) => storeApplication(tx, { form, photo, now }));
  // The application has its own copy now: the draft keeps only what the 受付 page shows.
  return {
    event: 'submitted',
    set: {
      application_id: stored.id,
      receipt: stored.receipt,
      duplicate: stored.duplicate ? 1 : 0,
      form: null,
      photo: null,
      photo_width: null,
      photo_height: null,
    },
  };
}
