import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { ChartFigure, ChartLegend } from './chart-figure';
import { shortLabel, tableRows } from './chart-data';

/** Chart colours: the accent and neutrals from the tokens, distinguishable in greyscale too. */
export const CHART_COLORS = {
  accent: '#0e5a61',
  info: '#1f4f8a',
  warning: '#b27300',
  muted: '#9aa8a5',
  danger: '#b3261e',
} as const;

export interface ChartSeries<K extends string> {
  key: K;
  label: string;
  color: string;
}

export interface ColumnChartProps<K extends string> {
  caption: string;
  /** Text of the disclosure with the data table. */
  tableLabel: string;
  /** Header of the categories column in the table (e.g. "Monat"). */
  categoryHeader: string;
  series: ChartSeries<K>[];
  data: { label: string; values: Partial<Record<K, number | null>> }[];
  formatValue: (value: number | null) => string;
  /** Stack the series on top of each other (parts of one whole). */
  stacked?: boolean;
  /** Horizontal bars suit long category names (organisations). */
  horizontal?: boolean;
  height?: number;
}

/** Columns (or bars) per category, one or more series; with caption and data table. */
export function ColumnChart<K extends string>({ caption, tableLabel, categoryHeader, series, data, formatValue, stacked = false, horizontal = false, height = 200 }: ColumnChartProps<K>) {
  const keys = series.map((s) => s.key);
  const rows = data.map((row) => ({ label: row.label, ...Object.fromEntries(keys.map((k) => [k, row.values[k] ?? null])) }));
  return (
    <ChartFigure
      caption={caption}
      legend={series.length > 1 ? <ChartLegend items={series} /> : undefined}
      table={{ label: tableLabel, categoryHeader, columns: series.map((s) => s.label), rows: tableRows(data, keys, formatValue) }}
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 480, height }}>
        <BarChart data={rows} layout={horizontal ? 'vertical' : 'horizontal'} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="#dce3e1" vertical={horizontal} horizontal={!horizontal} />
          {horizontal ? (
            <>
              <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12, fill: '#4d5c59' }} />
              <YAxis type="category" dataKey="label" width={150} tick={{ fontSize: 12, fill: '#4d5c59' }} tickFormatter={(label: string) => shortLabel(label)} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fontSize: 12, fill: '#4d5c59' }} interval="preserveStartEnd" />
              <YAxis allowDecimals={false} width={36} tick={{ fontSize: 12, fill: '#4d5c59' }} />
            </>
          )}
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? 'stack' : undefined} isAnimationActive={false} maxBarSize={40} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFigure>
  );
}

/** Parts of a whole per category (e.g. reports approved, waiting, missing per period). */
export function StackedBars<K extends string>(props: Omit<ColumnChartProps<K>, 'stacked'>) {
  return <ColumnChart {...props} stacked />;
}
