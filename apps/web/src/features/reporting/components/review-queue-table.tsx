import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { Dialog } from '@/components/ui/dialog';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import type { QueuedMeasurement } from '../api/get-review-queue';
import { periodLabel } from '../utils/period-label';
import { formatMeasurementValue } from '../utils/value';
import { OverlapsSection } from './overlaps-section';
import { PreviousValue, QueuedValue } from './queued-value-cells';

/**
 * The review queue as a table: each submitted value with what it follows and the jump warning the
 * reporter saw, a check box to select it for approving in bulk, and the calm per-row actions
 * (approve, reject with a reason, overlaps for sums).
 */
export function QueueTable({
  allianceId,
  items,
  indicatorOf,
  busyId,
  selected,
  onSelect,
  onApprove,
  onReject,
}: {
  allianceId: string;
  items: QueuedMeasurement[];
  indicatorOf: (m: Measurement) => ReportingIndicator | undefined;
  busyId: string | undefined;
  /** Ids of the values selected for approving in bulk. */
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  onApprove: (m: Measurement) => void;
  onReject: (m: Measurement) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  // The value whose overlaps the backbone is editing (read from `items`, so it stays current).
  const [overlapsOf, setOverlapsOf] = useState<string | null>(null);
  const editing = items.find((m) => m.id === overlapsOf);
  const editingIndicator = editing ? indicatorOf(editing) : undefined;
  const allSelected = items.length > 0 && items.every((m) => selected.has(m.id));
  return (
    <div className="table-wrap">
      {/* On a phone each row becomes a card (`table--cards`, styles/tables.css): the cells name themselves by data-label. */}
      <DataTable
        cards
        wrap={false}
        className="review-table"
        caption={t('reporting.review.caption', { count: items.length })}
        rows={items}
        rowKey={(m) => m.id}
        columns={[
          {
            key: 'select',
            header: (
              <input
                type="checkbox"
                aria-label={t('reporting.review.selectAll')}
                checked={allSelected}
                onChange={(e) =>
                  onSelect(
                    items.map((m) => m.id),
                    e.target.checked,
                  )
                }
              />
            ),
            headerClassName: 'review-table__select',
            cellClassName: 'table__select review-table__select',
            cell: (m) => (
              <input
                type="checkbox"
                aria-label={t('reporting.review.select', { subject: subjectOf(m) })}
                checked={selected.has(m.id)}
                onChange={(e) => onSelect([m.id], e.target.checked)}
              />
            ),
          },
          {
            key: 'indicator',
            header: t('reporting.columns.indicatorPeriod'),
            rowHeader: true,
            className: 'table__primary',
            cell: (m) => (
              <>
                {m.indicatorName}
                <span className="table__secondary">{periodLabel(m.periodKey, t, format.language)}</span>
                {m.note ? <span className="table__secondary">{t('reporting.review.note', { note: m.note })}</span> : null}
              </>
            ),
          },
          {
            key: 'organisation',
            header: t('reporting.columns.organisation'),
            cell: (m) => (
              <>
                {m.organisation.name}
                <span className="table__secondary">
                  {t('reporting.review.submittedOn', { date: format.date(m.submittedAt), name: m.submittedByName ?? '–' })}
                </span>
              </>
            ),
          },
          { key: 'value', header: t('reporting.columns.value'), className: 'table__numeric', cell: (m) => <QueuedValue m={m} indicator={indicatorOf(m)} /> },
          {
            key: 'previous',
            header: t('reporting.columns.previous'),
            className: 'table__numeric',
            cell: (m) => <PreviousValue m={m} indicator={indicatorOf(m)} />,
          },
          {
            key: 'actions',
            header: t('reporting.columns.actions'),
            headerHidden: true,
            cellClassName: 'table__actions',
            cell: (m) => {
              const name = subjectOf(m);
              return (
                <div className="review-table__actions">
                  <Button size="sm" variant="secondary" icon="check" loading={busyId === m.id} onClick={() => onApprove(m)}>
                    {t('reporting.review.approve')} <span className="visually-hidden">– {name}</span>
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => onReject(m)} disabled={busyId === m.id}>
                    {t('reporting.review.reject')} <span className="visually-hidden">– {name}</span>
                  </Button>
                  {indicatorOf(m)?.aggregation === 'SUM' ? (
                    <Button size="sm" variant="ghost" onClick={() => setOverlapsOf(m.id)}>
                      {t('reporting.review.editOverlaps')} <span className="visually-hidden">– {name}</span>
                    </Button>
                  ) : null}
                </div>
              );
            },
          },
        ]}
      />
      <Dialog
        open={editing !== undefined && editingIndicator !== undefined}
        onClose={() => setOverlapsOf(null)}
        title={editing ? t('reporting.review.overlapsTitle', { subject: `${editing.indicatorName}, ${editing.organisation.name}` }) : ''}
        description={editing ? t('reporting.review.overlapsDescription', { value: formatMeasurementValue(editing, editingIndicator, format) }) : undefined}
        footer={
          <Button variant="ghost" onClick={() => setOverlapsOf(null)}>
            {t('reporting.review.overlapsClose')}
          </Button>
        }
      >
        {editing && editingIndicator ? (
          <OverlapsSection
            allianceId={allianceId}
            membershipId={editing.membershipId}
            indicator={editingIndicator}
            measurement={editing}
            anyState
            headingLevel={3}
          />
        ) : null}
      </Dialog>
    </div>
  );
}

const subjectOf = (m: QueuedMeasurement) => `${m.indicatorName}, ${m.organisation.name}`;
