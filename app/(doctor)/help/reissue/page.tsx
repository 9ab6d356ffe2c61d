import { ExternalLinks, HelpSection } from '@/components/help-links';
import { SimulatedMessage } from '@/components/sandbox/simulated-message';
import { getLang } from '@/lib/i18n/server';
import { reissue } from '@/lib/messages/help';
import { t, text } from '@/lib/messages';

const REISSUE_CODES = ['reissue.cardCertificateInvalid', 'reissue.photoRejected'] as const;

/** QRコードの再発行: when a re-issue is needed and the two ways to get one (manual FAQ A5). */
export default async function ReissuePage() {
  const lang = await getLang();
  return (
    <div>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'reissue.title')}</h1>
      {/* Re-issue has no screens of its own yet (issue 9): a support sandbox shows its messages here. */}
      <SimulatedMessage lang={lang} codes={REISSUE_CODES} />
      <p className="mb-4">{text(lang, reissue.lead)}</p>
      <div className="space-y-4">
        {reissue.ways.map((way) => (
          <HelpSection key={way.id} lang={lang} id={way.id} title={way.title} body={way.body}>
            <ExternalLinks lang={lang} links={way.links} />
          </HelpSection>
        ))}
      </div>
    </div>
  );
}
