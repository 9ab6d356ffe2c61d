import 'server-only';

/** Spec §3 step 8: labels are at most 64 characters after NFKC and trimming. */
export const MAX_LABEL_LENGTH = 64;

const tokyoDate = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Tokyo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** yyyy/mm/dd in Asia/Tokyo, whatever the server's time zone. */
function formatTokyoDate(date: Date): string {
  const parts = Object.fromEntries(tokyoDate.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.year}/${parts.month}/${parts.day}`;
}

function normalise(value: string): string {
  return value.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(value: string, max: number): string {
  let out = '';
  for (const ch of value) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out.trimEnd();
}

/**
 * The label proposed after registration, e.g. `iCloud キーチェーン (iPhone) 2026/11/26`.
 * Inputs are NFKC-normalised first so that the label's length cannot grow when the label form
 * normalises it again; the result is at most 64 UTF-16 units (hence also ≤ 64 code points).
 * The device description is shortened first, then dropped, then the provider name is cut.
 */
export function automaticLabel(providerName: string, deviceDescription: string, date: Date): string {
  const provider = normalise(providerName) || 'パスキー';
  const device = normalise(deviceDescription);
  const day = formatTokyoDate(date);

  const fixed = `${provider}  ${day}`.length; // provider + spaces + date, without "(…)"
  if (device) {
    const room = MAX_LABEL_LENGTH - fixed - 2; // 2 = parentheses
    const shortDevice = room > 0 ? cut(device, room) : '';
    if (shortDevice) return `${provider} (${shortDevice}) ${day}`;
  }
  const providerRoom = MAX_LABEL_LENGTH - ` ${day}`.length;
  return `${cut(provider, providerRoom)} ${day}`;
}

/**
 * A short device description from the User-Agent for the automatic label ('' when unknown).
 * Informational only; never used for security decisions.
 */
export function describeDevice(userAgent: string | null | undefined): string {
  const ua = userAgent ?? '';
  if (/iPhone/.test(ua)) return 'iPhone';
  if (/iPad/.test(ua)) return 'iPad';
  if (/Android/.test(ua)) return 'Android';
  if (/Macintosh|Mac OS X/.test(ua)) return 'Mac';
  if (/Windows/.test(ua)) return 'Windows';
  if (/CrOS/.test(ua)) return 'ChromeOS';
  if (/Linux/.test(ua)) return 'Linux';
  return '';
}
