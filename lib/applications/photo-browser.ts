import { z } from 'zod/mini';
import { reissueApplicationForm } from './form';
import {
  PHOTO_ISSUE_PREFIX,
  PHOTO_MAX_BYTES,
  PHOTO_MIN_HEIGHT,
  PHOTO_MIN_WIDTH,
  type PhotoRejection,
} from './photo-limits';
import { detectPhotoType } from './photo-type';

/**
 * The photo checks the browser can make before sending (a convenience: the server checks again
 * with sharp, decision 0025): the size, the type by its first bytes, and the size in pixels once
 * the browser has decoded it upright. A photo the browser cannot decode is left to the server.
 */
export async function browserPhotoRejection(file: File): Promise<PhotoRejection | null> {
  if (file.size === 0) return 'missing';
  if (file.size > PHOTO_MAX_BYTES) return 'tooLarge';
  const type = detectPhotoType(new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (type === null) return 'unsupportedType';
  if (type === 'heic') return 'heicUnsupported';
  let width: number;
  let height: number;
  try {
    const bitmap = await createImageBitmap(file);
    ({ width, height } = bitmap);
    bitmap.close();
  } catch {
    return null;
  }
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  return long < PHOTO_MIN_WIDTH || short < PHOTO_MIN_HEIGHT ? 'tooSmall' : null;
}

/**
 * The schema react-hook-form checks in the browser: the server's own form schema, plus the photo
 * input (a FileList) — required unless a checked photo is already kept from before 【修正する】.
 */
export function browserApplicationSchema(photoKept: boolean) {
  return z.extend(reissueApplicationForm, {
    photo: z.custom<FileList | undefined>().check(
      z.superRefine(async (files, ctx) => {
        const file = files?.[0];
        if (!file) {
          if (!photoKept) ctx.addIssue({ code: 'custom', message: `${PHOTO_ISSUE_PREFIX}missing` });
          return;
        }
        const reason = await browserPhotoRejection(file);
        if (reason) ctx.addIssue({ code: 'custom', message: `${PHOTO_ISSUE_PREFIX}${reason}` });
      }),
    ),
  });
}
