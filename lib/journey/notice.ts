import type { MessageCode } from '@/lib/messages';

/** A message to show on the next render of a journey's current step (set by the action that failed). */
export type Notice = { code: MessageCode; params?: Record<string, string | number> };

export function parseNotice(stored: string | null | undefined): Notice | null {
  if (!stored) return null;
  try {
    return JSON.parse(stored) as Notice;
  } catch {
    return null;
  }
}
