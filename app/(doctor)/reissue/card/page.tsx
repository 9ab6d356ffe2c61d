import { headers } from 'next/headers';
import { MessageBox } from '@/components/message-box';
import { CardIssue } from '@/components/reissue/card-issue';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { identifyCard } from '@/lib/reissue/card';

/**
 * 医師資格証で QRコードを再発行 (issue 9 #2, decision 0022): whose card the proxy-forwarded client
 * certificate is, and 【QRコードを発行する】. Not configured here, or a certificate that does not
 * verify or map to a holder: the catalogue says so and nothing can be issued.
 */
export const dynamic = 'force-dynamic';

export default async function ReissueCardPage() {
  const lang = await getLang();
  const identity = await identifyCard(await headers());
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'reissue.card.title')}</h1>
      {identity.kind === 'unavailable' && (
        <p role="status" data-reissue-card="unavailable">
          {t(lang, 'reissue.card.unavailable')}
        </p>
      )}
      {identity.kind === 'invalid' && <MessageBox lang={lang} code="reissue.cardCertificateInvalid" showCauses />}
      {identity.kind === 'holder' && (
        <div>
          <p className="mb-2">{t(lang, 'reissue.card.whose')}</p>
          <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            <dt className="font-bold">{t(lang, 'reissue.card.name')}</dt>
            <dd data-testid="reissue-card-name">{identity.holder.name}</dd>
            <dt className="font-bold">{t(lang, 'reissue.card.cardId')}</dt>
            <dd data-testid="reissue-card-id">{identity.holder.cardId}</dd>
          </dl>
          <p className="mb-4 text-sm">{t(lang, 'reissue.card.lead')}</p>
          <CardIssue lang={lang} />
        </div>
      )}
    </div>
  );
}
