import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import type { Activity } from '../api/get-activity';
import type { ActivityOptions } from '../api/get-activity-options';
import type { ActivityViewer } from '../utils/permissions';
import {
  ActivityBasicsSection,
  ActivityGoalsSection,
  ActivityIndicatorsSection,
  ActivityResourcesSection,
  ActivityWhereWhenSection,
} from './activity-form-sections';
import { useActivityForm } from './use-activity-form';

/**
 * Creates an activity, or edits one (`activity` given). Sends every field, with the version the
 * user started from; a newer version on the server opens the conflict dialog.
 */
export function ActivityForm({
  allianceId,
  viewer,
  options,
  activity,
  onSaved,
  cancelTo,
}: {
  allianceId: string;
  viewer: ActivityViewer;
  options: ActivityOptions;
  activity?: Activity;
  onSaved: (activityId: string) => void;
  cancelTo: string;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const form = useActivityForm({ allianceId, viewer, activity, onSaved });
  const { error } = form;

  return (
    <form className="form activity-form" onSubmit={form.onSubmit} noValidate>
      {error && !isApiError(error, 'CONFLICT') ? (
        <Alert tone="error" title={t('activities.form.failed')}>
          {describe(error, { FORBIDDEN: t('activities.form.forbidden') })}
        </Alert>
      ) : form.unparsed.size ? (
        <Alert tone="warning">{t('activities.form.fixInputs')}</Alert>
      ) : null}

      <ActivityBasicsSection form={form} options={options} isNew={!activity} chooseOwner={viewer.role === 'BACKBONE'} />
      <ActivityWhereWhenSection form={form} options={options} />
      <ActivityGoalsSection form={form} options={options} />
      <ActivityIndicatorsSection form={form} options={options} />
      <ActivityResourcesSection form={form} />

      <div className="form__actions">
        <ButtonLink to={cancelTo} variant="ghost">
          {t('common.cancel')}
        </ButtonLink>
        <Button type="submit" variant="primary" loading={form.pending}>
          {activity ? t('activities.form.save') : t('activities.form.createSubmit')}
        </Button>
      </div>

      <ConflictDialog
        open={form.conflict !== null}
        current={form.conflict?.title}
        mine={form.values.title}
        onClose={form.closeConflict}
        onReload={form.reload}
        onReapply={form.reapply}
      />
    </form>
  );
}
