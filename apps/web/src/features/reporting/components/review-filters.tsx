import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { useFormat } from '@/lib/i18n';
import type { QueuedMeasurement } from '../api/get-review-queue';
import { periodLabel } from '../utils/period-label';

export interface ReviewFilter {
  periodKey: string;
  membershipId: string;
  indicatorId: string;
}

export const NO_FILTER: ReviewFilter = { periodKey: '', membershipId: '', indicatorId: '' };

/** The queued values the filter lets through (an empty field lets everything through). */
export function applyReviewFilter(items: QueuedMeasurement[], f: ReviewFilter): QueuedMeasurement[] {
  return items.filter(
    (m) =>
      (!f.periodKey || m.periodKey === f.periodKey) &&
      (!f.membershipId || m.membershipId === f.membershipId) &&
      (!f.indicatorId || m.indicatorId === f.indicatorId),
  );
}

/** Distinct values of the queue, sorted by their label (periods newest first). */
function choices(items: QueuedMeasurement[], key: (m: QueuedMeasurement) => string, label: (m: QueuedMeasurement) => string, newestFirst = false) {
  const seen = new Map<string, string>();
  for (const m of items) if (!seen.has(key(m))) seen.set(key(m), label(m));
  const sorted = [...seen].sort(newestFirst ? (a, b) => b[0].localeCompare(a[0]) : (a, b) => a[1].localeCompare(b[1]));
  return sorted.map(([value, text]) => ({ value, label: text }));
}

/** Narrow the review queue by period, member and indicator; the options come from what waits. */
export function ReviewFilters({ items, value, onChange }: { items: QueuedMeasurement[]; value: ReviewFilter; onChange: (f: ReviewFilter) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const all = { value: '', label: t('reporting.review.filter.all') };
  const active = value.periodKey || value.membershipId || value.indicatorId;
  return (
    <div className="review-filters" role="group" aria-label={t('reporting.review.filter.label')}>
      <SelectField
        label={t('reporting.review.filter.period')}
        required={false}
        value={value.periodKey}
        onChange={(e) => onChange({ ...value, periodKey: e.target.value })}
        options={[
          all,
          ...choices(
            items,
            (m) => m.periodKey,
            (m) => periodLabel(m.periodKey, t, format.language),
            true,
          ),
        ]}
      />
      <SelectField
        label={t('reporting.review.filter.member')}
        required={false}
        value={value.membershipId}
        onChange={(e) => onChange({ ...value, membershipId: e.target.value })}
        options={[
          all,
          ...choices(
            items,
            (m) => m.membershipId,
            (m) => m.organisation.name,
          ),
        ]}
      />
      <SelectField
        label={t('reporting.review.filter.indicator')}
        required={false}
        value={value.indicatorId}
        onChange={(e) => onChange({ ...value, indicatorId: e.target.value })}
        options={[
          all,
          ...choices(
            items,
            (m) => m.indicatorId,
            (m) => m.indicatorName,
          ),
        ]}
      />
      {active ? (
        <Button variant="ghost" size="sm" onClick={() => onChange(NO_FILTER)}>
          {t('reporting.review.filter.reset')}
        </Button>
      ) : null}
    </div>
  );
}
