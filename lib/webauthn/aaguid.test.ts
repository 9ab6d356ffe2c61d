import { describe, expect, it } from 'vitest';

import { GENERIC_PROVIDER_NAME, providerName } from './aaguid';

describe('providerName', () => {
  it.each([
    ['fbfc3007-154e-4ecc-8c0b-6e020557d7bd', 'iCloud キーチェーン'],
    ['dd4ec289-e01d-41c9-bb89-70fa845d4bf2', 'iCloud キーチェーン'],
    ['ea9b8d66-4d01-1d21-3ce4-b6b48cb575d4', 'Google パスワードマネージャー'],
    ['adce0002-35bc-c60a-648b-0b25f1f05503', 'Chrome on Mac'],
    ['08987058-cadc-4b81-b6e1-30de50dcbe96', 'Windows Hello'],
    ['9ddd1817-af5a-4672-a2b9-3e3dd95000a9', 'Windows Hello'],
    ['6028b017-b1d4-4c02-b4b3-afcdafc96bb2', 'Windows Hello'],
    ['53414d53-554e-4700-0000-000000000000', 'Samsung Pass'],
    ['bada5566-a7aa-401f-bd96-45619a55120d', '1Password'],
    ['d548826e-79b4-db40-a3d8-11116f7e8349', 'Bitwarden'],
    ['531126d6-e717-415c-9320-3d9aa6981239', 'Dashlane'],
    ['50726f74-6f6e-5061-7373-50726f746f6e', 'Proton Pass'],
    ['de1e552d-db1d-4423-a619-566b625cdc84', 'Microsoft Authenticator'],
    ['90a3ccdf-635c-4729-a248-9b709135078f', 'Microsoft Authenticator'],
  ])('%s → %s', (aaguid, name) => {
    expect(providerName(aaguid)).toBe(name);
  });

  it('accepts upper case and missing dashes', () => {
    expect(providerName('FBFC3007-154E-4ECC-8C0B-6E020557D7BD')).toBe('iCloud キーチェーン');
    expect(providerName('ea9b8d664d011d213ce4b6b48cb575d4')).toBe('Google パスワードマネージャー');
  });

  it('falls back to the generic name for all-zero, unknown and malformed AAGUIDs', () => {
    expect(GENERIC_PROVIDER_NAME).toBe('パスキー');
    expect(providerName('00000000-0000-0000-0000-000000000000')).toBe('パスキー');
    expect(providerName('01020304-0506-0708-0102-030405060708')).toBe('パスキー');
    expect(providerName('')).toBe('パスキー');
    expect(providerName('not-an-aaguid')).toBe('パスキー');
    expect(providerName('constructor')).toBe('パスキー');
    expect(providerName('__proto__')).toBe('パスキー');
  });
});
