/**
 * A certificate serial as the holders table stores it (decision 0022): upper-case hex without
 * separators or leading zeros, so the CLI, the CSV and the certificate itself spell it one way.
 */
export function normalizeSerial(hex: string): string {
  return hex
    .replace(/[\s:]/g, '')
    .toUpperCase()
    .replace(/^0+(?=.)/, '');
}
