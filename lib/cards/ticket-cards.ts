import 'server-only';
import QRCode from 'qrcode';
import { t, type Lang } from '@/lib/messages';
import { formatRegistrationCode } from '@/lib/normalize/registration-code';

/** What one printed 初期登録用 QR コード card shows. */
export type CardData = { personId: string; cardId: string; code: string; url: string; expiresAt: string };

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The expiry as printed: the date in Japan (the cards are read in Japan), YYYY/MM/DD. */
function printedDate(iso: string): string {
  return new Intl.DateTimeFormat('ja-JP', {
    timeZone: 'Asia/Tokyo',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

/** The card's own look, scoped to `.card` (used inside the console's page too). */
export const CARD_STYLE = `
.card { box-sizing: border-box; width: 89mm; min-height: 128mm; margin: 0 auto 8mm; padding: 5mm; border: 0.3mm solid #555; border-radius: 3mm; background: #fff; color: #111; font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; page-break-after: always; break-after: page; }
.card:last-child { page-break-after: auto; break-after: auto; }
.card h1 { font-size: 11pt; margin: 0 0 3mm; }
.card .qr { display: block; width: 42mm; height: 42mm; margin: 0 auto 3mm; }
.card dl { display: grid; grid-template-columns: auto 1fr; gap: 1mm 3mm; margin: 0 0 3mm; font-size: 10pt; }
.card dt { font-weight: bold; }
.card dd { margin: 0; font-family: ui-monospace, "Noto Sans Mono CJK JP", monospace; }
.card .code { font-size: 11pt; letter-spacing: 0.05em; white-space: nowrap; }
.card ol { margin: 0; padding-left: 5mm; font-size: 8pt; line-height: 1.45; }
.card .note { font-size: 8pt; margin: 2mm 0 0; }
`;

/**
 * The print run's document: one card per A6 page (the paper card's size); printed on A4 the
 * browser puts each A6 card on its own sheet at true size.
 */
const DOCUMENT_STYLE = `
@page { size: A6 portrait; margin: 8mm; }
body { margin: 0; }
@media screen { body { background: #eee; padding: 8mm 0; } }
${CARD_STYLE}`;

/** One card as an HTML fragment (`<section class="card">`), every value escaped. */
export async function cardHtml(card: CardData, lang: Lang): Promise<string> {
  const qr = await QRCode.toString(card.url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
  const row = (label: Parameters<typeof t>[1], value: string, cls = '') =>
    `<dt>${escape(t(lang, label))}</dt><dd${cls ? ` class="${cls}"` : ''}>${escape(value)}</dd>`;
  return `<section class="card">
<h1>${escape(t(lang, 'qrCard.title'))}</h1>
<div class="qr" role="img" aria-label="${escape(t(lang, 'qrCard.documentTitle'))}">${qr}</div>
<dl>
${row('qrCard.personId', card.personId)}
${row('qrCard.cardId', card.cardId)}
${row('qrCard.expires', printedDate(card.expiresAt))}
${row('qrCard.code', formatRegistrationCode(card.code), 'code')}
</dl>
<ol>
<li>${escape(t(lang, 'qrCard.step1'))}</li>
<li>${escape(t(lang, 'qrCard.step2'))}</li>
<li>${escape(t(lang, 'qrCard.step3'))}</li>
<li>${escape(t(lang, 'qrCard.step4'))}</li>
</ol>
<p class="note">${escape(t(lang, 'qrCard.oneDevice'))}</p>
</section>`;
}

/**
 * One printable HTML document of cards (QR as inline SVG: no network, no image files), used by
 * the batch print run (`tickets:issue --cards-html`) and the support console's card page. It
 * holds registration codes: the caller decides where it goes, and it is never logged.
 */
export async function ticketCardsHtml(cards: readonly CardData[], lang: Lang = 'ja'): Promise<string> {
  const body: string[] = [];
  for (const card of cards) body.push(await cardHtml(card, lang));
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t(lang, 'qrCard.documentTitle'))}</title>
<style>${DOCUMENT_STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
