import 'server-only';
import type { NextResponse } from 'next/server';
import { env } from '@/lib/env';
import { LANG_COOKIE } from '@/lib/messages';

/**
 * Every cookie the site sets, declared once (architecture.md, "One HTTP edge"): the cookie
 * inventory a security review asks for. Each is `Secure` whenever PUBLIC_ORIGIN is https
 * (`env().secureCookies`); `maxAge` is in seconds, none = a session cookie. Set, read and delete
 * them only through `setCookie` / `readCookie` / `deleteCookie`, so an undeclared name does not
 * compile.
 */
type CookieSpec = {
  /** The name on the wire. */
  name: string;
  purpose: string;
  httpOnly: boolean;
  sameSite: 'lax' | 'strict';
  path: string;
  maxAge?: number;
};

export const COOKIES = {
  flow: {
    name: 'hpki_flow',
    purpose: 'The registration flow: a random token whose hash is the flows row (lib/flow/store.ts).',
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
  },
  deviceChange: {
    name: 'hpki_device_change',
    purpose: 'The device-change journey: a random token whose hash is the device_changes row (lib/device/store.ts).',
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
  },
  reissueApply: {
    name: 'hpki_reissue_apply',
    purpose:
      'The re-issue application: a random token whose hash is the application_drafts row, which holds the form and the checked photo until 【申請する】 (lib/applications/journey.ts).',
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
  },
  deviceMarker: {
    name: 'hpki_device',
    purpose:
      'One certificate per device, best effort: the credential ID registered here (lib/binding/device-marker.ts).',
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    maxAge: 10 * 365 * 24 * 60 * 60,
  },
  loginAttempt: {
    name: 'hpki_login',
    purpose:
      'ログイン: ties the WebAuthn challenge to this browser between options and verify (lib/auth/passkey-login.ts).',
    httpOnly: true,
    sameSite: 'strict',
    path: '/api/login',
    maxAge: 10 * 60,
  },
  // The support console (issue 8; docs/decisions/0017-staff-accounts-and-sessions.md).
  staffSession: {
    name: 'hpki_staff',
    purpose:
      'The signed-in staff member: a random token whose hash is the staff_sessions row, checked on every request (8 h at most, 30 min idle; lib/staff/sessions.ts).',
    httpOnly: true,
    // Console requests come from the console's own pages; a link from elsewhere asks to sign in.
    sameSite: 'strict',
    path: '/',
    maxAge: 8 * 60 * 60,
  },
  staffSignIn: {
    name: 'hpki_staff_signin',
    purpose:
      'Staff sign-in: ties the WebAuthn challenge to this browser between options and verify (lib/auth/staff-passkeys.ts).',
    httpOnly: true,
    sameSite: 'strict',
    path: '/api/support/login',
    maxAge: 10 * 60,
  },
  lang: {
    name: LANG_COOKIE,
    purpose: 'The language switch (ja / en); not a secret (app/api/lang/route.ts, lib/i18n/server.ts).',
    httpOnly: false,
    sameSite: 'lax',
    path: '/',
    maxAge: 365 * 24 * 60 * 60,
  },
} as const satisfies Record<string, CookieSpec>;

export type CookieName = keyof typeof COOKIES;

/**
 * Set by next-auth itself (lib/auth/options.ts), not by us: listed so the inventory is complete.
 * With an https PUBLIC_ORIGIN next-auth adds the `__Secure-` (`__Host-` for the CSRF token) prefix;
 * all are httpOnly, SameSite=Lax, Path=/.
 */
export const NEXT_AUTH_COOKIES = [
  { name: 'next-auth.session-token', purpose: 'The signed-in doctor: a JWT session, at most 18 hours.' },
  { name: 'next-auth.csrf-token', purpose: "next-auth's double-submit CSRF token for its own POSTs." },
  { name: 'next-auth.callback-url', purpose: 'Where next-auth returns after sign-in or sign-out.' },
] as const;

/** A request's cookies (`req.cookies`) or a page's (`await cookies()` from next/headers). */
export type CookieSource = { get(name: string): { value: string } | undefined };

export function readCookie(source: CookieSource, name: CookieName): string | undefined {
  return source.get(COOKIES[name].name)?.value;
}

export function setCookie(response: NextResponse, name: CookieName, value: string): void {
  const { name: wireName, purpose: _purpose, ...attributes } = COOKIES[name];
  response.cookies.set(wireName, value, { ...attributes, secure: env().secureCookies });
}

/**
 * Expires the cookie (Next's `cookies.delete`: an empty value that expired in 1970), on its
 * declared path: a browser keeps a cookie whose deletion names another path.
 */
export function deleteCookie(response: NextResponse, name: CookieName): void {
  response.cookies.delete({ name: COOKIES[name].name, path: COOKIES[name].path });
}
