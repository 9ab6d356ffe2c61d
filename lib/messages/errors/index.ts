/**
 * Error and guidance catalogue (よくあるエラーメッセージ).
 *
 * One entry per situation a doctor can meet. The doctor's screens, the API error bodies and the
 * support console's error catalogue are all rendered from this one source, so error codes are
 * stable identifiers: tests and support staff refer to them.
 *
 * The authoritative list is `shared/spec/messages.md`. Entries with `manual: true` carry Japanese
 * text taken verbatim from the operator manual (only PDF line-break artefacts removed); do not
 * reword those parts. Everything else is ours to word, in plain polite Japanese for doctors who
 * are not technical, and every entry says what to do next (in `detail` or in the remedies).
 *
 * Placeholders are written `{name}` (for example `{n}`, `{rpHost}`) and must appear in both
 * languages; an entry with placeholders carries `exampleParams`, the values the help page shows.
 * Browser-safe: no server-only imports.
 *
 * The catalogue is split by surface, one file per code prefix (`qr.ts` holds the `qr.*` codes, …);
 * this file assembles them in the order the help page lists them.
 */

import type { ErrorEntry } from './types';
import { qrErrors } from './qr';
import { passwordErrors } from './password';
import { loginErrors } from './login';
import { registerErrors } from './register';
import { authErrors } from './auth';
import { flowErrors } from './flow';
import { deviceErrors } from './device';
import { deviceJourneyErrors } from './device-journey';
import { reissueErrors } from './reissue';
import { rateErrors } from './rate';
import { serverErrors } from './server';
import { requestErrors } from './request';

export type { Cause, ErrorEntry, Params, Text } from './types';

export const errors = {
  ...qrErrors,
  ...passwordErrors,
  ...loginErrors,
  ...registerErrors,
  ...authErrors,
  ...flowErrors,
  ...deviceErrors,
  ...deviceJourneyErrors,
  ...reissueErrors,
  ...rateErrors,
  ...serverErrors,
  ...requestErrors,
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof errors;
export const errorCodes = Object.keys(errors) as ErrorCode[];
