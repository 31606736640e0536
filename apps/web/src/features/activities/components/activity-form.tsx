import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button, ButtonLink } from '@/components/ui/button';
import { ConflictDialog } from '@/components/ui/conflict-dialog';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { DateField, NumberField, type InputState } from '@/components/ui/locale-inputs';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { isApiError } from '@/lib/graphql-client';
import { useFormat } from '@/lib/i18n';
import { useCreateActivity } from '../api/create-activity';
import { activityQueryOptions, type Activity } from '../api/get-activity';
import type { ActivityOptions } from '../api/get-activity-options';
import { useUpdateActivity } from '../api/update-activity';
import { emptyValues, toActivityFields, validate, valuesFromActivity, type ActivityFormValues, type FormProblems } from '../utils/form-values';
import type { ActivityViewer } from '../utils/permissions';

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
  const format = useFormat();
  const client = useQueryClient();
  const create = useCreateActivity(allianceId);
  const update = useUpdateActivity(allianceId);
  const [base, setBase] = useState(activity);
  const [values, setValues] = useState<ActivityFormValues>(() => (activity ? valuesFromActivity(activity) : emptyValues(viewer.membershipId)));
  const [problems, setProblems] = useState<FormProblems>({});
  const [unparsed, setUnparsed] = useState<Set<string>>(new Set());
  const [conflict, setConflict] = useState<Activity | null>(null);
  const mutation = activity ? update : create;
  const error = mutation.error;

  const set = <K extends keyof ActivityFormValues>(key: K, value: ActivityFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const track = (field: string) => (state: InputState) =>
    setUnparsed((s) => {
      const next = new Set(s);
      if (state === 'invalid') next.add(field);
      else next.delete(field);
      return next;
    });
  const toggle = (key: 'goalIds' | 'indicatorIds', id: string, on: boolean) =>
    setValues((v) => ({ ...v, [key]: on ? [...v[key], id] : v[key].filter((x) => x !== id) }));

  const save = (version: number | undefined) => {
    const fields = toActivityFields(values);
    if (activity && version !== undefined) {
      update.mutate(
        { activityId: activity.id, version, ...fields },
        {
          onSuccess: (saved) => onSaved(saved.id),
          onError: async (e) => {
            if (!isApiError(e, 'CONFLICT')) return;
            setConflict(await client.fetchQuery({ ...activityQueryOptions(allianceId, activity.id), staleTime: 0 }).catch(() => base ?? activity));
          },
        },
      );
    } else {
      const owner = viewer.role === 'BACKBONE' && values.membershipId !== viewer.membershipId ? { membershipId: values.membershipId } : {};
      create.mutate({ ...fields, ...owner, status: values.status }, { onSuccess: (saved) => onSaved(saved.id) });
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values);
    setProblems(found);
    if (Object.keys(found).length || unparsed.size) return;
    save(base?.version);
  };

  const problem = (field: 'title' | 'periodEnd') =>
    problems[field] === 'required' ? t('activities.form.titleRequired') : problems[field] === 'beforeStart' ? t('activities.form.periodOrder') : undefined;
  const serverField = (field: string) => {
    if (!isApiError(error)) return undefined;
    const code = error.fields.find((f) => f.field === field)?.code;
    if (code && ['beforeStart', 'tooMany', 'memberNotActive'].includes(code)) return t(`activities.form.fieldErrors.${code}`);
    return fieldError(t, error, field);
  };
  const members = options.members
    .filter((m) => m.state === 'ACTIVE')
    .map((m) => ({ value: m.id, label: m.organisation.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const statuses = (['PLANNED', 'RUNNING'] as const).map((s) => ({ value: s, label: t(`activities.status.${s}`) }));

  return (
    <form className="form activity-form" onSubmit={onSubmit} noValidate>
      {error && !isApiError(error, 'CONFLICT') ? (
        <Alert tone="error" title={t('activities.form.failed')}>
          {describe(error, { FORBIDDEN: t('activities.form.forbidden') })}
        </Alert>
      ) : unparsed.size ? (
        <Alert tone="warning">{t('activities.form.fixInputs')}</Alert>
      ) : null}

      <fieldset className="activity-form__section">
        <legend className="activity-form__legend">{t('activities.form.basics')}</legend>
        <TextField label={t('activities.form.title')} value={values.title} maxLength={200} onChange={(e) => set('title', e.target.value)} error={problem('title') ?? serverField('title')} />
        <TextAreaField optional label={t('activities.form.description')} rows={4} value={values.description} onChange={(e) => set('description', e.target.value)} />
        {!activity && viewer.role === 'BACKBONE' ? (
          <SelectField
            label={t('activities.form.organisation')}
            hint={t('activities.form.organisationHint')}
            value={values.membershipId}
            options={members}
            onChange={(e) => set('membershipId', e.target.value)}
            error={serverField('membershipId')}
          />
        ) : null}
        {!activity ? (
          <SelectField label={t('activities.form.initialStatus')} value={values.status} options={statuses} onChange={(e) => set('status', e.target.value as ActivityFormValues['status'])} />
        ) : null}
      </fieldset>

      <fieldset className="activity-form__section">
        <legend className="activity-form__legend">{t('activities.form.whereWhen')}</legend>
        <TextField
          optional
          label={t('activities.form.targetGroups')}
          hint={t('activities.form.targetGroupsHint')}
          value={values.targetGroups}
          onChange={(e) => set('targetGroups', e.target.value)}
          error={serverField('targetGroups')}
        />
        <div className="form__row">
          <SelectField
            optional
            label={t('activities.form.district')}
            hint={t(options.districts.length ? 'activities.form.districtHint' : 'activities.form.districtNone')}
            value={values.districtId}
            options={[{ value: '', label: t('activities.form.noDistrict') }, ...options.districts.map((d) => ({ value: d.id, label: d.name }))]}
            onChange={(e) => set('districtId', e.target.value)}
            error={serverField('districtId')}
          />
          <TextField optional label={t('activities.form.place')} value={values.place} onChange={(e) => set('place', e.target.value)} />
        </div>
        <div className="form__row">
          <DateField
            optional
            label={t('activities.form.periodStart')}
            value={values.periodStart}
            onChange={(v, state) => {
              set('periodStart', v);
              track('periodStart')(state);
            }}
            error={serverField('periodStart')}
          />
          <DateField
            optional
            label={t('activities.form.periodEnd')}
            hint={`${t('activities.form.periodEndHint')} ${t('inputs.dateHint', { pattern: format.datePattern })}`}
            value={values.periodEnd}
            onChange={(v, state) => {
              set('periodEnd', v);
              track('periodEnd')(state);
            }}
            error={problem('periodEnd') ?? serverField('periodEnd')}
          />
        </div>
      </fieldset>

      <fieldset className="activity-form__section">
        <legend className="activity-form__legend">{t('activities.form.goalsLegend')}</legend>
        {options.goals.length ? (
          <ul className="activity-form__choices">
            {options.goals.map((g) => (
              <li key={g.id} style={{ paddingInlineStart: `${g.depth * 1.5}rem` }}>
                <label className="checkbox">
                  <input type="checkbox" checked={values.goalIds.includes(g.id)} onChange={(e) => toggle('goalIds', g.id, e.target.checked)} />
                  <span>{g.title}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('activities.form.noGoals')}</p>
        )}
      </fieldset>

      <fieldset className="activity-form__section">
        <legend className="activity-form__legend">{t('activities.form.indicators')}</legend>
        {options.indicators.length ? (
          <ul className="activity-form__choices activity-form__choices--columns">
            {options.indicators.map((i) => (
              <li key={i.id}>
                <label className="checkbox">
                  <input type="checkbox" checked={values.indicatorIds.includes(i.id)} onChange={(e) => toggle('indicatorIds', i.id, e.target.checked)} />
                  <span>{i.name}</span>
                </label>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">{t('activities.form.noIndicators')}</p>
        )}
      </fieldset>

      <fieldset className="activity-form__section">
        <legend className="activity-form__legend">{t('activities.form.resourcesSection')}</legend>
        <TextAreaField optional label={t('activities.form.resources')} hint={t('activities.form.resourcesHint')} rows={2} value={values.resources} onChange={(e) => set('resources', e.target.value)} />
        <div className="form__row">
          <NumberField
            optional
            label={t('activities.form.budget')}
            value={values.budgetEur}
            maximumFractionDigits={2}
            onChange={(v, state) => {
              set('budgetEur', v);
              track('budgetEur')(state);
            }}
            error={serverField('budgetEur')}
          />
          <NumberField
            optional
            label={t('activities.form.staffHours')}
            value={values.staffHoursPerMonth}
            maximumFractionDigits={1}
            onChange={(v, state) => {
              set('staffHoursPerMonth', v);
              track('staffHoursPerMonth')(state);
            }}
            error={serverField('staffHoursPerMonth')}
          />
        </div>
      </fieldset>

      <div className="form__actions">
        <ButtonLink to={cancelTo} variant="ghost">
          {t('common.cancel')}
        </ButtonLink>
        <Button type="submit" variant="primary" loading={mutation.isPending}>
          {activity ? t('activities.form.save') : t('activities.form.createSubmit')}
        </Button>
      </div>

      <ConflictDialog
        open={conflict !== null}
        current={conflict?.title}
        mine={values.title}
        onClose={() => setConflict(null)}
        onReload={() => {
          if (conflict) {
            setBase(conflict);
            setValues(valuesFromActivity(conflict));
          }
          update.reset();
          setConflict(null);
        }}
        onReapply={() => {
          if (!conflict) return;
          setBase(conflict);
          setConflict(null);
          update.reset();
          save(conflict.version);
        }}
      />
    </form>
  );
}
