import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '@/components/ui/icon';
import { useFormat } from '@/lib/i18n';
import type { ActivityMapData } from '../api/get-activity-map';
import type { MapMatrix } from '../utils/activity-map';
import { formatPeriod } from '../utils/period';

/** Each gap and overlap in words, with the way to the activities behind it. */
export function ActivityMapFindings({ allianceId, map, matrix }: { allianceId: string; map: ActivityMapData; matrix: MapMatrix }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = `/a/${allianceId}/activities`;
  const totalOf = new Map(matrix.rows.map((r) => [r.goalId, r.total]));

  return (
    <section className="activity-findings" aria-labelledby="activity-findings-title">
      <h2 id="activity-findings-title" className="section__title">
        {t('activities.map.findings')}
      </h2>
      <div className="activity-findings__grid">
        <section className="card card--padded activity-findings__panel activity-findings__panel--gaps" aria-labelledby="activity-gaps-title">
          <h3 id="activity-gaps-title" className="card__title">
            <Icon name="alert" size={18} aria-hidden="true" /> {t('activities.map.gaps.title', { count: map.gaps.length })}
          </h3>
          {map.gaps.length ? (
            <ul className="activity-findings__list">
              {map.gaps.map((gap) => {
                const linked = totalOf.get(gap.goalId) ?? 0;
                return (
                  <li key={gap.goalId}>
                    <p className="activity-findings__statement">{t('activities.map.gaps.item', { goal: gap.goalTitle, date: format.date(map.asOf) })}</p>
                    <p className="muted">{linked ? t('activities.map.gaps.linked', { count: linked }) : t('activities.map.gaps.nothing')}</p>
                    {linked ? (
                      <Link to={`${list}?goal=${gap.goalId}`}>
                        {t('activities.map.gaps.showActivities')}
                        <span className="visually-hidden"> – {gap.goalTitle}</span>
                      </Link>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="muted">{t('activities.map.gaps.none')}</p>
          )}
        </section>
        <section className="card card--padded activity-findings__panel activity-findings__panel--overlaps" aria-labelledby="activity-overlaps-title">
          <h3 id="activity-overlaps-title" className="card__title">
            <Icon name="link" size={18} aria-hidden="true" /> {t('activities.map.overlaps.title', { count: map.overlaps.length })}
          </h3>
          {map.overlaps.length ? (
            <>
              <ul className="activity-findings__list">
                {map.overlaps.map((o) => (
                  <li key={`${o.goalId}|${o.targetGroup}|${o.district}`}>
                    <p className="activity-findings__statement">
                      {t('activities.map.overlaps.item', { goal: o.goalTitle, targetGroup: o.targetGroup, district: o.district })}
                    </p>
                    <ul className="activities-goal-list">
                      {o.activities.map((a) => (
                        <li key={a.id}>
                          <Link to={`${list}/${a.id}`}>{a.title}</Link> – {a.organisation.name}, {formatPeriod(t, format.date, a.periodStart, a.periodEnd)}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
              <p className="muted">{t('activities.map.overlaps.hint')}</p>
            </>
          ) : (
            <p className="muted">{t('activities.map.overlaps.none')}</p>
          )}
        </section>
      </div>
    </section>
  );
}
