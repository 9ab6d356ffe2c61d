/**
 * The next-auth actions this site uses (next-auth/react's signIn and signOut with the Credentials
 * provider `passkey`). Anything else under /api/auth — its sign-in and error pages, OAuth
 * callbacks, `_log` — is not ours to serve: next-auth would answer with its own English, or throw.
 */
const ALLOWED: Record<string, readonly string[]> = {
  GET: ['providers', 'csrf', 'session'],
  POST: ['callback/passkey', 'signout'],
};

export function isAllowedAuthAction(method: string, segments: readonly string[]): boolean {
  return ALLOWED[method]?.includes(segments.join('/')) ?? false;
}
