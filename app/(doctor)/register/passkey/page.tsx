import { PasskeyCeremony } from '@/components/flow/passkey-ceremony';
import { JourneyInterrupt, StepPage } from '@/components/step-page';
import { activeCredentialIds } from '@/lib/credentials';
import { requireStep } from '@/lib/flow/server';
import { getLang } from '@/lib/i18n/server';
import { t } from '@/lib/messages';
import { getTicket } from '@/lib/tickets/lookup';

/**
 * Registration start (manual step 7): 【登録】, or 【セキュリティキーによるサインイン】 when this
 * holder already has an active credential and the ticket does not replace the device.
 */
export default async function PasskeyPage() {
  const lang = await getLang();
  const page = await requireStep('register');
  if (page.status === 'interrupt') return <JourneyInterrupt lang={lang} code={page.code} resume={page.resume} />;
  const ticket = page.flow?.ticket_id ? await getTicket(page.flow.ticket_id) : undefined;
  const hasDevice = (await activeCredentialIds(page.flow?.holder_id ?? '')).length > 0;
  // A re-issued ticket that replaces the device registers anew (spec §7); an ordinary one signs in.
  const registered = hasDevice && !(ticket?.state === 'active' && ticket.replaces_device === 1);
  return (
    <StepPage lang={lang} step="register" title="register.title" notice={page.notice}>
      <p className="mb-6">{t(lang, registered ? 'register.alreadyLead' : 'register.lead')}</p>
      <PasskeyCeremony lang={lang} mode={registered ? 'signin' : 'register'} />
    </StepPage>
  );
}
