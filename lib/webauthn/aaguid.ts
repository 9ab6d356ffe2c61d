import 'server-only';

/**
 * AAGUID → passkey provider name, for the automatic label (spec §3 step 8) and the support
 * console. A small built-in table of the providers doctors actually use, taken from the community
 * list at github.com/passkeydeveloper/passkey-authenticator-aaguids. Unknown or all-zero AAGUIDs
 * (attestation `none` lets browsers zero it) fall back to the generic word.
 */
const PROVIDERS: Readonly<Record<string, string>> = {
  // Apple
  'fbfc3007-154e-4ecc-8c0b-6e020557d7bd': 'iCloud キーチェーン',
  'dd4ec289-e01d-41c9-bb89-70fa845d4bf2': 'iCloud キーチェーン', // managed Apple Account
  // Google
  'ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4': 'Google パスワードマネージャー',
  'adce0002-35bc-c60a-648b-0b25f1f05503': 'Chrome on Mac',
  'b5397666-4885-aa6b-cebf-e52262a439a2': 'Chromium ブラウザ',
  // Microsoft
  '08987058-cadc-4b81-b6e1-30de50dcbe96': 'Windows Hello',
  '9ddd1817-af5a-4672-a2b9-3e3dd95000a9': 'Windows Hello',
  '6028b017-b1d4-4c02-b4b3-afcdafc96bb2': 'Windows Hello',
  '771b48fd-d3d4-4f74-9232-fc157ab0507a': 'Edge on Mac',
  'de1e552d-db1d-4423-a619-566b625cdc84': 'Microsoft Authenticator', // Android
  '90a3ccdf-635c-4729-a248-9b709135078f': 'Microsoft Authenticator', // iOS
  // Samsung
  '53414d53-554e-4700-0000-000000000000': 'Samsung Pass',
  // Third-party password managers
  'bada5566-a7aa-401f-bd96-45619a55120d': '1Password',
  'd548826e-79b4-db40-a3d8-11116f7e8349': 'Bitwarden',
  '531126d6-e717-415c-9320-3d9aa6981239': 'Dashlane',
  '50726f74-6f6e-5061-7373-50726f746f6e': 'Proton Pass',
  'b84e4048-15dc-4dd0-8640-f4f60813c8af': 'NordPass',
  '0ea242b4-43c4-4a1b-8b17-dd6d0b6baec6': 'Keeper',
  'b78a0a55-6ef8-d246-a042-ba0f6d55050c': 'LastPass',
  'f3809540-7f14-49c1-a8b3-8f813b225541': 'Enpass',
  'fdb141b2-5d84-443e-8a35-4698c205a502': 'KeePassXC',
};

/** Generic name used when the provider is unknown. */
export const GENERIC_PROVIDER_NAME = 'パスキー';

/** Provider name for an AAGUID (any case, with or without dashes); 'パスキー' when unknown. */
export function providerName(aaguid: string): string {
  const hex = aaguid.trim().toLowerCase().replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/.test(hex)) return GENERIC_PROVIDER_NAME;
  const canonical = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return PROVIDERS[canonical] ?? GENERIC_PROVIDER_NAME;
}
