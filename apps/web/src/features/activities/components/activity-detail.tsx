import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { useConflictState } from '@/components/ui/use-conflict-state';
import type { ActivityStatus } from '@/gql/graphql';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { useChangeActivityStatus } from '../api/change-activity-status';
import { useDeleteActivity } from '../api/delete-activity';
import { activityQueryOptions, useActivity, type Activity } from '../api/get-activity';
import { formatPeriod } from '../utils/period';
import { canEditActivity, isDeletable, STATUS_TRANSITIONS, type ActivityViewer } from '../utils/permissions';
import { ActivityStatusBadge } from './activity-status-badge';
import { ActivityStatusControl } from './activity-status-control';
import { ObserverNotice } from './observer-notice';

/** One activity: what, for whom, where, when, towards which goals; status and deletion for those who may edit it. */
export function ActivityDetail({ allianceId, activityId, viewer }: { allianceId: string; activityId: string; viewer: ActivityViewer }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const observer = viewer.role === 'OBSERVER';
  const activity = useActivity(allianceId, activityId, !observer);
  const remove = useDeleteActivity(allianceId);
  const [confirming, setConfirming] = useState(false);
  // What the user tried: a status change (re-applied when the stored status still allows it) or deleting (never repeated unseen).
  const conflict = useConflictState<Activity, ActivityStatus | 'delete'>();
  const showConflict = (attempt: ActivityStatus | 'delete') => void conflict.show(activityQueryOptions(allianceId, activityId), (a) => a, attempt);
  const reapplying = useChangeActivityStatus(allianceId);
  const list = `/a/${allianceId}/activities`;

  if (observer || isApiError(activity.error, 'FORBIDDEN')) return <ObserverNotice allianceId={allianceId} />;
  if (activity.isPending) return <LoadingState label={t('activities.detail.loading')} />;
  // While a conflict dialog says the activity is gone, the page behind it stays as it was.
  if (activity.isError && !(activity.data && conflict.conflict)) {
    const missing = isApiError(activity.error, 'NOT_FOUND') || isApiError(activity.error, 'VALIDATION_FAILED');
    return (
      <div className="page page--narrow">
        <h1 className="page-header__title">{missing ? t('activities.detail.notFound') : t('activities.detail.loadFailed')}</h1>
        <Alert
          tone={missing ? 'info' : 'error'}
          actions={
            <ButtonLink to={list} size="sm">
              {t('activities.detail.back')}
            </ButtonLink>
          }
        >
          {missing ? null : describe(activity.error)}
        </Alert>
      </div>
    );
  }

  const a = activity.data;
  const editable = canEditActivity(viewer, a);
  const none = <span className="muted">{t('activities.detail.none')}</span>;
  const fact = (label: string, value: ReactNode) => (
    <div className="activity-facts__item">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );

  return (
    <div className="page">
      <p className="activity-detail__back">
        <Link to={list}>← {t('activities.detail.back')}</Link>
      </p>
      <PageHeader
        title={a.title}
        description={
          <>
            {t('activities.detail.by', { organisation: a.organisation.name })} · <ActivityStatusBadge status={a.status} />
          </>
        }
        actions={
          editable ? (
            <>
              <ButtonLink to={`${list}/${a.id}/edit`} variant="primary" icon="edit">
                {t('activities.detail.edit')}
              </ButtonLink>
              {isDeletable(a.status) ? (
                <Button variant="danger" icon="trash" onClick={() => setConfirming(true)}>
                  {t('activities.delete.open')}
                </Button>
              ) : null}
            </>
          ) : undefined
        }
      />
      <div className="activity-detail">
        <div className="activity-detail__main">
          <section className="card card--padded" aria-labelledby="activity-description">
            <h2 id="activity-description" className="card__title">
              {t('activities.detail.description')}
            </h2>
            <p className="activity-detail__text">{a.description || <span className="muted">{t('activities.detail.noDescription')}</span>}</p>
          </section>
          <section className="card card--padded" aria-labelledby="activity-facts">
            <h2 id="activity-facts" className="card__title">
              {t('activities.detail.facts')}
            </h2>
            <dl className="activity-facts">
              {fact(t('activities.detail.organisation'), a.organisation.name)}
              {fact(t('activities.detail.period'), formatPeriod(t, format.date, a.periodStart, a.periodEnd))}
              {fact(t('activities.detail.district'), a.district ?? none)}
              {fact(t('activities.detail.place'), a.place ?? none)}
              {fact(t('activities.detail.targetGroups'), a.targetGroups.length ? a.targetGroups.join(', ') : none)}
              {fact(
                t('activities.detail.goals'),
                a.goals.length ? (
                  <ul className="activities-goal-list">
                    {a.goals.map((g) => (
                      <li key={g.id}>{g.title}</li>
                    ))}
                  </ul>
                ) : (
                  none
                ),
              )}
              {fact(
                t('activities.detail.indicators'),
                a.indicators.length ? (
                  <ul className="activities-goal-list">
                    {a.indicators.map((i) => (
                      <li key={i.id}>{i.name}</li>
                    ))}
                  </ul>
                ) : (
                  none
                ),
              )}
              {fact(t('activities.detail.resources'), a.resources || none)}
              {fact(
                t('activities.detail.budget'),
                a.budgetEur != null
                  ? format.number(a.budgetEur, { unit: '€', minimumFractionDigits: Number.isInteger(a.budgetEur) ? 0 : 2, maximumFractionDigits: 2 })
                  : none,
              )}
              {fact(
                t('activities.detail.staffHours'),
                a.staffHoursPerMonth != null ? t('activities.detail.staffHoursValue', { hours: format.number(a.staffHoursPerMonth) }) : none,
              )}
            </dl>
            <p className="table__secondary">{t('activities.detail.updated', { date: format.dateTime(a.updatedAt) })}</p>
          </section>
        </div>
        <aside className="activity-detail__side">
          {editable ? (
            <>
              <ActivityStatusControl allianceId={allianceId} activity={a} onConflict={showConflict} />
              {!isDeletable(a.status) ? <p className="muted activity-detail__note">{t('activities.delete.notDeletable')}</p> : null}
            </>
          ) : (
            <Alert tone="info">{t('activities.detail.readOnly')}</Alert>
          )}
        </aside>
      </div>

      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={t('activities.delete.title')}
        description={t('activities.delete.text', { title: a.title })}
        confirmLabel={t('activities.delete.confirm')}
        pending={remove.isPending}
        onConfirm={() =>
          remove.mutate(
            { activityId: a.id, version: a.version },
            {
              onSuccess: () => void navigate(list, { replace: true, state: { notice: t('activities.delete.deleted', { title: a.title }) } }),
              onError: (e) => {
                if (!isApiError(e, 'CONFLICT')) return;
                setConfirming(false);
                showConflict('delete');
              },
            },
          )
        }
      >
        {remove.isError && !isApiError(remove.error, 'CONFLICT') ? (
          <Alert tone="error" title={t('activities.delete.failed')}>
            {describe(remove.error)}
          </Alert>
        ) : null}
      </ConfirmDialog>
      {reapplying.isError && !isApiError(reapplying.error, 'CONFLICT') ? (
        <Alert tone="error" title={t('activities.statusChange.failed')}>
          {describe(reapplying.error)}
        </Alert>
      ) : null}
      <ConflictDialog
        {...conflict.dialog({
          describe: (stored) =>
            t('activities.detail.storedStatus', { status: t(`activities.status.${stored.status}`), date: format.dateTime(stored.updatedAt) }),
          reload: () => void activity.refetch(),
          canReapply: (stored, attempt) => attempt !== 'delete' && STATUS_TRANSITIONS[stored.status].includes(attempt),
          reapply: (stored, attempt) => {
            if (attempt === 'delete') return;
            reapplying.mutate(
              { activityId: stored.id, status: attempt, version: stored.version },
              { onError: (e) => (isApiError(e, 'CONFLICT') ? showConflict(attempt) : undefined) },
            );
          },
        })}
      />
    </div>
  );
}
