import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { LoadingState } from '@/components/ui/spinner';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useActivity } from '../api/get-activity';
import { useActivityOptions } from '../api/get-activity-options';
import { canCreateActivities, canEditActivity, type ActivityViewer } from '../utils/permissions';
import { ActivityForm } from './activity-form';
import { ObserverNotice } from './observer-notice';

/** The create page (`activityId` absent) or the edit page of one activity. */
export function ActivityFormPage({ allianceId, viewer, activityId }: { allianceId: string; viewer: ActivityViewer; activityId?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const describe = useErrorMessage();
  const list = `/a/${allianceId}/activities`;
  const allowed = canCreateActivities(viewer);
  const options = useActivityOptions(allianceId, allowed);
  const activity = useActivity(allianceId, activityId ?? '');
  const editing = activityId !== undefined;
  const title = editing ? t('activities.form.editTitle') : t('activities.form.createTitle');

  if (viewer.role === 'OBSERVER') return <ObserverNotice allianceId={allianceId} />;

  const header = (
    <PageHeader
      eyebrow={editing && activity.data ? activity.data.title : t('activities.title')}
      title={title}
      description={editing ? undefined : t('activities.form.createDescription')}
    />
  );
  const refused = (
    <div className="page page--narrow">
      {header}
      <Alert
        tone="info"
        actions={
          <ButtonLink to={editing ? `${list}/${activityId}` : list} size="sm">
            {t('activities.detail.back')}
          </ButtonLink>
        }
      >
        {t('activities.detail.readOnly')}
      </Alert>
    </div>
  );

  if (!allowed) return refused;
  if (options.isPending || (editing && activity.isPending)) return <LoadingState label={t('activities.detail.loading')} />;
  if (options.isError || (editing && activity.isError)) {
    const error = options.error ?? activity.error;
    return (
      <div className="page page--narrow">
        {header}
        <Alert
          tone={isApiError(error, 'NOT_FOUND') ? 'info' : 'error'}
          title={
            isApiError(error, 'NOT_FOUND')
              ? t('activities.detail.notFound')
              : options.isError
                ? t('activities.form.loadFailed')
                : t('activities.detail.loadFailed')
          }
          actions={
            isApiError(error, 'NOT_FOUND') ? (
              <ButtonLink to={list} size="sm">
                {t('activities.detail.back')}
              </ButtonLink>
            ) : (
              <Button size="sm" onClick={() => void (options.isError ? options.refetch() : activity.refetch())}>
                {t('common.retry')}
              </Button>
            )
          }
        >
          {isApiError(error, 'NOT_FOUND') ? null : describe(error)}
        </Alert>
      </div>
    );
  }
  if (editing && activity.data && !canEditActivity(viewer, activity.data)) return refused;

  return (
    <div className="page page--narrow">
      {header}
      <ActivityForm
        allianceId={allianceId}
        viewer={viewer}
        options={options.data}
        activity={editing ? activity.data : undefined}
        cancelTo={editing ? `${list}/${activityId}` : list}
        onSaved={(id) => void navigate(`${list}/${id}`)}
      />
    </div>
  );
}
