import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { DateField, NumberField } from '@/components/ui/locale-inputs';
import { useFormat } from '@/lib/i18n';
import type { ActivityOptions } from '../api/get-activity-options';
import { memberChoices, type ActivityFormValues } from '../utils/form-values';
import type { useActivityForm } from './use-activity-form';

type Form = ReturnType<typeof useActivityForm>;

/** Title, description, and for a new activity its organisation (backbone only) and first status. */
export function ActivityBasicsSection({ form, options, isNew, chooseOwner }: { form: Form; options: ActivityOptions; isNew: boolean; chooseOwner: boolean }) {
  const { t } = useTranslation();
  const { values, set } = form;
  const statuses = (['PLANNED', 'RUNNING'] as const).map((s) => ({ value: s, label: t(`activities.status.${s}`) }));
  return (
    <fieldset className="activity-form__section">
      <legend className="activity-form__legend">{t('activities.form.basics')}</legend>
      <TextField
        label={t('activities.form.title')}
        value={values.title}
        maxLength={200}
        onChange={(e) => set('title', e.target.value)}
        error={form.problem('title') ?? form.serverField('title')}
      />
      <TextAreaField
        optional
        label={t('activities.form.description')}
        rows={4}
        value={values.description}
        onChange={(e) => set('description', e.target.value)}
      />
      {isNew && chooseOwner ? (
        <SelectField
          label={t('activities.form.organisation')}
          hint={t('activities.form.organisationHint')}
          value={values.membershipId}
          options={memberChoices(options.members)}
          onChange={(e) => set('membershipId', e.target.value)}
          error={form.serverField('membershipId')}
        />
      ) : null}
      {isNew ? (
        <SelectField
          label={t('activities.form.initialStatus')}
          value={values.status}
          options={statuses}
          onChange={(e) => set('status', e.target.value as ActivityFormValues['status'])}
        />
      ) : null}
    </fieldset>
  );
}

/** For whom, where and when. */
export function ActivityWhereWhenSection({ form, options }: { form: Form; options: ActivityOptions }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { values, set } = form;
  return (
    <fieldset className="activity-form__section">
      <legend className="activity-form__legend">{t('activities.form.whereWhen')}</legend>
      <TextField
        optional
        label={t('activities.form.targetGroups')}
        hint={t('activities.form.targetGroupsHint')}
        value={values.targetGroups}
        onChange={(e) => set('targetGroups', e.target.value)}
        error={form.serverField('targetGroups')}
      />
      <div className="form__row">
        <SelectField
          optional
          label={t('activities.form.district')}
          hint={t(options.districts.length ? 'activities.form.districtHint' : 'activities.form.districtNone')}
          value={values.districtId}
          options={[{ value: '', label: t('activities.form.noDistrict') }, ...options.districts.map((d) => ({ value: d.id, label: d.name }))]}
          onChange={(e) => set('districtId', e.target.value)}
          error={form.serverField('districtId')}
        />
        <TextField optional label={t('activities.form.place')} value={values.place} onChange={(e) => set('place', e.target.value)} />
      </div>
      <div className="form__row">
        <DateField
          optional
          label={t('activities.form.periodStart')}
          value={values.periodStart}
          onChange={form.setParsed('periodStart')}
          error={form.serverField('periodStart')}
        />
        <DateField
          optional
          label={t('activities.form.periodEnd')}
          hint={`${t('activities.form.periodEndHint')} ${t('inputs.dateHint', { pattern: format.datePattern })}`}
          value={values.periodEnd}
          onChange={form.setParsed('periodEnd')}
          error={form.problem('periodEnd') ?? form.serverField('periodEnd')}
        />
      </div>
    </fieldset>
  );
}

/** The goals the activity serves, indented by the goal tree's depth. */
export function ActivityGoalsSection({ form, options }: { form: Form; options: ActivityOptions }) {
  const { t } = useTranslation();
  return (
    <fieldset className="activity-form__section">
      <legend className="activity-form__legend">{t('activities.form.goalsLegend')}</legend>
      {options.goals.length ? (
        <ul className="activity-form__choices">
          {options.goals.map((g) => (
            <li key={g.id} style={{ paddingInlineStart: `${g.depth * 1.5}rem` }}>
              <label className="checkbox">
                <input type="checkbox" checked={form.values.goalIds.includes(g.id)} onChange={(e) => form.toggle('goalIds', g.id, e.target.checked)} />
                <span>{g.title}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('activities.form.noGoals')}</p>
      )}
    </fieldset>
  );
}

/** The indicators the activity contributes to. */
export function ActivityIndicatorsSection({ form, options }: { form: Form; options: ActivityOptions }) {
  const { t } = useTranslation();
  return (
    <fieldset className="activity-form__section">
      <legend className="activity-form__legend">{t('activities.form.indicators')}</legend>
      {options.indicators.length ? (
        <ul className="activity-form__choices activity-form__choices--columns">
          {options.indicators.map((i) => (
            <li key={i.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={form.values.indicatorIds.includes(i.id)}
                  onChange={(e) => form.toggle('indicatorIds', i.id, e.target.checked)}
                />
                <span>{i.name}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">{t('activities.form.noIndicators')}</p>
      )}
    </fieldset>
  );
}

/** What the activity takes: resources in words, budget and staff hours. */
export function ActivityResourcesSection({ form }: { form: Form }) {
  const { t } = useTranslation();
  const { values, set } = form;
  return (
    <fieldset className="activity-form__section">
      <legend className="activity-form__legend">{t('activities.form.resourcesSection')}</legend>
      <TextAreaField
        optional
        label={t('activities.form.resources')}
        hint={t('activities.form.resourcesHint')}
        rows={2}
        value={values.resources}
        onChange={(e) => set('resources', e.target.value)}
      />
      <div className="form__row">
        <NumberField
          optional
          label={t('activities.form.budget')}
          value={values.budgetEur}
          maximumFractionDigits={2}
          onChange={form.setParsed('budgetEur')}
          error={form.serverField('budgetEur')}
        />
        <NumberField
          optional
          label={t('activities.form.staffHours')}
          value={values.staffHoursPerMonth}
          maximumFractionDigits={1}
          onChange={form.setParsed('staffHoursPerMonth')}
          error={form.serverField('staffHoursPerMonth')}
        />
      </div>
    </fieldset>
  );
}
