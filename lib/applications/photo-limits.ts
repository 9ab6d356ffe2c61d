/**
 * The limits on the card-face photo of a re-issue application. Browser-safe: the form shows them
 * and the server enforces them (photo.ts).
 */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;
export const PHOTO_MIN_WIDTH = 1000;
export const PHOTO_MIN_HEIGHT = 600;

/** Why a photo is refused; each has a catalogue text (`reissue.photoReason.*`). */
export type PhotoRejection = 'missing' | 'unsupportedType' | 'heicUnsupported' | 'tooLarge' | 'tooSmall' | 'unreadable';

/** The photo field's issue message in the browser's checks: `photo:<reason>` (shown as reissue.photoRejected). */
export const PHOTO_ISSUE_PREFIX = 'photo:';
