import { describe, expect, it } from 'vitest';
import { reissueApplicationForm } from './form';

const valid = {
  hasCard: 'no',
  cardId: 'ab12 cd34 ef56',
  name: '試験　花子',
  kana: 'シケン　ハナコ',
  birthDate: '1985-07-07',
  medicalRegistrationNumber: '４５６',
  postalCode: '１１３－８６２１',
  address: ' 東京都文京区 ',
  phone: '090-1234-5678',
  email: ' hanako@example.jp ',
  reason: 'qrLost',
};

describe('reissueApplicationForm', () => {
  it('normalises a valid application', () => {
    expect(reissueApplicationForm.parse(valid)).toEqual({
      hasCard: 'no',
      cardId: 'AB12CD34EF56',
      name: '試験 花子',
      kana: 'シケン ハナコ',
      birthDate: '1985-07-07',
      medicalRegistrationNumber: '456',
      postalCode: '1138621',
      address: '東京都文京区',
      phone: '09012345678',
      email: 'hanako@example.jp',
      reason: 'qrLost',
    });
  });

  it('names each bad field with its catalogue key', () => {
    const result = reissueApplicationForm.safeParse({
      ...valid,
      hasCard: 'maybe',
      cardId: 'short',
      name: ' ',
      kana: 'しけん',
      birthDate: '2999-01-01',
      medicalRegistrationNumber: '1234567',
      postalCode: '12',
      phone: '12',
      email: 'not-an-email',
      reason: 'bored',
    });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(result.error!.issues.map((i) => [String(i.path[0]), i.message]));
    expect(byField).toEqual({
      hasCard: 'reissueApply.invalid.hasCard',
      cardId: 'reissueApply.invalid.cardId',
      name: 'reissueApply.invalid.required',
      kana: 'reissueApply.invalid.kana',
      birthDate: 'reissueApply.invalid.birthDate',
      medicalRegistrationNumber: 'reissueApply.invalid.medicalRegistrationNumber',
      postalCode: 'reissueApply.invalid.postalCode',
      phone: 'reissueApply.invalid.phone',
      email: 'reissueApply.invalid.email',
      reason: 'reissueApply.invalid.reason',
    });
  });
});
