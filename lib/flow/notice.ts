import type { MessageCode } from '@/lib/messages';

/** A message to show on the next render of the current step (set by the action that failed). */
export type Notice = { code: MessageCode; params?: Record<string, string | number> };
