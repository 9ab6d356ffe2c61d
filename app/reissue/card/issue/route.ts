import type { NextRequest } from 'next/server';
import { z } from 'zod';
import { cardHtml } from '@/lib/cards/ticket-cards';
import { jsonEndpoint } from '@/lib/http/json-endpoint';
import { env } from '@/lib/env';
import { json, jsonFailure } from '@/lib/http/responses';
import { getLang } from '@/lib/i18n/server';
import { ticketUrl } from '@/lib/operator/holders';
import { issueCardTicket } from '@/lib/reissue/card';

/**
 * 【QRコードを発行する】 (decision 0022): Origin-checked (ours, or the IC-card host the proxy asks for
 * the certificate on, CLIENT_CERT_ORIGIN); the certificate is verified again. Answers
 * the card (QR, code in groups of 4, expiry) — the code exists only in this answer.
 */
export const POST = (req: NextRequest) =>
  jsonEndpoint(
    req,
    z.object({}).strict(),
    async () => {
      const result = await issueCardTicket(req.headers);
      if (!result.ok) return jsonFailure('reissue.cardCertificateInvalid');
      const html = await cardHtml(
        {
          personId: result.holder.personId,
          cardId: result.holder.cardId,
          code: result.ticket.code,
          url: ticketUrl(result.ticket.code),
          expiresAt: new Date(result.ticket.expiresAt).toISOString(),
        },
        await getLang(),
      );
      return json({ ok: true, cardHtml: html, expiresAt: result.ticket.expiresAt });
    },
    { alsoFrom: cardOrigins() },
  );

function cardOrigins(): string[] {
  const config = env().clientCertificate;
  return config ? [config.origin] : [];
}
