import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Icon } from '@/components/ui/icon';
import { PageHeader } from '@/components/ui/page-header';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import type { ReportingPeriod } from '../api/get-open-periods';
import { isEditable } from '../utils/measurement';
import { periodLabel } from '../utils/period-label';
import { BackToOverview, PeriodEntryFallback, usePeriodEntry } from './period-entry';
import { BulkEntryTable } from './bulk-entry-table';
import { useBulkEntry } from './use-bulk-entry';

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
  const { stored, entries, rowErrors, rowWarnings, notice, noticeRef, update, send, bulk } = useBulkEntry({ allianceId, period, indicators, measurements });

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
      <BulkEntryTable
        periodText={periodText}
        indicators={indicators}
        stored={stored}
        entries={entries}
        rowErrors={rowErrors}
        rowWarnings={rowWarnings}
        update={update}
      />
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
