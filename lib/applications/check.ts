import 'server-only';
import type { UploadContext, UploadResult } from '@/lib/journey/upload';
import type { ApplicationDraft } from '@/lib/db/schema';
import { RULES, withinLimits } from '@/lib/security/rate-limit';
import type { ApplyEvent } from '@/lib/steps/reissue-apply';
import { enteredFields } from './draft';
import { reissueApplicationForm } from './form';
import { checkPhoto } from './photo';

type CheckResult = UploadResult<'application_drafts', ApplyEvent>;

/**
 * 【確認画面へ】: the same schema the browser used checks every field again, then the photo
 * (lib/applications/photo.ts). A refused photo is `reissue.photoRejected` with its reason and
 * keeps what was typed, so the form comes back filled in; nothing is stored as an application.
 * Sent again after 【修正する】 without a new photo, the checked one on the row is kept. Neither
 * the fields nor the photo are logged.
 */
export async function checkApplication({ row, form, ip }: UploadContext<ApplicationDraft>): Promise<CheckResult> {
  if (!(await withinLimits([[RULES.reissueApplyPerIp, ip]]))) return { notice: { code: 'rate.limited' } };
  const input = enteredFields(form);
  const parsed = reissueApplicationForm.safeParse(input);
  // Only a browser without JavaScript (or no browser) gets here with a field the form would flag.
  if (!parsed.success)
    return { notice: { code: 'request.invalid' }, ...(row && { set: { form: JSON.stringify(input) } }) };
  const entered = { form: JSON.stringify(input) };
  const file = form.get('photo');
  const bytes = file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  if (bytes.length === 0 && row?.photo) return { event: 'checked', set: entered };
  const photo = await checkPhoto(bytes);
  if (!photo.ok) return { notice: { code: 'reissue.photoRejected', params: { reason: photo.reason } }, set: entered };
  const { jpeg, width, height } = photo.photo;
  return { event: 'checked', set: { ...entered, photo: jpeg, photo_width: width, photo_height: height } };
}
