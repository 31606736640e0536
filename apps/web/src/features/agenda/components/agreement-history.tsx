import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { useFormat } from '@/lib/i18n';
import type { AgreementVersion } from '../api/get-agreement';

/** Every published version, newest first; each one's text can be opened in place. */
export function AgreementHistory({ versions, currentNumber }: { versions: AgreementVersion[]; currentNumber: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <section className="card" aria-labelledby="agreement-history-heading">
      <h3 id="agreement-history-heading" className="card__title">
        {t('agenda.agreement.history.heading')}
      </h3>
      <ol className="agreement-history">
        {versions.map((v) => (
          <li key={v.id} className="agreement-history__item">
            <details>
              <summary>
                <span className="agreement-history__number">{t('agenda.agreement.version', { number: v.number })}</span>
                <span className="agreement-history__title">{v.title}</span>
                {v.number === currentNumber ? <Badge tone="success">{t('agenda.agreement.history.current')}</Badge> : null}
                <span className="agreement-history__meta">
                  {t('agenda.agreement.publishedBy', { date: format.date(v.publishedAt), name: v.publishedByName })} ·{' '}
                  {t('agenda.agreement.history.signatures', { count: v.signatureCount })}
                </span>
              </summary>
              <div className="agreement-history__text">
                <div className="prose">{v.body}</div>
                <h4 className="agreement__subtitle">{t('agenda.agreement.conflictProcedure')}</h4>
                <div className="prose">{v.conflictProcedure}</div>
              </div>
            </details>
          </li>
        ))}
      </ol>
    </section>
  );
}
