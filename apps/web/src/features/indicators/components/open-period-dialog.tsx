import { FREQUENCIES, isPeriodKey, type FrequencyName } from '@gemeinwerk/shared';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { DateField } from '@/components/ui/locale-inputs';
import { fieldError, useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useOpenReportingPeriod } from '../api/reporting-periods';
import { examplePeriodKey } from '../utils/periods';

/** The backbone opens a reporting period: kind, period and an optional deadline. */
export function OpenPeriodDialog({ allianceId, open, onClose }: { allianceId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={t('indicators.periods.openTitle')} description={t('indicators.periods.openDescription')}>
      {open ? <OpenPeriodForm allianceId={allianceId} onDone={onClose} /> : null}
    </Dialog>
  );
}

function OpenPeriodForm({ allianceId, onDone }: { allianceId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const openPeriod = useOpenReportingPeriod(allianceId);
  const [frequency, setFrequency] = useState<FrequencyName>('YEARLY');
  const [periodKey, setPeriodKey] = useState('');
  const [dueOn, setDueOn] = useState<string | null>(null);
  const [dueInvalid, setDueInvalid] = useState(false);
  const [keyProblem, setKeyProblem] = useState<string | undefined>();
  const example = examplePeriodKey(frequency, new Date().getFullYear() + 1);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const key = periodKey.trim();
    if (!isPeriodKey(frequency, key)) return setKeyProblem(t('indicators.periods.keyInvalid', { example }));
    setKeyProblem(undefined);
    if (dueInvalid) return;
    openPeriod.mutate({ frequency, periodKey: key, dueOn }, { onSuccess: onDone });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      {openPeriod.isError ? (
        <Alert tone="error" title={t('indicators.periods.openFailed')}>
          {describe(openPeriod.error)}
        </Alert>
      ) : null}
      <SelectField
        label={t('indicators.targets.kindLabel')}
        value={frequency}
        onChange={(e) => setFrequency(e.target.value as FrequencyName)}
        options={FREQUENCIES.map((f) => ({ value: f, label: t(`indicators.periodKinds.${f}`) }))}
      />
      <TextField
        label={t('indicators.targets.periodLabel')}
        hint={t('indicators.periods.keyHint', { example })}
        value={periodKey}
        onChange={(e) => setPeriodKey(e.target.value)}
        error={keyProblem ?? fieldError(t, openPeriod.error, 'periodKey')}
        autoComplete="off"
      />
      {/* Optional, but said in the hint so that the field's name stays exactly "Meldefrist". */}
      <DateField
        label={t('indicators.periods.due')}
        required={false}
        hint={t('indicators.periods.dueHint', { pattern: format.datePattern })}
        value={dueOn}
        onChange={(v, state) => {
          setDueOn(v);
          setDueInvalid(state === 'invalid');
        }}
        error={fieldError(t, openPeriod.error, 'dueOn')}
      />
      <div className="form__actions">
        <Button variant="ghost" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" variant="primary" loading={openPeriod.isPending}>
          {t('indicators.periods.openSubmit')}
        </Button>
      </div>
    </form>
  );
}
