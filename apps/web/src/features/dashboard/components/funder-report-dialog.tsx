import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { SelectField, TextField } from '@/components/ui/field';
import { downloadFunderReport, type FunderReportRequest } from '../api/download-funder-report';
import { defaultReportRange, reportRangeProblems } from '../utils/report-range';

/** The dashboard's "Förderbericht" button: a dialog for the period and the language, then the PDF as a download. */
export function FunderReportButton({ allianceId }: { allianceId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon="download" onClick={() => setOpen(true)}>
        {t('dashboard.funderReport.open')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t('dashboard.funderReport.title')} description={t('dashboard.funderReport.description')}>
        {open ? <FunderReportForm allianceId={allianceId} onDone={() => setOpen(false)} /> : null}
      </Dialog>
    </>
  );
}

function FunderReportForm({ allianceId, onDone }: { allianceId: string; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const [range, setRange] = useState(() => defaultReportRange());
  const [lang, setLang] = useState<FunderReportRequest['lang']>(i18n.language === 'en' ? 'en' : 'de');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [checked, setChecked] = useState(false);
  const problems = reportRangeProblems(range.from, range.to);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    if (problems.from || problems.to) return;
    setPending(true);
    setError(null);
    try {
      await downloadFunderReport(allianceId, { ...range, lang }, i18n.language);
      onDone();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setPending(false);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="form__row">
        <TextField
          label={t('dashboard.funderReport.from')}
          type="month"
          placeholder={t('dashboard.funderReport.monthPlaceholder')}
          value={range.from}
          onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))}
          error={checked && problems.from ? t('dashboard.funderReport.problem.month') : undefined}
        />
        <TextField
          label={t('dashboard.funderReport.to')}
          type="month"
          placeholder={t('dashboard.funderReport.monthPlaceholder')}
          value={range.to}
          onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))}
          error={checked && problems.to ? t(`dashboard.funderReport.problem.${problems.to}`) : undefined}
        />
      </div>
      <SelectField
        label={t('dashboard.funderReport.language')}
        value={lang}
        onChange={(e) => setLang(e.target.value === 'en' ? 'en' : 'de')}
        options={[
          { value: 'de', label: t('dashboard.funderReport.languages.de') },
          { value: 'en', label: t('dashboard.funderReport.languages.en') },
        ]}
      />
      <p className="field__hint">{t('dashboard.funderReport.hint')}</p>
      {error ? (
        <Alert tone="error" title={t('dashboard.funderReport.failed')}>
          {error}
        </Alert>
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="primary" loading={pending}>
          {pending ? t('dashboard.funderReport.creating') : t('dashboard.funderReport.create')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </div>
    </form>
  );
}
