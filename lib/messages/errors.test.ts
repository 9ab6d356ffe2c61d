import { describe, it, expect } from 'vitest';
import { errorCodes, errors, type ErrorCode, type ErrorEntry, type Text } from './errors';
import { format } from './index';

/** Every code listed in shared/spec/messages.md (hard-coded on purpose: never drop one). */
const SPEC_CODES = [
  'qr.unreadable',
  'qr.unknown',
  'qr.expired',
  'qr.locked',
  'qr.superseded',
  'password.format',
  'password.wrong',
  'login.personIdMismatch',
  'register.alreadyRegistered',
  'register.cancelled',
  'register.noBiometrics',
  'register.invalidResult',
  'register.chooseSignInMethod',
  'register.deviceHasOtherCertificate',
  'register.ipadNotSupported',
  'register.unsupportedBrowser',
  'auth.invalidResult',
  'auth.failed',
  'flow.back',
  'flow.expired',
  'device.noChangeNeeded',
  'device.oldPhoneUnavailable',
  'reissue.cardCertificateInvalid',
  'reissue.photoRejected',
  'rate.limited',
  'server.unavailable',
] as const;

/** Codes the product needs in addition to messages.md. */
const EXTRA_CODES = [
  'request.invalid',
  'request.forbidden',
  'qr.codeFormat',
  'register.labelInvalid',
  'register.failed',
  'device.back',
  'device.expired',
  'device.registered',
  'device.finished',
] as const;

/** The Japanese first line each entry's text must start with (messages.md, and the brief for extras). */
const FIRST_LINES: Record<(typeof SPEC_CODES)[number] | 'request.invalid', string> = {
  'qr.unreadable': 'QRコードを読み取れませんでした。',
  'qr.unknown': 'この登録コードは確認できませんでした。',
  'qr.expired': 'この初期登録用 QR コードは有効期限が切れています。',
  'qr.locked': 'パスワードを5回間違えたため、この QR コードは使用できません。',
  'qr.superseded': 'この QR コードは再発行により無効になりました。',
  'password.format': '生年月日を西暦8桁（例：19800401）で入力してください。',
  'password.wrong': 'パスワードが正しくありません。あと{n}回間違えると、この QR コードは使用できなくなります。',
  'login.personIdMismatch': '本人IDが正しくありません。',
  'register.alreadyRegistered': 'この QR コードはすでにスマートフォンへ登録されています。',
  'register.cancelled': '生体認証がキャンセルされました。登録手順1からもう一度登録をしてください。',
  'register.noBiometrics':
    'Security Key Error：スマートフォンに生体認証を登録した上で、登録手順2からやり直してください。',
  'register.invalidResult': 'セキュリティキーの登録結果が無効です。',
  'register.chooseSignInMethod': '「{rpHost} にサインインする方法を選択してください」',
  'register.deviceHasOtherCertificate': 'この端末にはすでに別の HPKI セカンド電子証明書が登録されています。',
  'register.ipadNotSupported': 'iPad は登録できません。スマートフォンをご利用ください。',
  'register.unsupportedBrowser': 'このブラウザーはパスキーに対応していません。',
  'auth.invalidResult': 'セキュリティキーの認証結果が無効です。',
  'auth.failed': 'ログインできませんでした。医籍登録番号と登録済みのスマートフォンをご確認ください。',
  'flow.back': 'ブラウザの「戻る」が押されたため、登録を続けられません。登録手順1からもう一度登録をしてください。',
  'flow.expired': '一定時間操作がなかったため、登録を中断しました。',
  'device.noChangeNeeded': 'この端末では登録済みのパスキーがすでに利用できます。機種変更の手続きは不要です。',
  'device.oldPhoneUnavailable': '以前のスマートフォンが手元にない場合は、QRコードの再発行が必要です。',
  'reissue.cardCertificateInvalid': '医師資格証の証明書を確認できませんでした。',
  'reissue.photoRejected': '写真をアップロードできませんでした。',
  'rate.limited': 'この接続から短い時間に多くの操作があったため、しばらく受け付けを止めています。',
  'server.unavailable': 'ただいまサービスを利用できません。',
  'request.invalid': '入力内容を確認できませんでした。もう一度お試しください。',
};

/** Entries marked *(manual)* in messages.md. */
const MANUAL_CODES = [
  'register.alreadyRegistered',
  'register.cancelled',
  'register.noBiometrics',
  'register.invalidResult',
  'register.chooseSignInMethod',
] as const;

/** The manual's three causes of 「セキュリティキーの登録結果が無効です。」, verbatim, with their steps. */
const MANUAL_INVALID_RESULT_CAUSES = [
  {
    cause: '紐づけを行うスマートフォンの生体認証の設定が完了していない可能性があります。',
    remedy:
      'HPKI セカンド電子証明書を登録するには、生体認証が可能かつ登録済の端末が必要となります。(らくらくフォンやフィーチャーフォン等では登録ができません。)指紋認証または顔認証をスマートフォンにご登録の上、再度お試しください。',
    steps: [],
  },
  {
    cause: 'iCloud キーチェーンが有効になっていない可能性があります。(iPhone の場合)',
    remedy: '設定後、再度登録をしてください。',
    steps: [
      '「設定」をタップし、「[ユーザ名]」をタップして、「iCloud」を選択します。',
      '「パスワードとキーチェーン」をタップします。',
      '「iCloud キーチェーン」をオンにします。パスコードまたは Apple ID のパスワードの入力を求められる場合があります。',
    ],
  },
  {
    cause: 'パスワードオプションの設定が原因の可能性があります(iPhoneの場合)',
    remedy: 'パスワードオプションの設定を確認してください。',
    steps: [
      '「設定」→「パスワード」→「パスワードオプション」選択する',
      '「パスワードとパスキーを自動入力」が OFF になっている場合は ON にする',
      '「パスワードとパスキーを自動入力」が ON になっている場合は、「次の構成元からのパスワードとパスキーを使用」の iCloud キーチェーンの設定を確認し、OFF になっている場合は ON にする',
    ],
  },
];

const MANUAL_ALREADY_REGISTERED_REMEDY =
  'ここでボタンに【登録】ではなく【セキュリティキーによるサインイン】と表示されている場合は、その QR コードはすでにスマートフォンへ登録されていますので、操作を終了してください。';
const MANUAL_CANCELLED_REMEDY = '【キャンセル】を押してしまった場合は、登録手順1からもう一度登録をしてください。';
const MANUAL_NO_BIOMETRICS_CAUSE =
  '事前にスマートフォンに生体認証登録を実施していない場合は、ここで Security Key Error となります。';
const MANUAL_NO_BIOMETRICS_REMEDY = 'スマートフォンに生体認証を登録した上で、登録手順2からやり直してください。';

const entries = Object.entries(errors) as [ErrorCode, ErrorEntry][];

/** Every Text in an entry, with a readable path for failure messages. */
function textsOf(entry: ErrorEntry): [string, Text][] {
  const out: [string, Text][] = [
    ['where', entry.where],
    ['text', entry.text],
    ['reproduce', entry.reproduce],
  ];
  entry.detail?.forEach((d, i) => out.push([`detail[${i}]`, d]));
  entry.causes.forEach((c, i) => {
    out.push([`causes[${i}].cause`, c.cause], [`causes[${i}].remedy`, c.remedy]);
    c.steps?.forEach((s, j) => out.push([`causes[${i}].steps[${j}]`, s]));
  });
  return out;
}

function placeholders(s: string): string[] {
  return [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

describe('error catalogue', () => {
  it('contains every code listed in messages.md', () => {
    for (const code of SPEC_CODES) expect(errors, code).toHaveProperty([code]);
  });

  it('contains the extra codes the product needs', () => {
    for (const code of EXTRA_CODES) expect(errors, code).toHaveProperty([code]);
  });

  it('exports errorCodes matching the catalogue keys, without duplicates', () => {
    expect([...errorCodes].sort()).toEqual(Object.keys(errors).sort());
    expect(new Set(errorCodes).size).toBe(errorCodes.length);
    for (const code of errorCodes) expect(code).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
  });

  it('has non-empty Japanese and English for every text', () => {
    for (const [code, entry] of entries) {
      expect(entry.causes.length, `${code}: causes`).toBeGreaterThan(0);
      if (entry.detail) expect(entry.detail.length, `${code}: detail`).toBeGreaterThan(0);
      for (const cause of entry.causes) {
        if (cause.steps) expect(cause.steps.length, `${code}: steps`).toBeGreaterThan(0);
      }
      for (const [path, t] of textsOf(entry)) {
        expect(typeof t.ja, `${code}.${path}.ja`).toBe('string');
        expect(typeof t.en, `${code}.${path}.en`).toBe('string');
        expect(t.ja.trim(), `${code}.${path}.ja`).not.toBe('');
        expect(t.en.trim(), `${code}.${path}.en`).not.toBe('');
      }
    }
  });

  it('starts each Japanese text with the first line given in messages.md', () => {
    for (const [code, firstLine] of Object.entries(FIRST_LINES)) {
      expect(errors[code as ErrorCode].text.ja.startsWith(firstLine), code).toBe(true);
    }
  });

  it('uses the same placeholders in Japanese and English', () => {
    for (const [code, entry] of entries) {
      for (const [path, t] of textsOf(entry)) {
        expect(placeholders(t.en), `${code}.${path}`).toEqual(placeholders(t.ja));
      }
    }
    expect(placeholders(errors['password.wrong'].text.ja)).toEqual(['n']);
    expect(placeholders(errors['register.chooseSignInMethod'].text.ja)).toEqual(['rpHost']);
  });

  it('gives example params for every placeholder, so the help page never shows a raw {name}', () => {
    for (const [code, entry] of entries) {
      // text and detail are shown with params; the other parts are shown as written.
      const shown = [entry.text, ...(entry.detail ?? [])];
      const names = [...new Set(shown.flatMap((t) => [...placeholders(t.ja), ...placeholders(t.en)]))].sort();
      expect(Object.keys(entry.exampleParams ?? {}).sort(), `${code}.exampleParams`).toEqual(names);
      for (const t of shown) {
        for (const lang of ['ja', 'en'] as const) {
          expect(format(t[lang], entry.exampleParams), `${code}.${lang}`).not.toMatch(/\{\w+\}/);
        }
      }
      for (const [path, t] of textsOf(entry).filter(([p]) => p !== 'text' && !p.startsWith('detail'))) {
        expect(placeholders(t.ja), `${code}.${path}: not filled on the help page`).toEqual([]);
      }
    }
  });

  it('has English words in every English text', () => {
    for (const [code, entry] of entries) {
      for (const [path, t] of textsOf(entry)) {
        // English may quote Japanese labels, but must contain some English words.
        expect(/[A-Za-z]{2,}/.test(t.en), `${code}.${path}.en`).toBe(true);
      }
    }
  });

  it('points to the QR code re-issue (FAQ Q5) where that is the remedy', () => {
    const reissueCodes: ErrorCode[] = [
      'qr.unknown',
      'qr.expired',
      'qr.locked',
      'qr.superseded',
      'device.oldPhoneUnavailable',
    ];
    for (const code of reissueCodes) {
      const all = textsOf(errors[code]).map(([, t]) => t.ja);
      expect(
        all.some((s) => s.includes('QRコードの再発行')),
        code,
      ).toBe(true);
    }
  });

  it('rate.limited says what happened and how long to wait, not that the service is busy', () => {
    const { text, detail } = errors['rate.limited'];
    const shown = (lang: 'ja' | 'en') => [text, ...(detail ?? [])].map((t) => t[lang]).join(' ');
    expect(shown('ja')).toMatch(/この接続から短い時間に多くの操作/);
    expect(shown('ja')).toMatch(/\d+分ほど待って/);
    expect(shown('ja')).not.toMatch(/集中|混雑|混み合/);
    expect(shown('en')).toMatch(/too many attempts came from this connection in a short time/i);
    expect(shown('en')).toMatch(/wait about \d+ minutes/i);
    expect(shown('en')).not.toMatch(/right now|busy|overload/i);
  });

  it('flags exactly the entries marked (manual) in messages.md', () => {
    const flagged = entries.filter(([, e]) => e.manual === true).map(([code]) => code);
    expect(flagged.sort()).toEqual([...MANUAL_CODES].sort());
  });
});

describe('manual-verbatim texts', () => {
  it('register.invalidResult: text and the three causes with their setting steps', () => {
    const entry: ErrorEntry = errors['register.invalidResult'];
    expect(entry.text.ja).toBe('セキュリティキーの登録結果が無効です。');
    expect(entry.manual).toBe(true);
    expect(
      entry.causes.map((c) => ({
        cause: c.cause.ja,
        remedy: c.remedy.ja,
        steps: (c.steps ?? []).map((s) => s.ja),
      })),
    ).toEqual(MANUAL_INVALID_RESULT_CAUSES);
  });

  it('register.chooseSignInMethod: the OS sheet text and the same causes as register.invalidResult', () => {
    const entry: ErrorEntry = errors['register.chooseSignInMethod'];
    expect(entry.text.ja).toBe('「{rpHost} にサインインする方法を選択してください」');
    expect(entry.causes).toEqual(errors['register.invalidResult'].causes);
  });

  it('register.cancelled', () => {
    const entry: ErrorEntry = errors['register.cancelled'];
    expect(entry.text.ja).toBe('生体認証がキャンセルされました。登録手順1からもう一度登録をしてください。');
    expect(entry.causes.map((c) => c.remedy.ja)).toContain(MANUAL_CANCELLED_REMEDY);
  });

  it('register.alreadyRegistered', () => {
    const entry: ErrorEntry = errors['register.alreadyRegistered'];
    expect(entry.text.ja).toBe('この QR コードはすでにスマートフォンへ登録されています。');
    expect(entry.causes.map((c) => c.remedy.ja)).toContain(MANUAL_ALREADY_REGISTERED_REMEDY);
  });

  it('register.noBiometrics', () => {
    const entry: ErrorEntry = errors['register.noBiometrics'];
    expect(entry.text.ja).toBe(
      'Security Key Error：スマートフォンに生体認証を登録した上で、登録手順2からやり直してください。',
    );
    expect(entry.causes.map((c) => c.cause.ja)).toContain(MANUAL_NO_BIOMETRICS_CAUSE);
    expect(entry.causes.map((c) => c.remedy.ja)).toContain(MANUAL_NO_BIOMETRICS_REMEDY);
  });
});

describe('the way to re-issue (issue 9 #1)', () => {
  it('an entry links to /reissue exactly when a remedy or its detail speaks of a re-issue', () => {
    const speaksOfReissue = (e: ErrorEntry) =>
      JSON.stringify([e.detail, e.causes.map((c) => [c.remedy, c.steps])]).includes('再発行');
    const flagged = errorCodes.filter((code) => (errors[code] as ErrorEntry).reissue);
    const expected = errorCodes.filter((code) => speaksOfReissue(errors[code]));
    expect(flagged).toEqual(expected);
    expect(flagged).toEqual(expect.arrayContaining(['qr.locked', 'qr.expired', 'device.oldPhoneUnavailable']));
  });
});
