import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { shortLabel } from './chart-data';

export interface ColumnPlotProps {
  series: { key: string; label: string; color: string }[];
  rows: Record<string, string | number | null>[];
  stacked: boolean;
  horizontal: boolean;
  height: number;
}

/** The Recharts drawing of a ColumnChart, in its own chunk (loaded by column-chart.tsx). */
export default function ColumnPlot({ series, rows, stacked, horizontal, height }: ColumnPlotProps) {
  return (
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
  );
}
