import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Badge } from '@/components/ui/badge';
import { Icon } from '@/components/ui/icon';
import { useFormat } from '@/lib/i18n';
import { intensity, type MapMatrix } from '../utils/activity-map';

/**
 * Goals (rows) × member organisations (columns). Every cell says its number in text; the
 * shade repeats it for a quick scan. A count links to the list filtered to that goal and member.
 */
export function ActivityMapTable({ allianceId, matrix, asOf }: { allianceId: string; matrix: MapMatrix; asOf: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = `/a/${allianceId}/activities`;

  return (
    <div className="activity-map__scroll" role="region" aria-label={t('activities.map.tableRegion')} tabIndex={0}>
      <table className="activity-map__table">
        <caption className="visually-hidden">{t('activities.map.caption', { date: format.date(asOf) })}</caption>
        <thead>
          <tr>
            <th scope="col" className="activity-map__goal-head">
              {t('activities.map.goalColumn')}
            </th>
            {matrix.columns.map((c) => (
              <th key={c.membershipId} scope="col" className="activity-map__member">
                {c.name}
              </th>
            ))}
            <th scope="col" className="activity-map__member">
              {t('activities.map.totalColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {matrix.rows.map((row) => (
            <tr key={row.goalId} className={row.isGap ? 'activity-map__row--gap' : undefined}>
              <th scope="row" className="activity-map__goal" style={{ paddingInlineStart: `calc(var(--space-3) + ${row.depth * 1.25}rem)` }}>
                <span className="activity-map__goal-title">{row.title}</span>
                {row.isGap || row.overlapCount ? (
                  <span className="activity-map__markers">
                    {row.isGap ? (
                      <Badge tone="warning">
                        <Icon name="alert" size={14} aria-hidden="true" /> {t('activities.map.gapMarker')}
                      </Badge>
                    ) : null}
                    {row.overlapCount ? (
                      <Badge tone="info">
                        <Icon name="link" size={14} aria-hidden="true" /> {t('activities.map.overlapMarker')}
                      </Badge>
                    ) : null}
                  </span>
                ) : null}
              </th>
              {row.cells.map((cell, i) => {
                const level = intensity(cell.activityCount, matrix.max);
                const organisation = matrix.columns[i]!.name;
                return (
                  <td key={cell.membershipId} className={`activity-map__cell activity-map__cell--${level}`}>
                    {cell.activityCount ? (
                      // The name starts with the hidden goal and member, then repeats exactly what is visible.
                      <Link to={`${list}?goal=${row.goalId}&member=${cell.membershipId}`} className="activity-map__count">
                        <span className="visually-hidden">{t('activities.map.cellContext', { goal: row.title, organisation })}</span>{' '}
                        <span>{format.number(cell.activityCount)}</span>{' '}
                        <span className="activity-map__running">{t('activities.map.cellRunning', { count: cell.runningCount })}</span>
                      </Link>
                    ) : (
                      <span className="activity-map__zero">{format.number(0)}</span>
                    )}
                  </td>
                );
              })}
              <td className="activity-map__cell activity-map__total">{format.number(row.total)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
