import sharp from 'sharp';
import { PHOTO_MAX_BYTES, PHOTO_MIN_HEIGHT, PHOTO_MIN_WIDTH, type PhotoRejection } from './photo-limits';
import { detectPhotoType } from './photo-type';

export type CheckedPhoto = { jpeg: Buffer; width: number; height: number };
export type PhotoCheck = { ok: true; photo: CheckedPhoto } | { ok: false; reason: PhotoRejection };

/** Decoding stops beyond this many pixels (a decompression bomb is refused, not decoded). */
const MAX_INPUT_PIXELS = 80_000_000;

/**
 * Checks a card-face photo and re-encodes it: type by magic bytes (JPEG, PNG, WebP; HEIC is
 * recognised but refused, the prebuilt libvips here has no HEVC decoder — decision 0025), at most
 * 10 MB, at least 1000 × 600 px once turned upright (either way round: a card may be photographed
 * upright). The result is a fresh JPEG with the EXIF orientation applied and no metadata at all
 * (sharp drops EXIF, GPS, XMP and ICC unless asked to keep them). The bytes are never logged.
 */
export async function checkPhoto(bytes: Uint8Array): Promise<PhotoCheck> {
  if (bytes.length === 0) return { ok: false, reason: 'missing' };
  if (bytes.length > PHOTO_MAX_BYTES) return { ok: false, reason: 'tooLarge' };
  const type = detectPhotoType(bytes);
  if (type === null) return { ok: false, reason: 'unsupportedType' };
  if (type === 'heic') return { ok: false, reason: 'heicUnsupported' };
  try {
    const { data, info } = await sharp(bytes, { failOn: 'error', limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const long = Math.max(info.width, info.height);
    const short = Math.min(info.width, info.height);
    if (long < PHOTO_MIN_WIDTH || short < PHOTO_MIN_HEIGHT) return { ok: false, reason: 'tooSmall' };
    return { ok: true, photo: { jpeg: data, width: info.width, height: info.height } };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
