import type { ErrorCode } from '@/lib/messages';
import type { Notice } from '@/lib/journey/notice';
import type { PathName } from '@/lib/routes';
import type { DeviceStep } from '@/lib/steps/device-change';
import type { Step } from '@/lib/steps/registration';

/**
 * 再現する (issue 8 #5; decision 0020): for every catalogue code, the sandbox that shows it. A recipe
 * is data — the journey row to set up and the holder, ticket and device behind it — and
 * lib/sandbox/reproduce.ts builds it in one transaction. `satisfies Record<ErrorCode, Recipe>`
 * below makes a new code without a recipe a type error.
 *
 * How the message comes about, as the console tells the staff member (`how`):
 * - `state`: the rows are in the state that causes it, and the site's own rules show it (Back,
 *   idle, a stale sign-in…), exactly as for a doctor;
 * - `notice`: the message a step's handler stores after a refused entry is stored on the sandbox
 *   row, with the ticket in the matching state (the wrong password's remaining tries, a lock…);
 * - `simulated`: only a phone's authenticator or browser can cause it (cancel, no biometrics, an
 *   iPad, the OS chooser…): the server tells the page of this sandbox row to answer the next
 *   ceremony (or scan, or the device check) with that outcome. Real rows never carry one.
 * - `page`: the page the site shows in that situation (the database down).
 */
/** The birth date of every sandbox holder, so staff can go on through the password step. */
export const SANDBOX_BIRTH_DATE = '1980-01-01';

export type How = 'state' | 'notice' | 'simulated' | 'page';

/** The ticket behind the flow: its state, or an active one with some wrong passwords counted. */
export type TicketSetup = 'active' | 'expired' | 'locked' | 'superseded' | { attemptsUsed: number };

type Common = {
  how: How;
  ticket?: TicketSetup;
  /** The holder has an active device (a fake credential no authenticator holds). */
  device?: boolean;
  /** Stored on the journey row, as the step's handler stores it. */
  notice?: Notice;
  /** The ceremony (scan, device check) outcome the server simulates for this row. */
  outcome?: ErrorCode;
  /** The row's last activity was this long ago. */
  idleMinutes?: number;
  /** The page to open, when it is not the step's own (Back = an earlier page). */
  open?: PathName;
};

export type Recipe =
  | (Common & { journey: 'registration'; step: Step })
  | (Common & { journey: 'deviceChange'; step: DeviceStep; authenticatedMinutesAgo?: number });

const simulated = (step: Step, code: ErrorCode, extra: Partial<Common> = {}): Recipe => ({
  journey: 'registration',
  step,
  how: 'simulated',
  outcome: code,
  ...extra,
});
const noticed = (step: Step, code: ErrorCode, extra: Partial<Common> = {}): Recipe => ({
  journey: 'registration',
  step,
  how: 'notice',
  notice: { code },
  ...extra,
});

export const RECIPES = {
  'qr.unreadable': simulated('qr', 'qr.unreadable'),
  'qr.unknown': noticed('qr', 'qr.unknown'),
  'qr.codeFormat': noticed('qr', 'qr.codeFormat'),
  'qr.expired': noticed('qr', 'qr.expired', { ticket: 'expired' }),
  // The fifth wrong birth date locks the ticket and the password step says so.
  'qr.locked': noticed('password', 'qr.locked', { ticket: 'locked' }),
  'qr.superseded': noticed('qr', 'qr.superseded', { ticket: 'superseded' }),
  'password.format': noticed('password', 'password.format'),
  'password.wrong': {
    journey: 'registration',
    step: 'password',
    how: 'notice',
    ticket: { attemptsUsed: 1 },
    notice: { code: 'password.wrong', params: { n: 4 } },
  },
  'login.personIdMismatch': noticed('login', 'login.personIdMismatch'),
  'register.alreadyRegistered': simulated('register', 'register.alreadyRegistered'),
  'register.cancelled': simulated('register', 'register.cancelled'),
  'register.noBiometrics': simulated('register', 'register.noBiometrics'),
  'register.invalidResult': simulated('register', 'register.invalidResult'),
  'register.chooseSignInMethod': simulated('register', 'register.chooseSignInMethod'),
  'register.deviceHasOtherCertificate': simulated('register', 'register.deviceHasOtherCertificate'),
  'register.ipadNotSupported': simulated('password', 'register.ipadNotSupported'),
  'register.unsupportedBrowser': simulated('password', 'register.unsupportedBrowser'),
  'register.labelInvalid': noticed('label', 'register.labelInvalid', { device: true }),
  'register.failed': simulated('register', 'register.failed'),
  // The holder has a device, so the passkey step offers 【セキュリティキーによるサインイン】.
  'auth.invalidResult': simulated('register', 'auth.invalidResult', { device: true }),
  'auth.failed': simulated('complete', 'auth.failed', { device: true, open: 'login' }),
  'flow.back': { journey: 'registration', step: 'login', how: 'state', open: 'registerPassword' },
  'flow.expired': { journey: 'registration', step: 'password', how: 'state', idleMinutes: 16 },
  'flow.inProgress': { journey: 'registration', step: 'password', how: 'state', open: 'terms' },
  'flow.registered': { journey: 'registration', step: 'label', how: 'state', device: true, open: 'registerPasskey' },
  'flow.finished': { journey: 'registration', step: 'complete', how: 'state', device: true, open: 'registerLabel' },
  'device.noChangeNeeded': {
    journey: 'deviceChange',
    step: 'register',
    how: 'simulated',
    device: true,
    outcome: 'device.noChangeNeeded',
  },
  // The sign-in is 6 minutes old, and the server's refusal of it is simulated at 【登録】: a PC at
  // the centre has no platform authenticator to let the page ask for real.
  'device.reauthRequired': {
    journey: 'deviceChange',
    step: 'register',
    how: 'simulated',
    device: true,
    authenticatedMinutesAgo: 6,
    outcome: 'device.reauthRequired',
  },
  'device.oldPhoneUnavailable': {
    journey: 'deviceChange',
    step: 'signin',
    how: 'simulated',
    device: true,
    outcome: 'device.oldPhoneUnavailable',
  },
  // The old phone's confirmation sent again from a stale screen, after the change moved on.
  'device.back': {
    journey: 'deviceChange',
    step: 'register',
    how: 'simulated',
    device: true,
    outcome: 'device.back',
    open: 'device',
  },
  'device.expired': { journey: 'deviceChange', step: 'register', how: 'state', device: true, idleMinutes: 16 },
  'device.registered': { journey: 'deviceChange', step: 'label', how: 'state', device: true, open: 'deviceRegister' },
  'device.finished': { journey: 'deviceChange', step: 'complete', how: 'state', device: true, open: 'deviceLabel' },
  // Re-issue has no screen of its own yet (issue 9): its help page shows the message for now.
  'reissue.cardCertificateInvalid': simulated('start', 'reissue.cardCertificateInvalid', { open: 'reissue' }),
  // The application form shows it as for a photo under 1000 × 600 pixels (decision 0025).
  'reissue.photoRejected': simulated('start', 'reissue.photoRejected', { open: 'reissueApply' }),
  'rate.limited': noticed('qr', 'rate.limited'),
  'server.unavailable': { journey: 'registration', step: 'qr', how: 'page', open: 'unavailable' },
  'request.invalid': noticed('password', 'request.invalid'),
  // A form post with a foreign Origin gets a bare 403; a ceremony's JSON call gets this message.
  'request.forbidden': simulated('register', 'request.forbidden'),
} as const satisfies Record<ErrorCode, Recipe>;

export function recipeOf(code: ErrorCode): Recipe {
  return RECIPES[code];
}
