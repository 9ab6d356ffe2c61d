import { credentialSummary } from '@/lib/credentials';
import { tokyoTime } from '@/lib/i18n/tokyo-time';
import { t, type LabelKey, type Lang } from '@/lib/messages';

/** The finished registration: a lead line, the label and the time (registration and device change). */
export async function RegisteredSummary({
  lang,
  credentialId,
  lead,
}: {
  lang: Lang;
  credentialId: string | null | undefined;
  lead: LabelKey;
}) {
  const credential = await credentialSummary(credentialId);
  return (
    <div role="status" className="rounded-xl border-l-4 border-green-700 bg-green-50 p-4">
      <p className="text-sm text-gray-700">{t(lang, lead)}</p>
      {credential && (
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
          <dt className="font-semibold">{t(lang, 'complete.label')}</dt>
          <dd data-testid="registered-label">{credential.label}</dd>
          <dt className="font-semibold">{t(lang, 'complete.time')}</dt>
          <dd>{tokyoTime(credential.created_at, lang)}</dd>
        </dl>
      )}
    </div>
  );
}
