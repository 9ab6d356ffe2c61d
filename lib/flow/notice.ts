import type { ErrorCode, MessageCode } from '@/lib/messages';

/** A message to show on the next render of the current step (set by the action that failed). */
export type Notice = { code: MessageCode; params?: Record<string, string | number> };

/**
 * Notices a redirect may carry in its URL, where no flow row holds one (a damaged QR URL, refused
 * in proxy.ts before any row exists). Catalogue codes only, never what the visitor sent.
 */
const URL_NOTICES = ['qr.codeFormat'] as const satisfies readonly ErrorCode[];
export type UrlNotice = (typeof URL_NOTICES)[number];

export function withNotice(path: string, code: UrlNotice): string {
  return `${path}?notice=${code}`;
}

export function noticeFromUrl(value: string | string[] | undefined): Notice | null {
  const code = URL_NOTICES.find((c) => c === value);
  return code ? { code } : null;
}
