import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkPhoto } from './photo';
import { PHOTO_MAX_BYTES } from './photo-limits';
import { detectPhotoType } from './photo-type';

/** A noisy-free plain image made at test time (no binary fixtures). */
function image(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } });
}

describe('detectPhotoType', () => {
  it('knows JPEG, PNG, WebP and HEIC by their first bytes', async () => {
    expect(detectPhotoType(await image(8, 8).jpeg().toBuffer())).toBe('jpeg');
    expect(detectPhotoType(await image(8, 8).png().toBuffer())).toBe('png');
    expect(detectPhotoType(await image(8, 8).webp().toBuffer())).toBe('webp');
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(8)]);
    expect(detectPhotoType(heic)).toBe('heic');
  });

  it('refuses text whatever it is called', () => {
    expect(detectPhotoType(Buffer.from('this is not a photo, only named photo.jpg'))).toBeNull();
    expect(detectPhotoType(Buffer.alloc(0))).toBeNull();
  });
});

describe('checkPhoto', () => {
  it('accepts a large enough photo and re-encodes it as JPEG', async () => {
    const result = await checkPhoto(await image(1200, 700).png().toBuffer());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(detectPhotoType(result.photo.jpeg)).toBe('jpeg');
    expect([result.photo.width, result.photo.height]).toEqual([1200, 700]);
  });

  it('applies the EXIF orientation and strips all metadata', async () => {
    const withExif = await image(1200, 700)
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: 'GPS somewhere' } } })
      .toBuffer();
    expect((await sharp(withExif).metadata()).orientation).toBe(6);
    const result = await checkPhoto(withExif);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const meta = await sharp(result.photo.jpeg).metadata();
    expect([meta.width, meta.height]).toEqual([700, 1200]);
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(result.photo.jpeg.includes(Buffer.from('GPS somewhere'))).toBe(false);
  });

  it('refuses a tiny image', async () => {
    expect(await checkPhoto(await image(400, 300).jpeg().toBuffer())).toEqual({
      ok: false,
      reason: 'tooSmall',
    });
    expect(await checkPhoto(await image(1200, 500).webp().toBuffer())).toEqual({
      ok: false,
      reason: 'tooSmall',
    });
  });

  it('refuses a file over 10 MB before looking at it', async () => {
    const big = Buffer.concat([await image(8, 8).jpeg().toBuffer(), Buffer.alloc(PHOTO_MAX_BYTES)]);
    expect(await checkPhoto(big)).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('refuses text, an empty file, HEIC and a truncated JPEG with their reasons', async () => {
    expect(await checkPhoto(Buffer.from('plain text renamed .jpg'))).toEqual({
      ok: false,
      reason: 'unsupportedType',
    });
    expect(await checkPhoto(Buffer.alloc(0))).toEqual({ ok: false, reason: 'missing' });
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(64)]);
    expect(await checkPhoto(heic)).toEqual({ ok: false, reason: 'heicUnsupported' });
    const jpeg = await image(1200, 700).jpeg().toBuffer();
    expect(await checkPhoto(jpeg.subarray(0, 200))).toEqual({ ok: false, reason: 'unreadable' });
  });
});
