import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '@/components/ui/icon';
import { useFormat } from '@/lib/i18n';
import type { AllianceHealth } from '../api/get-alliance-health';

/** Today as the reporting deadlines are written (YYYY-MM-DD). */
const today = () => new Date().toISOString().slice(0, 10);

interface Need {
  key: string;
  text: string;
  to: string;
  link: string;
}

/**
 * The backbone's dashboard opens with what needs it now: values to review, reports missing after
 * their deadline, overdue action items, members without the agreement in force. Each line leads
 * to where it is done; the cards below give the details.
 */
export function NeedsMeNow({
  health,
}: {
  health: Pick<AllianceHealth, 'pendingReviews' | 'reportingCompleteness' | 'overdueActionItems' | 'unsignedAgreement'>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const overdueMissing = health.reportingCompleteness.filter((p) => p.dueOn && p.dueOn < today()).reduce((n, p) => n + p.missing, 0);
  const unsigned = health.unsignedAgreement.currentVersionNumber ? health.unsignedAgreement.unsignedMembers.length : 0;
  const n = (count: number) => ({ count, formatted: format.number(count) });
  const needs: Need[] = [
    health.pendingReviews.count > 0 && {
      key: 'review',
      text: t('dashboard.now.review', n(health.pendingReviews.count)),
      to: '../review',
      link: t('dashboard.now.reviewLink'),
    },
    overdueMissing > 0 && {
      key: 'missing',
      text: t('dashboard.now.missing', n(overdueMissing)),
      to: '../indicators/periods',
      link: t('dashboard.now.missingLink'),
    },
    health.overdueActionItems.count > 0 && {
      key: 'items',
      text: t('dashboard.now.items', n(health.overdueActionItems.count)),
      to: '../log/action-items',
      link: t('dashboard.now.itemsLink'),
    },
    unsigned > 0 && {
      key: 'unsigned',
      text: t('dashboard.now.unsigned', { ...n(unsigned), version: health.unsignedAgreement.currentVersionNumber }),
      to: '../agenda',
      link: t('dashboard.now.unsignedLink'),
    },
  ].filter((need): need is Need => Boolean(need));

  return (
    <section className="needs-now" aria-labelledby="needs-now-title">
      <h2 id="needs-now-title" className="needs-now__title">
        {t('dashboard.now.title')}
      </h2>
      {needs.length === 0 ? (
        <p className="needs-now__none">
          <Icon name="success" size={18} /> {t('dashboard.now.none')}
        </p>
      ) : (
        <ul className="needs-now__list">
          {needs.map((need) => (
            <li key={need.key} className="needs-now__item">
              <span>{need.text}</span>
              <Link to={need.to} relative="path" className="needs-now__link">
                {need.link}
                <Icon name="arrowRight" size={16} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
