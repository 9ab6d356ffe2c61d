import { DoctorChrome } from '@/components/doctor-chrome';
import { CentreContact, HelpLinks } from '@/components/help-links';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';

/** Any unknown address: the site's own page, in the request's language, with the ways onward. */
export default async function NotFound() {
  const lang = await getLang();
  return (
    <DoctorChrome>
      <h1 className="mb-4 text-2xl font-bold">{t(lang, 'notFound.title')}</h1>
      <p>{t(lang, 'notFound.lead')}</p>
      <HelpLinks lang={lang} />
      <CentreContact lang={lang} />
    </DoctorChrome>
  );
}
