import { useTranslation } from 'react-i18next';
import { Icon } from '@/components/ui/icon';
import { useFormat } from '@/lib/i18n';
import type { Measurement } from '../api/get-measurements';
import type { ReportingPeriod } from '../api/get-open-periods';
import { todayIso } from '../utils/due';
import { isEditable } from '../utils/measurement';
import { MeasurementStatusBadge } from './measurement-status-badge';

/** Period, deadline (overdue while the value can still be handed in) and status of one value. */
export function MeasurementFacts({ period, periodText, current }: { period: ReportingPeriod; periodText: string; current: Measurement | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="measurement-facts">
      <div>
        <dt>{t('reporting.form.period')}</dt>
        <dd>{periodText}</dd>
      </div>
      <div>
        <dt>{t('reporting.form.deadline')}</dt>
        <dd>
          {period.dueOn ? format.date(period.dueOn) : '–'}
          {period.dueOn && period.dueOn < todayIso() && isEditable(current) ? (
            <span className="reporting-overdue">
              <Icon name="alert" size={16} /> {t('reporting.due.overdue')}
            </span>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t('reporting.columns.status')}</dt>
        <dd>
          <MeasurementStatusBadge state={current?.status ?? 'NOT_STARTED'} />
        </dd>
      </div>
    </dl>
  );
}
