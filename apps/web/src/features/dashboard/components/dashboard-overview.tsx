import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '@/components/ui/empty-state';
import { Icon, type IconName } from '@/components/ui/icon';
import { PageHeader } from '@/components/ui/page-header';
import { useFormat } from '@/lib/i18n';

export interface DashboardAlliance {
  name: string;
  kind: string;
  lifecycle: string;
  periodStart?: string | null;
  periodEnd?: string | null;
  organisationName: string;
  role: string;
}

const CONDITIONS: { key: string; icon: IconName; path: string }[] = [
  { key: 'agenda', icon: 'agenda', path: 'agenda' },
  { key: 'indicators', icon: 'indicators', path: 'indicators' },
  { key: 'activities', icon: 'activities', path: 'activities' },
  { key: 'communication', icon: 'log', path: 'log' },
  { key: 'members', icon: 'members', path: 'members' },
];

/**
 * The alliance at a glance. Progress charts arrive with the indicators API; until then the
 * page orients: where the alliance stands and where each of the five conditions is kept.
 */
export function DashboardOverview({ alliance }: { alliance: DashboardAlliance }) {
  const { t } = useTranslation();
  const format = useFormat();
  const period =
    alliance.periodStart || alliance.periodEnd
      ? t('alliances.period', { start: format.date(alliance.periodStart), end: format.date(alliance.periodEnd) })
      : t('dashboard.openEnded');

  return (
    <div className="page">
      <PageHeader eyebrow={t('areas.dashboard.eyebrow')} title={alliance.name} description={t('areas.dashboard.description')} />
      <dl className="facts">
        <div className="facts__item">
          <dt>{t('dashboard.kind')}</dt>
          <dd>{t(`allianceKinds.${alliance.kind}`)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('dashboard.lifecycle')}</dt>
          <dd>{t(`lifecycles.${alliance.lifecycle}`)}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('dashboard.period')}</dt>
          <dd>{period}</dd>
        </div>
        <div className="facts__item">
          <dt>{t('dashboard.yourRole')}</dt>
          <dd>
            {t(`roles.${alliance.role}`)}
            <span className="facts__note">{alliance.organisationName}</span>
          </dd>
        </div>
      </dl>
      <div className="dashboard-grid">
        <section className="card" aria-labelledby="dashboard-progress">
          <h2 id="dashboard-progress" className="card__title">
            {t('dashboard.progress')}
          </h2>
          <EmptyState icon="indicators" title={t('areas.dashboard.emptyTitle')}>
            <p>{t('areas.dashboard.emptyText')}</p>
          </EmptyState>
        </section>
        <section className="card" aria-labelledby="dashboard-conditions">
          <h2 id="dashboard-conditions" className="card__title">
            {t('dashboard.conditions')}
          </h2>
          <ol className="conditions">
            {CONDITIONS.map((c, index) => (
              <li key={c.key}>
                <Link to={`../${c.path}`} relative="path" className="conditions__link">
                  <span className="conditions__icon">
                    <Icon name={c.icon} />
                  </span>
                  <span className="conditions__text">
                    <span className="conditions__title">
                      {index + 1}. {t(`dashboard.conditionNames.${c.key}`)}
                    </span>
                    <span className="conditions__description">{t(`dashboard.conditionDescriptions.${c.key}`)}</span>
                  </span>
                  <Icon name="chevronRight" size={18} />
                </Link>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </div>
  );
}
