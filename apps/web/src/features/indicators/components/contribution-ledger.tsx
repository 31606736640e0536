import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPeriodKey } from '@/components/charts/period-label';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { LoadingState } from '@/components/ui/spinner';
import { DataTable } from '@/components/ui/data-table';
import { SuppressedValue } from '@/components/ui/suppressed-value';
import { useDisclosure } from '@/lib/disclosure';
import { useErrorMessage } from '@/lib/errors';
import { useFormat } from '@/lib/i18n';
import { useContributions } from '../api/get-contributions';
import type { IndicatorDetail } from '../api/get-indicator';
import { useIndicatorSeries } from '../api/get-indicator-series';
import { useIndicatorValue } from '../utils/format-value';
import { chartRange } from '../utils/periods';
import { periodsWithValues, toChartData } from '../utils/series';

/** Years looked back for periods with approved values (the chart's default range, so the data is shared). */
const LEDGER_YEARS = 3;

/** Each member's part of the roll-up of one period; overlaps between members are deducted. Not for observers. */
export function ContributionLedger({ allianceId, indicator }: { allianceId: string; indicator: IndicatorDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const describe = useErrorMessage();
  const value = useIndicatorValue();
  const range = useMemo(() => chartRange(new Date(), LEDGER_YEARS), []);
  const totals = useIndicatorSeries(allianceId, { indicatorIds: [indicator.id], by: 'TOTAL', ...range });
  const periods = useMemo(() => periodsWithValues(toChartData(totals.data ?? [], { actual: '', target: '' })), [totals.data]);
  const [chosen, setChosen] = useState<string | null>(null);
  const period = chosen ?? periods[0] ?? '';
  const contributions = useContributions(allianceId, indicator.id, period);
  const total = totals.data?.find((s) => s.key === 'total');
  const at = total ? total.periods.indexOf(period) : -1;
  const rollupValue = at >= 0 ? (total!.actual[at] ?? null) : null;
  const k = useDisclosure(allianceId).data?.smallNumberThreshold;
  const hidden = <SuppressedValue threshold={k} />;
  const anySuppressed = (contributions.data ?? []).some((c) => c.suppressed);

  const heading = (
    <h2 id="indicator-ledger" className="section__title">
      {t('indicators.ledger.title')}
    </h2>
  );

  if (totals.isPending)
    return (
      <section className="section" aria-labelledby="indicator-ledger">
        {heading}
        <LoadingState label={t('indicators.ledger.loading')} />
      </section>
    );
  if (totals.isError)
    return (
      <section className="section" aria-labelledby="indicator-ledger">
        {heading}
        <Alert tone="error" title={t('indicators.ledger.loadFailed')}>
          {describe(totals.error)}
        </Alert>
      </section>
    );

  return (
    <section className="section" aria-labelledby="indicator-ledger">
      <div className="section__head">
        {heading}
        {periods.length > 0 ? (
          <div className="series-controls">
            <SelectField
              label={t('indicators.ledger.period')}
              value={period}
              onChange={(e) => setChosen(e.target.value)}
              options={periods.map((p) => {
                // A period still provisional says so: its total may change as reports come in.
                const i = total ? total.periods.indexOf(p) : -1;
                const provisional = i >= 0 && total!.provisional?.[i] === true;
                const label = formatPeriodKey(p, format.language);
                return { value: p, label: provisional ? `${label} (${t('measurement.provisionalShort')})` : label };
              })}
            />
          </div>
        ) : null}
      </div>
      <p className="section__description">{t(`indicators.ledger.explain.${indicator.aggregation}`)}</p>
      {periods.length === 0 ? (
        <div className="card card--padded">
          <p className="card__description">{t('indicators.ledger.empty')}</p>
        </div>
      ) : contributions.isPending ? (
        <LoadingState label={t('indicators.ledger.loading')} />
      ) : contributions.isError ? (
        <Alert
          tone="error"
          title={t('indicators.ledger.loadFailed')}
          actions={
            <Button size="sm" onClick={() => void contributions.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {describe(contributions.error)}
        </Alert>
      ) : (
        <DataTable
          caption={t('indicators.ledger.caption', { period: formatPeriodKey(period, format.language) })}
          rows={contributions.data}
          rowKey={(c) => c.membershipId}
          columns={[
            { key: 'member', header: t('indicators.ledger.columns.member'), rowHeader: true, cell: (c) => c.organisationName },
            {
              key: 'reported',
              header: t('indicators.ledger.columns.reported'),
              className: 'table__numeric',
              cell: (c) => (c.reported == null ? hidden : value(c.reported, indicator, false)),
            },
            {
              key: 'overlap',
              header: t('indicators.ledger.columns.overlap'),
              className: 'table__numeric',
              cell: (c) => (c.overlapDeducted == null ? hidden : c.overlapDeducted > 0 ? `−${value(c.overlapDeducted, indicator, false)}` : '–'),
            },
            {
              key: 'net',
              header: t('indicators.ledger.columns.net'),
              className: 'table__numeric',
              cell: (c) => (c.net == null ? hidden : value(c.net, indicator, false)),
            },
            {
              key: 'share',
              header: t('indicators.ledger.columns.share'),
              className: 'table__numeric',
              cell: (c) => (c.suppressed ? hidden : c.shareOfTotal == null ? '–' : format.percent(c.shareOfTotal)),
            },
          ]}
          footer={
            <tr>
              <th scope="row">{t('indicators.ledger.total')}</th>
              <td className="table__numeric">
                {indicator.aggregation === 'SUM' && !anySuppressed ? value(sum(contributions.data.map((c) => c.reported ?? 0)), indicator, false) : '–'}
              </td>
              <td className="table__numeric">
                {!anySuppressed && deducted(contributions.data) > 0 ? `−${value(deducted(contributions.data), indicator, false)}` : '–'}
              </td>
              <td className="table__numeric">
                {rollupValue == null && anySuppressed ? hidden : value(rollupValue ?? sum(contributions.data.map((c) => c.net ?? 0)), indicator)}
              </td>
              <td className="table__numeric">{contributions.data.length > 0 ? format.percent(1) : '–'}</td>
            </tr>
          }
        />
      )}
    </section>
  );
}

function sum(values: number[]) {
  return values.reduce((a, b) => a + b, 0);
}

function deducted(rows: { overlapDeducted?: number | null }[]) {
  return sum(rows.map((r) => r.overlapDeducted ?? 0));
}
