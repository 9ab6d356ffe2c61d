import { t, type Lang } from '@/lib/messages';

/** 「サポート再現モード」: on every page of a support sandbox, above the page's own content. */
export function SandboxBanner({ lang }: { lang: Lang }) {
  return (
    <div
      role="status"
      data-sandbox-banner
      className="border-b-4 border-amber-500 bg-amber-100 px-4 py-2 text-amber-950"
    >
      <p className="mx-auto max-w-lg font-bold">{t(lang, 'sandbox.banner')}</p>
      <p className="mx-auto max-w-lg text-sm">{t(lang, 'sandbox.bannerLead')}</p>
    </div>
  );
}
