import type { ReactNode } from 'react';
import type { DeviceInterruptCode } from '@/lib/steps/device-change';
import { STEP_PATH, type InterruptCode, type Step } from '@/lib/steps/registration';
import type { Notice } from '@/lib/journey/notice';
import { isErrorCode, t, type Lang, type LabelKey } from '@/lib/messages';
import { DeviceGate } from './device-gate';
import { MessageBox } from './message-box';
import { RestartButton } from './restart-button';
import { StepIndicator } from './step-indicator';
import { NavButton } from './ui/nav-button';
import { path } from '@/lib/routes';

/** The frame of every registration step: indicator, title, the pending notice, then the step. */
export function StepPage({
  lang,
  step,
  title,
  notice,
  children,
}: {
  lang: Lang;
  step: Step;
  title: LabelKey;
  notice?: Notice | null;
  children?: ReactNode;
}) {
  return (
    <DeviceGate lang={lang}>
      <StepIndicator lang={lang} step={step} />
      <h1 className="mb-4 text-2xl font-bold text-gray-900">{t(lang, title)}</h1>
      {notice && isErrorCode(notice.code) && (
        <div className="mb-4">
          <MessageBox lang={lang} code={notice.code} params={notice.params} />
        </div>
      )}
      {children}
    </DeviceGate>
  );
}

type Way = 'resume' | 'restart' | 'restartDevice' | 'login' | 'device' | 'top';

/** Each interruption's heading and the ways on it offers, the likeliest first (both journeys). */
const INTERRUPTS: Record<
  InterruptCode | DeviceInterruptCode,
  { title: LabelKey; tone: 'error' | 'info'; ways: Way[] }
> = {
  'flow.back': { title: 'interrupt.title', tone: 'error', ways: ['restart'] },
  'flow.expired': { title: 'interrupt.title', tone: 'error', ways: ['restart'] },
  'flow.inProgress': {
    title: 'interrupt.inProgressTitle',
    tone: 'info',
    ways: ['resume', 'restart', 'login', 'device'],
  },
  'flow.registered': { title: 'interrupt.doneTitle', tone: 'info', ways: ['resume', 'login'] },
  'flow.finished': { title: 'interrupt.doneTitle', tone: 'info', ways: ['login', 'top'] },
  'device.back': { title: 'interrupt.deviceTitle', tone: 'error', ways: ['restartDevice'] },
  'device.expired': { title: 'interrupt.deviceTitle', tone: 'error', ways: ['restartDevice'] },
  'device.registered': { title: 'interrupt.deviceRegisteredTitle', tone: 'info', ways: ['resume', 'login'] },
  'device.finished': { title: 'device.completeTitle', tone: 'info', ways: ['login', 'top'] },
};

/** Where the other ways lead ('resume' goes to the flow's current step; 'restart' is a POST). */
const WAY_TO: Record<Exclude<Way, 'resume' | 'restart'>, [string, LabelKey]> = {
  restartDevice: [path('device'), 'common.restart'],
  login: [path('login'), 'start.login'],
  device: [path('device'), 'start.changeDevice'],
  top: [STEP_PATH.terms, 'interrupt.top'],
};

/**
 * Shown in place of a step when the journey cannot go on there: it says what happened (Back
 * pressed, idle too long, a registration in progress, already registered or changed) and offers
 * the ways on. `resume` is the page of the step the journey is at.
 */
export function JourneyInterrupt({
  lang,
  code,
  resume,
}: {
  lang: Lang;
  code: InterruptCode | DeviceInterruptCode;
  resume: string;
}) {
  const { title, tone, ways } = INTERRUPTS[code];
  const way = (w: Way, i: number) => {
    const variant = i === 0 ? 'primary' : 'secondary';
    if (w === 'restart') return <RestartButton key={w} lang={lang} variant={variant} className="" />;
    const [href, label] = w === 'resume' ? [resume, 'interrupt.resume' as const] : WAY_TO[w];
    return <NavButton key={w} href={href} label={t(lang, label)} variant={variant} />;
  };
  return (
    <DeviceGate lang={lang}>
      <h1 className="mb-4 text-2xl font-bold text-gray-900">{t(lang, title)}</h1>
      <MessageBox lang={lang} code={code} tone={tone} />
      <div className="mt-6 space-y-3">{ways.map(way)}</div>
    </DeviceGate>
  );
}
