import 'server-only';
import { withTransaction } from '@/lib/db/client';
import { audit, type AuditActor } from '@/lib/audit';
import { certificateClash, certificateHolder, resolveHolderRef, setHolderCertificate } from '@/lib/holders';
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
    const holder = await certificateHolder(tx, holderId);
    if (holder.sandbox === 1) throw new OperatorError('a sandbox holder has no IC card');
    const clash = await certificateClash(tx, holder.id, serial, issuer);
    if (clash) throw new OperatorError(`the certificate ${serial} already belongs to 本人ID ${clash.person_id}`);
    await setHolderCertificate(tx, holder.id, serial, issuer);
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
