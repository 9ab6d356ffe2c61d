import 'server-only';
import { withTransaction } from '@/lib/db/client';
import { audit, type AuditActor } from '@/lib/audit';
import { resolveHolderRef } from '@/lib/holders';
import { OperatorError } from './errors';
import { describeIssues, holderInputSchema } from './holder-input';

const certificateInput = holderInputSchema
  .pick({ icCertificateSerial: true, icCertificateIssuer: true })
  .required({ icCertificateSerial: true });

/**
 * holder:ic-cert (decision 0022): a renewed 医師資格証 has a new certificate, so the issuing system
 * sends its serial (and issuer) for an existing holder, named by 本人ID, カードID, 医籍登録番号 or
 * row id. One transaction: the serial must not already map another holder, the row is updated and
 * the change audited. Bad input → OperatorError, nothing changes.
 */
export async function setIcCertificate(
  ref: string,
  input: { icCertificateSerial?: string; icCertificateIssuer?: string },
  actor: AuditActor = 'operator:cli',
) {
  const parsed = certificateInput.safeParse(input);
  if (!parsed.success) throw new OperatorError(describeIssues(parsed.error));
  const { icCertificateSerial: serial, icCertificateIssuer: issuer = null } = parsed.data;
  const holderId = await resolveHolderRef(ref);
  if (!holderId) throw new OperatorError(`no holder with 本人ID, カードID or 医籍登録番号 ${ref}`);
  return withTransaction(async (tx) => {
    const holder = await tx
      .selectFrom('holders')
      .select(['id', 'person_id', 'ic_cert_serial', 'sandbox'])
      .where('id', '=', holderId)
      .executeTakeFirstOrThrow();
    if (holder.sandbox === 1) throw new OperatorError('a sandbox holder has no IC card');
    // Lookup accepts any issuer where none is stored, so two rows may share a serial only when
    // both name different issuers.
    let others = tx
      .selectFrom('holders')
      .select('person_id')
      .where('ic_cert_serial', '=', serial)
      .where('id', '!=', holder.id)
      .where('sandbox', '=', 0);
    if (issuer !== null)
      others = others.where((eb) => eb.or([eb('ic_cert_issuer', 'is', null), eb('ic_cert_issuer', '=', issuer)]));
    const clash = await others.executeTakeFirst();
    if (clash) throw new OperatorError(`the certificate ${serial} already belongs to 本人ID ${clash.person_id}`);
    await tx
      .updateTable('holders')
      .set({ ic_cert_serial: serial, ic_cert_issuer: issuer })
      .where('id', '=', holder.id)
      .execute();
    const now = Date.now();
    await audit(
      tx,
      {
        type: 'holder.icCertificateChanged',
        outcome: 'ok',
        holderId: holder.id,
        actor,
        detail: { replaced: holder.ic_cert_serial !== null, withIssuer: issuer !== null },
      },
      now,
    );
    return { personId: holder.person_id, icCertificateSerial: serial, icCertificateIssuer: issuer };
  });
}
