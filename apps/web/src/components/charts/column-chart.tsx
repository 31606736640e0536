import { lazy, Suspense } from 'react';
import { ChartFigure, ChartLegend } from './chart-figure';
import { tableRows } from './chart-data';

/*
 * Recharts (with its d3 and redux parts, ~95 KB gzipped) arrives after the page: caption, legend
 * and the table with the numbers render at once, the drawing follows into reserved space.
 */
const ColumnPlot = lazy(() => import('./column-plot'));

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

/**
 * Columns (or bars) per category, one or more series; with caption and data table. Nothing at all
 * when every value is zero or missing: an empty pair of axes says nothing the card's words don't.
 */
export function ColumnChart<K extends string>({
  caption,
  tableLabel,
  categoryHeader,
  series,
  data,
  formatValue,
  stacked = false,
  horizontal = false,
  height = 200,
}: ColumnChartProps<K>) {
  const keys = series.map((s) => s.key);
  if (data.every((row) => keys.every((k) => !row.values[k]))) return null;
  const rows = data.map((row) => ({ label: row.label, ...Object.fromEntries(keys.map((k) => [k, row.values[k] ?? null])) }));
  return (
    <ChartFigure
      caption={caption}
      legend={series.length > 1 ? <ChartLegend items={series} /> : undefined}
      table={{ label: tableLabel, categoryHeader, columns: series.map((s) => s.label), rows: tableRows(data, keys, formatValue) }}
    >
      <Suspense fallback={<div style={{ height }} />}>
        <ColumnPlot series={series} rows={rows} stacked={stacked} horizontal={horizontal} height={height} />
      </Suspense>
    </ChartFigure>
  );
}

/** Parts of a whole per category (e.g. reports approved, waiting, missing per period). */
export function StackedBars<K extends string>(props: Omit<ColumnChartProps<K>, 'stacked'>) {
  return <ColumnChart {...props} stacked />;
}
