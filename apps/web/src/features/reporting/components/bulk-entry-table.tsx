import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/ui/data-table';
import { NumberField } from '@/components/ui/locale-inputs';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import type { BulkEntry } from '../utils/bulk';
import { isEditable } from '../utils/measurement';
import { formatMeasurementValue } from '../utils/value';
import { MeasurementStatusBadge } from './measurement-status-badge';

type Field = 'value' | 'numerator' | 'denominator';

/** The bulk entry's table: one row per indicator with its status and the value fields (or the value, once handed in). */
export function BulkEntryTable({
  periodText,
  indicators,
  stored,
  entries,
  rowErrors,
  rowWarnings,
  update,
}: {
  periodText: string;
  indicators: ReportingIndicator[];
  stored: Record<string, Measurement | undefined>;
  entries: Record<string, BulkEntry>;
  rowErrors: Record<string, string>;
  rowWarnings: Record<string, string>;
  update: (indicatorId: string, field: Field) => (value: number | null, state: string) => void;
}) {
  const { t } = useTranslation();
  const tableRef = useRef<HTMLTableElement>(null);
  // Shown while typing rather than on leaving the field: an error appearing on blur would
  // push the buttons away from under the pointer that is just clicking them.
  const errorOf = (indicator: ReportingIndicator) =>
    rowErrors[indicator.id] ?? (entries[indicator.id]!.invalid ? t('reporting.bulk.invalidNumber') : undefined);

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

  return (
    <DataTable
      cards
      className="bulk-table"
      tableRef={tableRef}
      caption={t('reporting.bulk.caption', { period: periodText })}
      rows={indicators}
      rowKey={(indicator) => indicator.id}
      rowProps={(indicator) => ({ className: errorOf(indicator) ? 'bulk-table__row--error' : undefined })}
      columns={[
        {
          key: 'indicator',
          header: t('reporting.columns.indicator'),
          rowHeader: true,
          className: 'table__primary',
          cell: (indicator) => (
            <>
              {indicator.name}
              <span className="table__secondary">{[indicator.code, indicator.unit].filter(Boolean).join(' · ')}</span>
            </>
          ),
        },
        {
          key: 'status',
          header: t('reporting.columns.status'),
          cell: (indicator) => {
            const m = stored[indicator.id];
            return (
              <>
                <MeasurementStatusBadge state={m?.status ?? 'NOT_STARTED'} />
                {m?.status === 'REJECTED' && m.rejectionReason ? (
                  <span className="table__secondary">{t('reporting.reason', { reason: m.rejectionReason })}</span>
                ) : null}
              </>
            );
          },
        },
        {
          key: 'value',
          header: t('reporting.columns.value'),
          cellClassName: 'bulk-table__cell',
          cell: (indicator) => (
            <BulkValueCell
              indicator={indicator}
              measurement={stored[indicator.id]}
              entry={entries[indicator.id]!}
              error={errorOf(indicator)}
              warning={rowWarnings[indicator.id]}
              update={update}
              onKeyDown={onKeyDown}
            />
          ),
        },
      ]}
    />
  );
}

/** One row's value: the stored value once it is handed in, else the field (or numerator and denominator). */
function BulkValueCell({
  indicator,
  measurement: m,
  entry,
  error,
  warning,
  update,
  onKeyDown,
}: {
  indicator: ReportingIndicator;
  measurement: Measurement | undefined;
  entry: BulkEntry;
  error: string | undefined;
  warning: string | undefined;
  update: (indicatorId: string, field: Field) => (value: number | null, state: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const unit = indicator.unit ? ` (${indicator.unit})` : '';
  return (
    <>
      {!isEditable(m) && m ? (
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
    </>
  );
}
