import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriodKey } from '@/components/charts/period-label';
import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import { LoadingState } from '@/components/ui/spinner';
import { SuppressedValue } from '@/components/ui/suppressed-value';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import type { IndicatorDetail } from '../api/get-indicator';
import { useParticipationValues, type ParticipationValue } from '../api/get-participation-values';

/** How many periods the table shows (newest first). */
const PERIODS = 8;

interface Row {
  period: string;
  cells: Map<string, ParticipationValue>;
}

/**
 * A participation-sourced indicator (issue 16) has no members' values, so no line per member:
 * instead its values per district, period by period (newest first), small counts suppressed.
 */
export function ParticipationDistricts({ allianceId, indicator }: { allianceId: string; indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const f = useFormat();
  const values = useParticipationValues(allianceId, indicator.id, true);
  const { rows, districts } = useMemo(() => {
    const byPeriod = new Map<string, Row>();
    const names = new Map<string, string>();
    for (const v of values.data ?? []) {
      const row = byPeriod.get(v.period) ?? { period: v.period, cells: new Map() };
      row.cells.set(v.districtId ?? '', v);
      byPeriod.set(v.period, row);
      if (v.districtId) names.set(v.districtId, v.districtName ?? v.districtId);
    }
    return {
      rows: [...byPeriod.values()].sort((a, b) => b.period.localeCompare(a.period)).slice(0, PERIODS),
      districts: [...names.entries()].sort((a, b) => a[1].localeCompare(b[1])),
    };
  }, [values.data]);
  const cell = (row: Row, key: string) => {
    const v = row.cells.get(key);
    if (!v) return '–';
    return v.suppressed || v.value === null ? <SuppressedValue /> : f.number(v.value);
  };

  return (
    <section className="section" aria-labelledby="indicator-districts">
      <div className="section__head">
        <h2 id="indicator-districts" className="section__title">
          {t('indicators.districts.title')}
        </h2>
      </div>
      <p className="card__description">{t('indicators.districts.noMembers')}</p>
      {values.isPending ? (
        <LoadingState />
      ) : values.isError ? (
        <Alert tone="error">{describe(values.error)}</Alert>
      ) : rows.length === 0 ? (
        <p>{t('indicators.districts.empty')}</p>
      ) : (
        <div className="table-wrap" role="region" aria-label={t('indicators.districts.title')} tabIndex={0}>
          <DataTable
            wrap={false}
            captionClassName="table__caption"
            caption={t('indicators.districts.caption', { name: indicator.name })}
            rows={rows}
            rowKey={(row) => row.period}
            columns={[
              { key: 'period', header: t('indicators.chart.period'), rowHeader: true, cell: (row: Row) => formatPeriodKey(row.period, f.language) },
              ...districts.map(([id, name]) => ({ key: id, header: name, className: 'table__numeric', cell: (row: Row) => cell(row, id) })),
              { key: 'total', header: t('indicators.districts.total'), className: 'table__numeric', cell: (row: Row) => cell(row, '') },
            ]}
          />
        </div>
      )}
    </section>
  );
}
