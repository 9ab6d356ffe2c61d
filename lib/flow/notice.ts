import type { Notice } from '@/lib/journey/notice';
import type { ErrorCode } from '@/lib/messages';
import { STEP_PATH, type Step } from '@/lib/steps/registration';

/**
 * Messages a step page may show without a flow row to keep them in: a refused request stores
 * nothing (an unauthenticated caller must not make rows), so its message travels as this catalogue
 * code in `?notice=` and the page shows it only if it is listed here. Never the registration code.
 */
const CARRIED = {
  qr: ['qr.codeFormat', 'qr.unknown', 'qr.expired', 'qr.locked', 'qr.superseded', 'rate.limited', 'request.invalid'],
  terms: ['rate.limited'],
} as const satisfies Partial<Record<Step, readonly ErrorCode[]>>;

type CarriedStep = keyof typeof CARRIED;
export type QrEntryNotice = (typeof CARRIED.qr)[number];

/** The path of `step`'s page showing `code` (a 303 target). */
export function stepWithNotice<S extends CarriedStep>(step: S, code: (typeof CARRIED)[S][number]): string {
  return `${STEP_PATH[step]}?notice=${code}`;
}

/** QR entry with a code's message: where a refused `/r/<code>` (or typed code without a flow) lands. */
export function qrEntryWithNotice(code: QrEntryNotice): string {
  return stepWithNotice('qr', code);
}

/** The notice carried in `?notice=`, if it is one `step` may show. */
export function carriedNotice(step: CarriedStep, value: unknown): Notice | null {
  const allowed: readonly string[] = CARRIED[step];
  return typeof value === 'string' && allowed.includes(value) ? { code: value as ErrorCode } : null;
}
