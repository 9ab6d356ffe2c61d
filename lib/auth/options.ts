import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import { SESSION_MAX_AGE_SECONDS } from './session-policy';
import { consumeSignInResult } from './sign-in-results';
import { path } from '@/lib/routes';

/**
 * next-auth v4 with one Credentials provider that accepts only a single-use sign-in result from
 * our own WebAuthn verification (lib/auth/passkey-login.ts). JWT sessions, at most 18 hours.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: env().sessionSecret,
    session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: path('login'), error: path('login') },
    providers: [
      CredentialsProvider({
        id: 'passkey',
        name: 'passkey',
        credentials: { token: { type: 'text' } },
        async authorize(credentials) {
          const result = await consumeSignInResult(credentials?.token);
          return result ? { id: result.holderId, credentialId: result.credentialId } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.holderId = user.id;
          token.credentialId = user.credentialId;
          token.authTime = Date.now();
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, holderId: token.holderId, credentialId: token.credentialId, authTime: token.authTime };
      },
    },
  };
}
