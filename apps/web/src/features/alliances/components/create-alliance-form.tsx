import { ALLIANCE_KINDS, type AllianceKindName } from '@gemeinwerk/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { RadioGroup, SelectField, TextAreaField, TextField } from '@/components/ui/field';
import { useUser } from '@/lib/auth';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { useCreateAlliance, type CreatedAlliance } from '../api/create-alliance';

/** A new alliance with the user's organisation as its backbone. */
export function CreateAllianceForm({ onCreated, onCancel }: { onCreated: (alliance: CreatedAlliance) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const { data: user } = useUser();
  const organisations = user?.organisations ?? [];
  const [name, setName] = useState('');
  const [kind, setKind] = useState<AllianceKindName>('ALLIANCE');
  const [problemStatement, setProblemStatement] = useState('');
  const [vision, setVision] = useState('');
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  const [periodProblem, setPeriodProblem] = useState<string | null>(null);
  const create = useCreateAlliance({ onSuccess: onCreated });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (periodStart && periodEnd && periodEnd < periodStart) {
      setPeriodProblem(t('alliances.create.periodOrder'));
      return;
    }
    setPeriodProblem(null);
    create.mutate({
      name: name.trim(),
      kind,
      problemStatement: problemStatement.trim() || undefined,
      vision: vision.trim() || undefined,
      periodStart: periodStart || undefined,
      periodEnd: periodEnd || undefined,
      organisationId: organisations.length > 1 ? organisationId : undefined,
    });
  };

  return (
    <form className="form" onSubmit={submit}>
      {create.isError ? (
        <Alert tone="error" title={t('alliances.create.failed')}>
          {describe(create.error)}
        </Alert>
      ) : null}
      <TextField
        label={t('alliances.create.name')}
        hint={t('alliances.create.nameHint')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        minLength={2}
        maxLength={200}
        error={fieldError(t, create.error, 'name')}
      />
      <RadioGroup
        legend={t('alliances.create.kind')}
        name="kind"
        value={kind}
        onChange={(v) => setKind(v as AllianceKindName)}
        options={ALLIANCE_KINDS.map((k) => ({ value: k, label: t(`allianceKinds.${k}`), description: t(`allianceKindDescriptions.${k}`) }))}
      />
      {organisations.length > 1 ? (
        <SelectField
          label={t('alliances.create.organisation')}
          hint={t('alliances.create.organisationHint')}
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        />
      ) : null}
      <TextAreaField
        label={t('alliances.create.problemStatement')}
        hint={t('alliances.create.problemStatementHint')}
        optional
        rows={3}
        value={problemStatement}
        onChange={(e) => setProblemStatement(e.target.value)}
      />
      <TextAreaField label={t('alliances.create.vision')} optional rows={2} value={vision} onChange={(e) => setVision(e.target.value)} />
      <div className="form__row">
        <TextField label={t('alliances.create.periodStart')} type="date" optional value={periodStart} onChange={(e) => setPeriodStart(e.target.value)} />
        <TextField
          label={t('alliances.create.periodEnd')}
          type="date"
          optional
          value={periodEnd}
          onChange={(e) => setPeriodEnd(e.target.value)}
          error={periodProblem ?? undefined}
        />
      </div>
      <div className="form__actions">
        {onCancel ? (
          <Button variant="ghost" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        ) : null}
        <Button type="submit" variant="primary" loading={create.isPending}>
          {t('alliances.create.submit')}
        </Button>
      </div>
    </form>
  );
}
