import { useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { NumberField } from '@/components/ui/locale-inputs';
import { PageHeader } from '@/components/ui/page-header';
import { describeError, fieldProblemText } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import type { ReportingPeriod } from '../api/get-open-periods';
import { useSubmitMeasurements } from '../api/submit-measurements';
import { bulkRows, entryOf, rowErrorText, rulesProblemsOf, type BulkEntry } from '../utils/bulk';
import { warningText } from '../utils/plausibility';
import { isEditable, newer } from '../utils/measurement';
import { periodLabel } from '../utils/period-label';
import { formatMeasurementValue } from '../utils/value';
import { MeasurementStatusBadge } from './measurement-status-badge';
import { BackToOverview, PeriodEntryFallback, usePeriodEntry } from './period-entry';

/** All indicators of one open period in one table: type the values, save them as drafts or hand them all in. */
export function BulkEntryPage({ allianceId, membershipId, periodId }: { allianceId: string; membershipId: string; periodId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const entry = usePeriodEntry(allianceId, membershipId, periodId);
  const title = t('reporting.bulk.titleShort');
  if (entry.failed) return <PeriodEntryFallback state="failed" className="page" title={title} error={entry.failed} />;
  if (entry.loading || !entry.indicators.data) return <PeriodEntryFallback state="loading" className="page" title={title} />;
  const period = entry.period;
  if (!period) return <PeriodEntryFallback state="unavailable" className="page" title={title} />;
  const label = periodLabel(period.periodKey, t, format.language);
  const rows = entry.indicators.data
    .filter((i) => i.frequency === period.frequency)
    .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? '', 'de', { numeric: true }) || a.name.localeCompare(b.name, 'de'));
  return (
    <div className="page">
      <BackToOverview />
      <PageHeader title={t('reporting.bulk.title', { period: label })} description={t('reporting.bulk.description')} />
      <BulkGrid key={periodId} allianceId={allianceId} period={period} periodText={label} indicators={rows} measurements={entry.measurements.data ?? []} />
    </div>
  );
}

function BulkGrid({
  allianceId,
  period,
  periodText,
  indicators,
  measurements,
}: {
  allianceId: string;
  period: ReportingPeriod;
  periodText: string;
  indicators: ReportingIndicator[];
  measurements: Measurement[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [saved, setSaved] = useState<Record<string, Measurement>>({});
  const stored: Record<string, Measurement | undefined> = Object.fromEntries(
    indicators.map((i) => [i.id, newer(measurements.find((m) => m.indicatorId === i.id), saved[i.id])]),
  );
  const [entries, setEntries] = useState<Record<string, BulkEntry>>(() => Object.fromEntries(indicators.map((i) => [i.id, entryOf(stored[i.id])])));
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  // Plausibility warnings per indicator: they never stop a save.
  const [rowWarnings, setRowWarnings] = useState<Record<string, string>>({});
  const number = (n: number) => format.number(n, { maximumFractionDigits: 4 });
  const [notice, setNotice] = useState<{ tone: 'success' | 'error' | 'info'; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const bulk = useSubmitMeasurements(allianceId);

  const update = (indicatorId: string, field: 'value' | 'numerator' | 'denominator') => (value: number | null, state: string) =>
    setEntries((prev) => ({ ...prev, [indicatorId]: { ...prev[indicatorId]!, [field]: value, invalid: state === 'invalid' } }));

  const announce = (tone: 'success' | 'error' | 'info', text: string) => {
    setNotice({ tone, text });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  function send(submit: boolean) {
    setRowErrors({});
    setRowWarnings({});
    const invalid = indicators.filter((i) => entries[i.id]?.invalid);
    if (invalid.length > 0) {
      setRowErrors(Object.fromEntries(invalid.map((i) => [i.id, t('reporting.bulk.invalidNumber')])));
      announce('error', t('reporting.bulk.fixRows', { count: invalid.length }));
      return;
    }
    // The indicator's rules, checked before sending (the API checks them again).
    const broken = rulesProblemsOf(indicators, entries, stored);
    if (Object.keys(broken).length > 0) {
      setRowErrors(Object.fromEntries(Object.entries(broken).map(([id, problems]) => [id, problems.map((p) => fieldProblemText(t, p)).join(' ')])));
      announce('error', t('reporting.bulk.fixRows', { count: Object.keys(broken).length }));
      return;
    }
    const { rows, indicatorIds } = bulkRows(period.id, indicators, entries, stored, submit);
    if (rows.length === 0) {
      announce('info', t('reporting.bulk.nothingToSend'));
      return;
    }
    bulk.mutate(rows, {
      onSuccess: (result) => {
        const warned: Record<string, string> = {};
        for (const w of result.warnings ?? []) {
          const id = indicatorIds[w.row];
          if (id) warned[id] = [warned[id], warningText(t, number, w)].filter(Boolean).join(' ');
        }
        setRowWarnings(warned);
        if (!result.ok) {
          const errors: Record<string, string> = {};
          for (const e of result.errors) {
            const id = indicatorIds[e.row];
            // A row may break several rules (numerator and denominator): say all of them.
            if (id) errors[id] = [errors[id], rowErrorText(t, e)].filter(Boolean).join(' ');
          }
          setRowErrors(errors);
          announce('error', t('reporting.bulk.fixRows', { count: new Set(result.errors.map((e) => e.row)).size }));
          return;
        }
        setSaved((prev) => ({ ...prev, ...Object.fromEntries(result.saved.map((m) => [m.indicatorId, m])) }));
        announce('success', submit ? t('reporting.bulk.submitted', { count: result.saved.length }) : t('reporting.bulk.saved', { count: result.saved.length }));
      },
      onError: (error) => announce('error', describeError(t, error)),
    });
  }

  // Enter moves to the next value, like in a spreadsheet; Tab works as everywhere.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const cells = [...(tableRef.current?.querySelectorAll<HTMLInputElement>('input[data-bulk-cell]') ?? [])];
    const index = cells.indexOf(event.currentTarget);
    const next = cells[index + (event.shiftKey ? -1 : 1)];
    if (next) next.focus();
    else document.getElementById('bulk-save-drafts')?.focus();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send(true);
  };

  return (
    <form className="bulk-entry" onSubmit={onSubmit} noValidate>
      <div ref={noticeRef} tabIndex={-1} role="status" aria-live="polite" className="bulk-entry__status">
        {notice ? (
          // Plain text, not an Alert: the region itself is the live status, and nested live regions are read twice.
          <p className={`reporting-notice reporting-notice--${notice.tone}`}>
            <Icon name={notice.tone === 'success' ? 'success' : notice.tone === 'error' ? 'alert' : 'info'} size={18} />
            {notice.text}
          </p>
        ) : null}
      </div>
      <div className="table-wrap">
        <table className="table table--cards bulk-table" ref={tableRef}>
          <caption className="visually-hidden">{t('reporting.bulk.caption', { period: periodText })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('reporting.columns.indicator')}</th>
              <th scope="col">{t('reporting.columns.status')}</th>
              <th scope="col">{t('reporting.columns.value')}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => {
              const m = stored[indicator.id];
              const entry = entries[indicator.id]!;
              // Shown while typing rather than on leaving the field: an error appearing on blur would
              // push the buttons away from under the pointer that is just clicking them.
              const error = rowErrors[indicator.id] ?? (entry.invalid ? t('reporting.bulk.invalidNumber') : undefined);
              const warning = rowWarnings[indicator.id];
              const editable = isEditable(m);
              const unit = indicator.unit ? ` (${indicator.unit})` : '';
              return (
                <tr key={indicator.id} className={error ? 'bulk-table__row--error' : undefined}>
                  <th scope="row" className="table__primary">
                    {indicator.name}
                    <span className="table__secondary">{[indicator.code, indicator.unit].filter(Boolean).join(' · ')}</span>
                  </th>
                  <td data-label={t('reporting.columns.status')}>
                    <MeasurementStatusBadge state={m?.status ?? 'NOT_STARTED'} />
                    {m?.status === 'REJECTED' && m.rejectionReason ? <span className="table__secondary">{t('reporting.reason', { reason: m.rejectionReason })}</span> : null}
                  </td>
                  <td className="bulk-table__cell" data-label={t('reporting.columns.value')}>
                    {!editable && m ? (
                      <span>{formatMeasurementValue(m, indicator, format)}</span>
                    ) : indicator.aggregation === 'RATIO' ? (
                      <div className="bulk-table__ratio">
                        <NumberField
                          label={
                            <>
                              <span aria-hidden="true">{t('reporting.bulk.numerator')}</span>
                              <span className="visually-hidden">{t('reporting.bulk.numeratorLabel', { indicator: indicator.name })}</span>
                            </>
                          }
                          required={false}
                          value={entry.numerator}
                          onChange={update(indicator.id, 'numerator')}
                          onKeyDown={onKeyDown}
                          data-bulk-cell=""
                          error={error}
                        />
                        <NumberField
                          label={
                            <>
                              <span aria-hidden="true">{t('reporting.bulk.denominator')}</span>
                              <span className="visually-hidden">{t('reporting.bulk.denominatorLabel', { indicator: indicator.name })}</span>
                            </>
                          }
                          required={false}
                          value={entry.denominator}
                          onChange={update(indicator.id, 'denominator')}
                          onKeyDown={onKeyDown}
                          data-bulk-cell=""
                        />
                      </div>
                    ) : (
                      <NumberField
                        label={<span className="visually-hidden">{t('reporting.bulk.valueLabel', { indicator: indicator.name, unit })}</span>}
                        required={false}
                        value={entry.value}
                        onChange={update(indicator.id, 'value')}
                        onKeyDown={onKeyDown}
                        data-bulk-cell=""
                        error={error}
                      />
                    )}
                    {warning ? (
                      <p className="value-warning">
                        <span aria-hidden="true">⚠</span>
                        {warning}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {indicators.every((i) => !isEditable(stored[i.id])) ? (
        // Everything is handed in or approved: say so instead of offering buttons with nothing to send.
        <p className="reporting-notice reporting-notice--info">
          <Icon name="info" size={18} />
          {t('reporting.bulk.allLocked')}
        </p>
      ) : (
        <div className="form__actions bulk-entry__actions">
          <Button id="bulk-save-drafts" onClick={() => send(false)} loading={bulk.isPending && bulk.variables?.[0]?.submit === false}>
            {t('reporting.bulk.saveAll')}
          </Button>
          <Button type="submit" variant="primary" loading={bulk.isPending && bulk.variables?.[0]?.submit === true}>
            {t('reporting.bulk.submitAll')}
          </Button>
        </div>
      )}
    </form>
  );
}
