import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Icon } from '@/components/ui/icon';
import { useFormat } from '@/lib/i18n';
import type { ReportingIndicator } from '../api/get-indicators';
import type { Measurement } from '../api/get-measurements';
import type { QueuedMeasurement } from '../api/get-review-queue';
import { warningText } from '../utils/plausibility';
import { periodLabel } from '../utils/period-label';
import { formatAmount, formatMeasurementValue } from '../utils/value';
import { OverlapsSection } from './overlaps-section';

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
      <table className="table table--cards review-table">
        <caption className="visually-hidden">{t('reporting.review.caption', { count: items.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className="review-table__select">
              <input
                type="checkbox"
                aria-label={t('reporting.review.selectAll')}
                checked={allSelected}
                onChange={(e) => onSelect(items.map((m) => m.id), e.target.checked)}
              />
            </th>
            <th scope="col">{t('reporting.columns.indicatorPeriod')}</th>
            <th scope="col">{t('reporting.columns.organisation')}</th>
            <th scope="col" className="table__numeric">
              {t('reporting.columns.value')}
            </th>
            <th scope="col" className="table__numeric">
              {t('reporting.columns.previous')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('reporting.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((m) => {
            const indicator = indicatorOf(m);
            const before = m.previous;
            const name = `${m.indicatorName}, ${m.organisation.name}`;
            return (
              <tr key={m.id}>
                <td className="table__select review-table__select">
                  <input type="checkbox" aria-label={t('reporting.review.select', { subject: name })} checked={selected.has(m.id)} onChange={(e) => onSelect([m.id], e.target.checked)} />
                </td>
                <th scope="row" className="table__primary">
                  {m.indicatorName}
                  <span className="table__secondary">{periodLabel(m.periodKey, t, format.language)}</span>
                  {m.note ? <span className="table__secondary">{t('reporting.review.note', { note: m.note })}</span> : null}
                </th>
                <td data-label={t('reporting.columns.organisation')}>
                  {m.organisation.name}
                  <span className="table__secondary">{t('reporting.review.submittedOn', { date: format.date(m.submittedAt), name: m.submittedByName ?? '–' })}</span>
                </td>
                <td className="table__numeric" data-label={t('reporting.columns.value')}>
                  <strong>{formatMeasurementValue(m, indicator, format)}</strong>
                  {m.parts.length > 0 ? (
                    <span className="table__secondary">{m.parts.map((p) => `${p.categoryName}: ${format.number(p.value)}`).join(' · ')}</span>
                  ) : null}
                  {m.overlaps.length > 0 ? (
                    <span className="table__secondary">
                      {t('reporting.review.overlaps', {
                        list: m.overlaps
                          .map((o) => {
                            const item = t('reporting.review.overlapItem', { amount: formatAmount(o.amount, indicator, format), organisation: o.otherOrganisationName });
                            return o.note ? `${item} (${o.note})` : item;
                          })
                          .join(' · '),
                      })}
                    </span>
                  ) : null}
                </td>
                <td className="table__numeric" data-label={t('reporting.columns.previous')}>
                  {before ? (
                    <>
                      {formatMeasurementValue(before, indicator, format)}
                      <span className="table__secondary">
                        {periodLabel(before.periodKey, t, format.language)}
                        {before.status !== 'APPROVED' ? ` · ${t(`reporting.status.${before.status}`)}` : null}
                      </span>
                    </>
                  ) : (
                    <span className="muted">{t('reporting.review.noPrevious')}</span>
                  )}
                  {m.warnings.map((w) => (
                    <span key={`${w.code}-${w.field}`} className="review-table__warning">
                      <Icon name="alert" size={16} /> {warningText(t, (n) => format.number(n, { maximumFractionDigits: 4 }), w)}
                    </span>
                  ))}
                </td>
                <td className="table__actions">
                  <div className="review-table__actions">
                    <Button size="sm" variant="secondary" icon="check" loading={busyId === m.id} onClick={() => onApprove(m)}>
                      {t('reporting.review.approve')}
                      {' '}
                      <span className="visually-hidden">– {name}</span>
                    </Button>
                    <Button size="sm" variant="ghost" onClick={() => onReject(m)} disabled={busyId === m.id}>
                      {t('reporting.review.reject')}
                      {' '}
                      <span className="visually-hidden">– {name}</span>
                    </Button>
                    {indicator?.aggregation === 'SUM' ? (
                      <Button size="sm" variant="ghost" onClick={() => setOverlapsOf(m.id)}>
                        {t('reporting.review.editOverlaps')}
                        {' '}
                        <span className="visually-hidden">– {name}</span>
                      </Button>
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
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
          <OverlapsSection allianceId={allianceId} membershipId={editing.membershipId} indicator={editingIndicator} measurement={editing} anyState headingLevel={3} />
        ) : null}
      </Dialog>
    </div>
  );
}
