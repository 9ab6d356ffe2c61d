import 'server-only';

import { LABEL_MAX } from '@/lib/normalize/label';

/** Spec §3 step 8: labels are at most 64 characters after NFKC and trimming (one limit, one place). */
export const MAX_LABEL_LENGTH = LABEL_MAX;

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
