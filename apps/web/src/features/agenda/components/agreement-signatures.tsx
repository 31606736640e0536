import { useTranslation } from 'react-i18next';
import { RoleBadge } from '@/components/ui/role-badge';
import { DataTable } from '@/components/ui/data-table';
import { useFormat } from '@/lib/i18n';
import type { Agreement, AgreementVersion } from '../api/get-agreement';

/** Who signed the version in force; for the backbone also who has not, so it can follow up. */
export function AgreementSignatures({
  current,
  signatures,
  unsigned,
}: {
  current: Pick<AgreementVersion, 'number'>;
  signatures: Agreement['signatures'];
  /** Null when the viewer may not see it (everyone but the backbone). */
  unsigned: Agreement['unsignedMembers'] | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const sorted = [...signatures].sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'de'));

  return (
    <div className="agreement-signatures">
      <section className="card" aria-labelledby="agreement-signatures-heading">
        <h3 id="agreement-signatures-heading" className="card__title">
          {t('agenda.agreement.signatures.heading', { number: current.number, count: signatures.length })}
        </h3>
        {sorted.length === 0 ? (
          <p className="agenda-muted">{t('agenda.agreement.signatures.none')}</p>
        ) : (
          <DataTable
            cards
            caption={t('agenda.agreement.signatures.caption', { number: current.number })}
            rows={sorted}
            rowKey={(s) => s.id}
            columns={[
              {
                key: 'organisation',
                header: t('agenda.agreement.signatures.organisation'),
                rowHeader: true,
                className: 'table__primary',
                cell: (s) => s.organisation.name,
              },
              { key: 'signedBy', header: t('agenda.agreement.signatures.signedBy'), cell: (s) => s.signedByName },
              { key: 'date', header: t('agenda.agreement.signatures.date'), cell: (s) => format.date(s.signedAt) },
            ]}
          />
        )}
      </section>
      {unsigned ? (
        <section className="card" aria-labelledby="agreement-unsigned-heading">
          <h3 id="agreement-unsigned-heading" className="card__title">
            {t('agenda.agreement.unsigned.heading', { count: unsigned.length })}
          </h3>
          <p className="agenda-muted">{t('agenda.agreement.unsigned.hint')}</p>
          {unsigned.length === 0 ? (
            <p>{t('agenda.agreement.unsigned.none')}</p>
          ) : (
            <ul className="agreement-unsigned">
              {unsigned.map((m) => (
                <li key={m.id}>
                  <span>{m.organisation.name}</span> <RoleBadge role={m.role} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
