import 'next-auth';
import 'next-auth/jwt';

/**
 * The fields our ログイン session carries (lib/auth/options.ts), declared once by module
 * augmentation instead of casts. Optional: a token minted before a field existed, or a session
 * that is not ours, may lack them — readers check (lib/auth/session-policy.ts `doctorPrincipal`).
 */
declare module 'next-auth' {
  interface User {
    /** Our credentials row id of the passkey the sign-in was verified with. */
    credentialId?: string;
  }
  interface Session {
    holderId?: string;
    credentialId?: string;
    /** Epoch milliseconds of the passkey sign-in; the session lasts at most 18 h from it. */
    authTime?: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    holderId?: string;
    credentialId?: string;
    authTime?: number;
  }
}
