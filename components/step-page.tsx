import type { ReactNode } from 'react';
import type { Step } from '@/lib/flow/machine';
import type { Notice } from '@/lib/flow/notice';
import { isErrorCode, t, type Lang, type LabelKey } from '@/lib/messages';
import { DeviceGate } from './device-gate';
import { MessageBox } from './message-box';
import { RestartButton } from './restart-button';
import { StepIndicator } from './step-indicator';

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
  children: ReactNode;
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

/** Shown in place of a step when the flow cannot continue (Back pressed, idle too long). */
export function FlowInterrupt({ lang, code }: { lang: Lang; code: 'flow.back' | 'flow.expired' }) {
  return (
    <DeviceGate lang={lang}>
      <h1 className="mb-4 text-2xl font-bold text-gray-900">{t(lang, 'interrupt.title')}</h1>
      <MessageBox lang={lang} code={code} />
      <RestartButton lang={lang} />
    </DeviceGate>
  );
}
