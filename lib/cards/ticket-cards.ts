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

/**
 * Print CSS: one card per A6 page (the paper card's size); `?paper=a4` style sheets are not
 * needed — on A4 the browser prints each A6 card on its own sheet, centred, at true size.
 */
const STYLE = `
@page { size: A6 portrait; margin: 8mm; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "Noto Sans CJK JP", "Hiragino Sans", "Yu Gothic", sans-serif; color: #111; }
.card { width: 89mm; min-height: 128mm; margin: 0 auto 8mm; padding: 5mm; border: 0.3mm solid #555; border-radius: 3mm; page-break-after: always; break-after: page; }
.card:last-child { page-break-after: auto; break-after: auto; }
h1 { font-size: 11pt; margin: 0 0 3mm; }
.qr { display: block; width: 42mm; height: 42mm; margin: 0 auto 3mm; }
dl { display: grid; grid-template-columns: auto 1fr; gap: 1mm 3mm; margin: 0 0 3mm; font-size: 10pt; }
dt { font-weight: bold; }
dd { margin: 0; font-family: ui-monospace, "Noto Sans Mono CJK JP", monospace; }
.code { font-size: 11pt; letter-spacing: 0.05em; white-space: nowrap; }
ol { margin: 0; padding-left: 5mm; font-size: 8pt; line-height: 1.45; }
.note { font-size: 8pt; margin: 2mm 0 0; }
@media screen { body { background: #eee; padding: 8mm 0; } .card { background: #fff; } }
`;

async function cardHtml(card: CardData, lang: Lang): Promise<string> {
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
<style>${STYLE}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
