import { CentreContact, ExternalLinks, HelpLinks, HelpSection } from '@/components/help-links';
import { SimulatedMessage } from '@/components/sandbox/simulated-message';
import { NavButton } from '@/components/ui/nav-button';
import { getLang } from '@/lib/i18n/server';
import { reissue } from '@/lib/messages/help';
import { t, text } from '@/lib/messages';
import { reissueCardHref } from '@/lib/reissue/card';
import { path } from '@/lib/routes';

const REISSUE_CODES = ['reissue.cardCertificateInvalid', 'reissue.photoRejected'] as const;

/**
 * QRコードの再発行 (issue 9 #1, manual FAQ A5): when a re-issue is needed, the two ways side by side
 * with when to choose which and what each needs, and the way into each.
 */
export default async function ReissuePage() {
  const lang = await getLang();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'reissue.title')}</h1>
      <SimulatedMessage lang={lang} codes={REISSUE_CODES} />
      <p className="mb-4">{text(lang, reissue.lead)}</p>
      <div className="space-y-4">
        {reissue.ways.map((way) => (
          <HelpSection key={way.id} lang={lang} id={way.id} title={way.title} body={[way.when, ...way.body]}>
            <h3 className="mt-3 text-sm font-bold">{t(lang, 'reissue.needs')}</h3>
            <ul className="mt-1 list-disc space-y-1 pl-6 text-sm">
              {way.needs.map((need, i) => (
                <li key={i}>{text(lang, need)}</li>
              ))}
            </ul>
            {way.id === 'card' && (
              <a
                href={reissueCardHref()}
                className="bg-brand-700 mt-3 inline-block rounded-lg px-6 py-3 font-bold text-white"
                data-testid="reissue-card-start"
              >
                {t(lang, 'reissue.card.start')}
              </a>
            )}
            {way.start && (
              <div className="mt-4">
                <NavButton href={path(way.start.to)} label={text(lang, way.start.label)} variant="primary" />
              </div>
            )}
            {way.links.length > 0 && <ExternalLinks lang={lang} links={way.links} />}
          </HelpSection>
        ))}
      </div>
      <HelpLinks lang={lang} current={path('reissue')} />
      <CentreContact lang={lang} />
    </div>
  );
}
