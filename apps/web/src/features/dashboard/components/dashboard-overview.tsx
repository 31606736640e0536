import type { MembershipRoleName } from '@gemeinwerk/shared';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui/page-header';
import { useFormat } from '@/lib/i18n';
import { GoalsCard } from './goals-card';
import { HealthView } from './health-view';
import { IndicatorProgressSection } from './indicator-progress-section';
import { MyActionItemsCard, MyReportsCard, ReportingStatusCard } from './member-cards';
import { FirstSteps } from '@/components/help/first-steps';

export interface DashboardAlliance {
  id: string;
  name: string;
  kind: string;
  lifecycle: string;
  periodStart?: string | null;
  periodEnd?: string | null;
  organisationName: string;
  membershipId: string;
  role: MembershipRoleName;
}

/**
 * The alliance at a glance, by role: the backbone sees the alliance's health; partners what
 * they have to report; funders and observers the progress toward the targets (approved data).
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
      <PageHeader eyebrow={t('areas.dashboard.eyebrow')} title={alliance.name} description={t(`dashboard.intro.${alliance.role}`)} />
      <FirstSteps role={alliance.role} />
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
      {alliance.role === 'BACKBONE' ? <HealthView allianceId={alliance.id} /> : null}
      {alliance.role === 'PARTNER' ? (
        <div className="dashboard-grid">
          <MyReportsCard allianceId={alliance.id} membershipId={alliance.membershipId} />
          <MyActionItemsCard allianceId={alliance.id} />
          <ReportingStatusCard allianceId={alliance.id} />
        </div>
      ) : null}
      {alliance.role === 'FUNDER' || alliance.role === 'OBSERVER' ? (
        <div className="dashboard-grid">
          <ReportingStatusCard allianceId={alliance.id} />
          <GoalsCard allianceId={alliance.id} />
        </div>
      ) : null}
      <IndicatorProgressSection allianceId={alliance.id} />
    </div>
  );
}
