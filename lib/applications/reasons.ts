/** Why a doctor asks for a new QR code (the manual's form). Browser-safe and free of zod. */
export const REISSUE_REASONS = ['qrLost', 'passwordLocked', 'expired', 'phoneLost', 'other'] as const;
export type ReissueReason = (typeof REISSUE_REASONS)[number];
