import { checkApplication } from '@/lib/applications/check';
import { reissueApply } from '@/lib/applications/journey';
import { carriedApplyNotice } from '@/lib/applications/notice';
import { uploadAction } from '@/lib/journey/upload';

/** 【確認画面へ】: the form and the card-face photo (multipart), checked before the 確認 page. */
export const POST = uploadAction(reissueApply, 'form', {
  tooLarge: { code: 'reissue.photoRejected', params: { reason: 'tooLarge' } },
  handler: checkApplication,
  carry: carriedApplyNotice,
});
