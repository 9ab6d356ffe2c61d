import type { ErrorCode } from '@/lib/messages';

/** The one application error: a catalogue code for the user, a cause for the log. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    options?: { cause?: unknown; params?: Record<string, string | number> },
  ) {
    super(code, { cause: options?.cause });
    this.params = options?.params;
  }
  readonly params: Record<string, string | number> | undefined;
}
