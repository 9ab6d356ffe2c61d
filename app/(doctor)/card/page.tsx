import { redirect } from 'next/navigation';
import { LogoutButton } from '@/components/auth/logout-button';
import { currentCardHolder } from '@/lib/auth/card-session';
import { tokyoDay, tokyoTime } from '@/lib/i18n/tokyo-time';
import { getLang } from '@/lib/i18n/server';
import { t, type LabelKey } from '@/lib/messages';
import { path } from '@/lib/routes';

/** 券面情報 (FAQ Q6): shown only to a doctor signed in with the registered passkey. */
export default async function CardPage() {
  const lang = await getLang();
  const holder = await currentCardHolder();
  if (!holder) redirect(path('login'));
  const date = (ms: number) => tokyoDay(ms, lang);
  const rows: Array<[LabelKey, string]> = [
    ['card.name', holder.name],
    ['card.kana', holder.kana],
    ['card.mrn', holder.medical_registration_number],
    ['card.qualification', t(lang, 'card.doctor')],
    ['card.cardId', holder.card_id],
    ['card.validity', `${date(holder.certificate_not_before)} 〜 ${date(holder.certificate_not_after)}`],
  ];
  const device: Array<[LabelKey, string]> = [
    ['card.deviceLabel', holder.label],
    ['card.registeredAt', tokyoTime(holder.created_at, lang)],
    ['card.lastUsedAt', holder.last_used_at ? tokyoTime(holder.last_used_at, lang) : t(lang, 'card.never')],
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">{t(lang, 'card.title')}</h1>
      <p role="status" className="rounded-xl border-l-4 border-green-700 bg-green-50 p-4">
        {t(lang, 'card.done')}
      </p>
      <Details rows={rows} lang={lang} />
      <section aria-labelledby="device-heading">
        <h2 id="device-heading" className="mb-2 text-lg font-bold">
          {t(lang, 'card.device')}
        </h2>
        <Details rows={device} lang={lang} />
      </section>
      <LogoutButton lang={lang} />
    </div>
  );
}

function Details({ rows, lang }: { rows: Array<[LabelKey, string]>; lang: 'ja' | 'en' }) {
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 rounded-xl border border-gray-300 bg-white p-4">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-semibold">{t(lang, label)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
