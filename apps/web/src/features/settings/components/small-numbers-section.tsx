import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/field';
import { useDisclosure } from '@/lib/disclosure';
import { useErrorMessage } from '@/lib/errors';
import { useUpdateSmallNumberThreshold } from '../api/update-small-number-threshold';

const MIN = 2;
const MAX = 20;

/** Small-number protection: the threshold k below which funders, observers and partners see „< k“ instead of a count. */
export function SmallNumbersSection({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const settings = useDisclosure(allianceId);
  const save = useUpdateSmallNumberThreshold(allianceId);
  const [draft, setDraft] = useState<string | null>(null);
  const stored = settings.data?.smallNumberThreshold;
  const text = draft ?? (stored === undefined ? '' : String(stored));
  const k = Number(text);
  const problem = text === '' || !Number.isInteger(k) || k < MIN || k > MAX ? t('settings.smallNumbers.range', { min: MIN, max: MAX }) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (problem || !settings.data) return;
    save.mutate({ version: settings.data.version, threshold: k }, { onSuccess: () => setDraft(null) });
  };

  return (
    <section className="card settings-section" aria-labelledby="settings-small-numbers-heading">
      <h2 id="settings-small-numbers-heading" className="card__title">
        {t('settings.smallNumbers.heading')}
      </h2>
      <p className="settings-section__description">{t('settings.smallNumbers.description')}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('settings.smallNumbers.threshold')}
          hint={t('settings.smallNumbers.hint', { min: MIN, max: MAX })}
          type="number"
          inputMode="numeric"
          min={MIN}
          max={MAX}
          step={1}
          value={text}
          error={draft !== null ? (problem ?? undefined) : undefined}
          onChange={(e) => setDraft(e.target.value)}
        />
        {save.isError ? (
          <Alert tone="error" title={t('settings.smallNumbers.failed')}>
            {describe(save.error)}
          </Alert>
        ) : null}
        {save.isSuccess && draft === null ? <Alert tone="success" title={t('settings.smallNumbers.saved', { k: stored })} /> : null}
        <Button type="submit" disabled={!settings.data || save.isPending || draft === null}>
          {t('settings.smallNumbers.submit')}
        </Button>
      </form>
    </section>
  );
}
