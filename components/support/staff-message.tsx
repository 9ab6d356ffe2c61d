import { isErrorCode, isStaffMessageCode, t, type Lang } from '@/lib/messages';

/** The catalogue text for a code a staff endpoint answered (a `staff.*` code or a shared one). */
export function staffMessageText(lang: Lang, code: string): string {
  if (isStaffMessageCode(code) || isErrorCode(code)) return t(lang, code);
  return t(lang, 'request.invalid');
}

/** A console message box: an error (role=alert) or a confirmation (role=status). */
export function StaffMessage({ lang, code, tone = 'error' }: { lang: Lang; code: string; tone?: 'error' | 'info' }) {
  const colours =
    tone === 'error' ? 'border-red-700 bg-red-50 text-red-950' : 'border-green-700 bg-green-50 text-gray-900';
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      data-message-code={code}
      className={`rounded-xl border-l-4 p-4 ${colours}`}
    >
      <p className="font-bold">{staffMessageText(lang, code)}</p>
    </div>
  );
}
