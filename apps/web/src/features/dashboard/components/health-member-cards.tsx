import { useTranslation } from 'react-i18next';
import { TargetProgress } from '@/components/charts/target-progress';
import { useFormat } from '@/lib/i18n';
import type { AllianceHealth } from '../api/get-alliance-health';
import { DashboardCard, KeyFigure } from './dashboard-card';

const SHOWN = 5;

/**
 * Members that have been silent longest (never contributed first). A list, not a bar chart: the
 * days are in the words, and organisation names are too long for a chart's axis in a card.
 */
export function SilentMembersCard({ members }: { members: AllianceHealth['lastContributions'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const never = members.filter((m) => !m.lastContributionOn).length;
  const quietest = members.slice(0, SHOWN);
  return (
    <DashboardCard title={t('dashboard.health.silent.title')} link={{ to: '../members', label: t('dashboard.health.silent.link') }}>
      <KeyFigure>
        {never > 0
          ? t('dashboard.health.silent.never', { count: never, formatted: format.number(never) })
          : t('dashboard.health.silent.allContributed', { count: members.length, formatted: format.number(members.length) })}
      </KeyFigure>
      {quietest.length > 0 ? (
        // The figure above counts who never contributed; the list shows the quietest, contributors included.
        <p className="muted">{t('dashboard.health.silent.listHeading', { count: quietest.length, formatted: format.number(quietest.length) })}</p>
      ) : null}
      {quietest.length > 0 ? (
        <ul className="dashboard-list">
          {quietest.map((m) => (
            <li key={m.membershipId}>
              <strong>{m.organisation.name}</strong>
              {': '}
              {m.lastContributionOn
                ? t('dashboard.health.silent.since', {
                    count: m.daysSince ?? 0,
                    formatted: format.number(m.daysSince),
                    date: format.date(m.lastContributionOn),
                  })
                : t('dashboard.health.silent.noContribution')}
            </li>
          ))}
        </ul>
      ) : null}
    </DashboardCard>
  );
}

/** Open action items past their due date. */
export function OverdueItemsCard({ overdue }: { overdue: AllianceHealth['overdueActionItems'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const items = overdue.items.slice(0, SHOWN);
  return (
    <DashboardCard title={t('dashboard.health.overdue.title')} link={{ to: '../log', label: t('dashboard.health.overdue.link') }}>
      <KeyFigure>{t('dashboard.health.overdue.figure', { count: overdue.count, formatted: format.number(overdue.count) })}</KeyFigure>
      {items.length > 0 ? (
        <>
          <ul className="dashboard-list">
            {items.map((item) => (
              <li key={item.id}>
                <strong>{item.title}</strong>
                {' · '}
                {item.owner.name}
                {' · '}
                {t('dashboard.health.overdue.days', { count: item.daysOverdue, formatted: format.number(item.daysOverdue), date: format.date(item.dueOn) })}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('dashboard.health.overdue.none')}</p>
      )}
    </DashboardCard>
  );
}

/** Who has not signed the agreement version in force. `activeMembers` counts the ACTIVE members. */
export function SignaturesCard({ unsigned, activeMembers }: { unsigned: AllianceHealth['unsignedAgreement']; activeMembers: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const missing = unsigned.unsignedMembers.length;
  const signed = Math.max(0, activeMembers - missing);
  return (
    <DashboardCard title={t('dashboard.health.signatures.title')} link={{ to: '../agenda', label: t('dashboard.health.signatures.link') }}>
      {unsigned.currentVersionNumber === null || unsigned.currentVersionNumber === undefined ? (
        <p>{t('dashboard.health.signatures.noAgreement')}</p>
      ) : (
        <>
          <KeyFigure>
            {t('dashboard.health.signatures.figure', {
              version: unsigned.currentVersionNumber,
              signed: format.number(signed),
              count: activeMembers,
              formatted: format.number(activeMembers),
            })}
          </KeyFigure>
          <TargetProgress
            share={activeMembers ? signed / activeMembers : 0}
            text={t('dashboard.health.signatures.share', { percent: format.percent(activeMembers ? signed / activeMembers : 0) })}
            tone={missing === 0 ? 'good' : 'warning'}
          />
          {missing > 0 ? (
            <>
              <p>{t('dashboard.health.signatures.missing', { count: missing })}</p>
              <ul className="dashboard-list">
                {unsigned.unsignedMembers.map((m) => (
                  <li key={m.id}>{m.organisation.name}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('dashboard.health.signatures.allSigned')}</p>
          )}
        </>
      )}
    </DashboardCard>
  );
}
