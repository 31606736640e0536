import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { DateField } from '@/components/ui/locale-inputs';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { useCreateProposal } from '../api/create-proposal';
import { useLogContext } from '../api/get-log-context';
import { logPath } from '../utils/paths';
import { today } from '../utils/timeline';

/** Voting ends at the end of the chosen day in the viewer's time zone. */
export function endOfDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y!, m! - 1, d!, 23, 59, 0).toISOString();
}

export function NewProposalForm({ allianceId, onDone }: { allianceId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const navigate = useNavigate();
  const context = useLogContext(allianceId);
  const create = useCreateProposal(allianceId);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [closesOn, setClosesOn] = useState<string | null>(null);
  const [closesInvalid, setClosesInvalid] = useState(false);
  const [indicatorId, setIndicatorId] = useState('');
  const [tried, setTried] = useState(false);

  const closesProblem = !closesOn
    ? closesInvalid
      ? undefined
      : t('fieldErrors.required')
    : closesOn < today()
      ? t('communication.proposals.closesInPast')
      : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!title.trim() || closesProblem || closesInvalid) return;
    create.mutate(
      { title: title.trim(), body: body.trim() || undefined, closesAt: endOfDay(closesOn!), indicatorId: indicatorId || undefined },
      {
        onSuccess: (created) => {
          onDone();
          void navigate(logPath(allianceId, 'proposals', created.id));
        },
      },
    );
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {create.isError ? (
        <Alert tone="error" title={t('communication.proposals.createFailed')}>
          {describe(create.error)}
        </Alert>
      ) : null}
      <TextField
        label={t('communication.proposals.fieldTitle')}
        value={title}
        maxLength={200}
        onChange={(e) => setTitle(e.target.value)}
        error={tried && !title.trim() ? t('fieldErrors.required') : fieldError(t, create.error, 'title')}
      />
      <TextAreaField label={t('communication.proposals.fieldBody')} optional rows={5} value={body} onChange={(e) => setBody(e.target.value)} />
      <DateField
        label={t('communication.proposals.fieldClosesOn')}
        value={closesOn}
        onChange={(value, state) => {
          setClosesOn(value);
          setClosesInvalid(state === 'invalid');
        }}
        error={tried ? (closesProblem ?? fieldError(t, create.error, 'closesAt')) : undefined}
      />
      <SelectField
        label={t('communication.proposals.fieldIndicator')}
        hint={t('communication.proposals.fieldIndicatorHint')}
        optional
        value={indicatorId}
        onChange={(e) => setIndicatorId(e.target.value)}
        options={[
          { value: '', label: t('communication.proposals.noIndicator') },
          ...(context.data?.indicators.nodes ?? []).filter((i) => i.status === 'ACTIVE').map((i) => ({ value: i.id, label: i.name })),
        ]}
      />
      <div className="form__actions">
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" loading={create.isPending}>
          {t('communication.proposals.create')}
        </Button>
      </div>
    </form>
  );
}
