import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RadioGroup, TextAreaField, TextField } from '@/components/ui/field';
import { DateField } from '@/components/ui/locale-inputs';
import type { LogEntryType } from '@/gql/graphql';
import { fieldError, useErrorMessage } from '@/lib/errors';
import type { LogContext } from '../api/get-log-context';
import { canWrite, type LogViewer } from '../utils/viewer';
import { CheckboxList } from './checkbox-list';
import { ENTRY_TYPES } from './entry-type';

export interface LogEntryValues {
  type: LogEntryType;
  title: string;
  occurredOn: string | null;
  body: string;
  participantMembershipIds: string[];
  goalIds: string[];
  indicatorIds: string[];
}

/** Which types the viewer may write: announcements are the backbone's. */
export function writableTypes(viewer: LogViewer): LogEntryType[] {
  if (!canWrite(viewer)) return [];
  return viewer.role === 'BACKBONE' ? ENTRY_TYPES : ENTRY_TYPES.filter((type) => type !== 'ANNOUNCEMENT');
}

/**
 * The fields of a log entry, for a new one and for editing. The kind is chosen once (the API
 * fixes it at creation); the text field is named for what the kind records. `extra` is placed
 * before the buttons (the new-entry page adds its action items there).
 */
export function LogEntryFields({
  viewer,
  context,
  values,
  onChange,
  typeFixed,
  error,
  submitting,
  submitLabel,
  onCancel,
  onSubmit,
  onAttempt,
  extra,
}: {
  viewer: LogViewer;
  context: LogContext;
  values: LogEntryValues;
  onChange: (next: LogEntryValues) => void;
  typeFixed: boolean;
  error: unknown;
  submitting: boolean;
  submitLabel: string;
  onCancel: () => void;
  onSubmit: () => void;
  /** Called on every submit, valid or not, so that `extra` can show its own problems too. */
  onAttempt?: () => void;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [dateInvalid, setDateInvalid] = useState(false);
  const [tried, setTried] = useState(false);
  const set = <K extends keyof LogEntryValues>(key: K, value: LogEntryValues[K]) => onChange({ ...values, [key]: value });

  const titleMissing = values.title.trim() === '';
  const dateMissing = values.occurredOn === null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    onAttempt?.();
    if (titleMissing || dateMissing || dateInvalid) return;
    onSubmit();
  };

  return (
    <form className="form log-form" onSubmit={submit} noValidate>
      {error ? (
        <Alert tone="error" title={t('communication.form.failed')}>
          {describe(error)}
        </Alert>
      ) : null}
      {typeFixed ? null : (
        <RadioGroup
          legend={t('communication.form.type')}
          name="type"
          value={values.type}
          onChange={(v) => set('type', v as LogEntryType)}
          options={writableTypes(viewer).map((type) => ({
            value: type,
            label: t(`communication.types.${type}`),
            description: t(`communication.typeDescriptions.${type}`),
          }))}
        />
      )}
      <div className="form__row">
        <TextField
          label={t('communication.form.title')}
          value={values.title}
          maxLength={200}
          onChange={(e) => set('title', e.target.value)}
          error={tried && titleMissing ? t('fieldErrors.required') : fieldError(t, error, 'title')}
        />
        <DateField
          label={t(`communication.form.date.${values.type}`)}
          value={values.occurredOn}
          onChange={(value, state) => {
            setDateInvalid(state === 'invalid');
            set('occurredOn', value);
          }}
          error={tried && dateMissing && !dateInvalid ? t('fieldErrors.required') : fieldError(t, error, 'occurredOn')}
        />
      </div>
      <TextAreaField
        label={t(`communication.form.body.${values.type}`)}
        hint={t(`communication.form.bodyHint.${values.type}`)}
        optional
        rows={6}
        value={values.body}
        onChange={(e) => set('body', e.target.value)}
        error={fieldError(t, error, 'body')}
      />
      <CheckboxList
        legend={t('communication.form.participants')}
        hint={values.type === 'CONFLICT' ? t('communication.form.participantsConflictHint') : undefined}
        value={values.participantMembershipIds}
        onChange={(v) => set('participantMembershipIds', v)}
        options={context.members.filter((m) => m.state !== 'INVITED').map((m) => ({ value: m.id, label: m.organisation.name }))}
      />
      <CheckboxList
        legend={t('communication.form.goals')}
        value={values.goalIds}
        onChange={(v) => set('goalIds', v)}
        options={context.goals.map((g) => ({ value: g.id, label: g.title }))}
      />
      <CheckboxList
        legend={t('communication.form.indicators')}
        value={values.indicatorIds}
        onChange={(v) => set('indicatorIds', v)}
        options={context.indicators.nodes
          .filter((i) => i.status === 'ACTIVE' || values.indicatorIds.includes(i.id))
          .map((i) => ({ value: i.id, label: i.name }))}
      />
      {extra}
      <div className="form__actions">
        <Button variant="ghost" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" loading={submitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
