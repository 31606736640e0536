import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActivityStatus } from '@/gql/graphql';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useChangeActivityStatus } from '../api/change-activity-status';
import type { Activity } from '../api/get-activity';
import { STATUS_TRANSITIONS } from '../utils/permissions';

/** The status changes the state machine allows from here, as buttons named by what they do. */
export function ActivityStatusControl({
  allianceId,
  activity,
  onConflict,
}: {
  allianceId: string;
  activity: Activity;
  onConflict: (attempted: ActivityStatus) => void;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const change = useChangeActivityStatus(allianceId);
  const [done, setDone] = useState<ActivityStatus | null>(null);
  const next = STATUS_TRANSITIONS[activity.status];
  const label = (to: ActivityStatus) =>
    activity.status === 'PAUSED' && to === 'RUNNING' ? t('activities.statusChange.toResume') : t(`activities.statusChange.to.${to}`);

  return (
    <section className="card card--padded activity-status" aria-labelledby="activity-status-title">
      <h2 id="activity-status-title" className="card__title">
        {t('activities.statusChange.title')}
      </h2>
      <p className="card__description">{t('activities.statusChange.current', { status: t(`activities.status.${activity.status}`) })}</p>
      {next.length ? (
        <div className="activity-status__actions">
          {next.map((to) => (
            <Button
              key={to}
              size="sm"
              variant={to === 'CANCELLED' ? 'danger' : 'secondary'}
              loading={change.isPending && change.variables?.status === to}
              disabled={change.isPending}
              onClick={() =>
                change.mutate(
                  { activityId: activity.id, status: to, version: activity.version },
                  {
                    onSuccess: (saved) => setDone(saved.status),
                    onError: (e) => {
                      if (isApiError(e, 'CONFLICT')) onConflict(to);
                    },
                  },
                )
              }
            >
              {label(to)}
            </Button>
          ))}
        </div>
      ) : (
        <p className="muted">{t('activities.statusChange.final')}</p>
      )}
      {done && !change.isError ? <Alert tone="success">{t('activities.statusChange.done', { status: t(`activities.status.${done}`) })}</Alert> : null}
      {change.isError && !isApiError(change.error, 'CONFLICT') ? (
        <Alert tone="error" title={t('activities.statusChange.failed')}>
          {describe(change.error)}
        </Alert>
      ) : null}
    </section>
  );
}
