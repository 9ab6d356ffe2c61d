import 'server-only';

import { isoBase64URL } from '@simplewebauthn/server/helpers';

/** Turn anything thrown by the library into a short, single-line reason for logs. */
export function reasonFrom(prefix: string, error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : `non-error thrown: ${String(error)}`;
  // Library messages quote challenges; logs must not carry tokens (spec §10), so redact any
  // long base64url value.
  const redacted = message.replace(/\s+/g, ' ').replace(/[A-Za-z0-9_-]{20,}/g, '[redacted]');
  return `${prefix}: ${redacted.slice(0, 200)}`;
}

export function bytesToBase64url(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64url');
}

export function base64urlToBytes(value: string) {
  return isoBase64URL.toBuffer(value);
}

export function isBase64url(value: string): boolean {
  return /^[A-Za-z0-9_-]+$/.test(value) && isoBase64URL.isBase64URL(value);
}
