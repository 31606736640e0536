import { useId, type ReactNode } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import { splitProvisional, toPoints } from './chart-data';

export interface IndicatorChartLine {
  key: string;
  label: string;
  /** One value per period; null is a gap (nothing approved). */
  values: (number | null)[];
  /** Targets are drawn dashed without dots, actual values solid with markers. */
  variant: 'actual' | 'target';
  /** Parallel to `values`: a provisional value is drawn hollow, the segment to it dashed. */
  provisional?: boolean[];
}

/** Row keys of the parts an actual line is split into. */
const ALL = '__all';
const DASHED = '__dashed';
const IS_PROVISIONAL = '__provisional';

/*
 * Colours of the actual lines, in order: all at least 3:1 against white (WCAG 1.4.11), and
 * told apart by marker shape and dash pattern too, never by colour alone.
 */
const PALETTE = ['#0e5a61', '#244a86', '#a1431b', '#6b3fa0', '#1d6b3a', '#7a4b00', '#b3261e', '#4a5452'];
const DASHES = ['', '6 3', '2 3', '8 3 2 3', '1 4', '10 4', '4 2 1 2', '3 6'];
const DOTS = ['circle', 'square', 'diamond', 'triangle', 'circle', 'square', 'diamond', 'triangle'] as const;
const TARGET_COLOUR = '#7a4b00';
const BASELINE_COLOUR = '#4d5c59';

function Marker({ cx, cy, shape, colour, hollow = false }: { cx?: number; cy?: number; shape: (typeof DOTS)[number]; colour: string; hollow?: boolean }) {
  if (cx === undefined || cy === undefined || Number.isNaN(cx) || Number.isNaN(cy)) return null;
  const r = 4;
  // Provisional values are hollow: white inside, outlined in the line's colour.
  const paint = hollow ? { fill: '#fff', stroke: colour, strokeWidth: 2, className: 'series-chart__provisional' } : { fill: colour };
  if (shape === 'square') return <rect x={cx - r} y={cy - r} width={r * 2} height={r * 2} {...paint} />;
  if (shape === 'diamond') return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy} ${cx},${cy + r + 1} ${cx - r - 1},${cy}`} {...paint} />;
  if (shape === 'triangle') return <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`} {...paint} />;
  return <circle cx={cx} cy={cy} r={r} {...paint} />;
}

/**
 * Actual against target over periods, with the baseline as a reference line. Takes plain
 * arrays (no API types), so any area can draw an indicator's course. The drawing is hidden from
 * assistive technology: pass the same numbers as a table in `alternative` (shown below the
 * chart) — that is the chart's text alternative, and `caption` names the figure.
 */
export function IndicatorSeriesChart({
  periods,
  lines,
  caption,
  alternative,
  baseline,
  baselineLabel,
  provisionalLabel = 'provisional',
  formatValue,
  formatPeriod = (p) => p,
  formatTick = formatPeriod,
  height = 320,
}: {
  periods: string[];
  lines: IndicatorChartLine[];
  caption: ReactNode;
  alternative?: ReactNode;
  baseline?: number | null;
  baselineLabel?: string;
  /** Said after a provisional value in the tooltip, e.g. "vorläufig". */
  provisionalLabel?: string;
  formatValue: (value: number) => string;
  formatPeriod?: (period: string) => string;
  /** Axis labels, where space is short (defaults to formatPeriod). */
  formatTick?: (period: string) => string;
  height?: number;
}) {
  // An actual line with provisional values is drawn twice: solid through its complete values,
  // dashed along each segment touching a provisional one (see splitProvisional).
  const rows = periods.map((period, i) => {
    const row: Record<string, string | number | boolean | null> = { period };
    for (const line of lines) {
      const value = line.values[i] ?? null;
      if (line.variant === 'target' || !line.provisional?.some(Boolean)) {
        row[line.key] = value;
        continue;
      }
      const split = splitProvisional(toPoints(periods, line.values, line.provisional))[i]!;
      row[line.key] = split.solid;
      row[line.key + DASHED] = split.dashed;
      row[line.key + ALL] = value;
      row[line.key + IS_PROVISIONAL] = split.provisional;
    }
    return row;
  });
  let actualIndex = 0;
  const captionId = useId();

  return (
    <figure className="series-chart" aria-labelledby={captionId}>
      <figcaption id={captionId} className="series-chart__caption">
        {caption}
      </figcaption>
      <div className="series-chart__plot" aria-hidden="true">
        <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
          <LineChart data={rows} margin={{ top: 12, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#dce3e1" strokeDasharray="3 3" />
            <XAxis dataKey="period" tickFormatter={formatTick} tick={{ fill: '#4d5c59', fontSize: 12 }} minTickGap={12} />
            <YAxis tickFormatter={(v: number) => formatValue(v)} tick={{ fill: '#4d5c59', fontSize: 12 }} width={72} />
            <Tooltip
              formatter={(value, _name, item) => {
                // A provisional value is missing from the solid line: show it from the row, marked.
                const row = item.payload as Record<string, unknown> | undefined;
                const key = String(item.dataKey);
                const all = row?.[key + ALL];
                if (typeof all === 'number' && row?.[key + IS_PROVISIONAL] === true) return `${formatValue(all)} (${provisionalLabel})`;
                return typeof value === 'number' ? formatValue(value) : '–';
              }}
              labelFormatter={(label) => formatPeriod(String(label))}
            />
            <Legend wrapperStyle={{ fontSize: 13, color: '#1b2826' }} />
            {baseline !== null && baseline !== undefined ? (
              <ReferenceLine
                y={baseline}
                stroke={BASELINE_COLOUR}
                strokeDasharray="2 4"
                label={{ value: `${baselineLabel ?? ''} ${formatValue(baseline)}`.trim(), position: 'insideTopLeft', fill: '#4d5c59', fontSize: 12 }}
              />
            ) : null}
            {lines.map((line) => {
              if (line.variant === 'target') {
                return (
                  <Line
                    key={line.key}
                    type="stepAfter"
                    dataKey={line.key}
                    name={line.label}
                    stroke={TARGET_COLOUR}
                    strokeWidth={2}
                    strokeDasharray="8 4"
                    dot={false}
                    isAnimationActive={false}
                    connectNulls={false}
                  />
                );
              }
              const n = actualIndex++;
              const colour = PALETTE[n % PALETTE.length]!;
              const shape = DOTS[n % DOTS.length]!;
              const dashedPart = line.provisional?.some(Boolean) ? (
                <Line
                  key={line.key + DASHED}
                  type="linear"
                  dataKey={line.key + DASHED}
                  name={line.label}
                  stroke={colour}
                  strokeWidth={2.5}
                  strokeDasharray="4 4"
                  dot={(props: DotItemDotProps) =>
                    (props.payload as Record<string, unknown>)[line.key + IS_PROVISIONAL] ? (
                      <Marker key={`${line.key}-p-${props.index}`} cx={props.cx} cy={props.cy} shape={shape} colour={colour} hollow />
                    ) : (
                      <g key={`${line.key}-p-${props.index}`} />
                    )
                  }
                  legendType="none"
                  tooltipType="none"
                  isAnimationActive={false}
                  connectNulls={false}
                />
              ) : null;
              return [
                <Line
                  key={line.key}
                  type="linear"
                  dataKey={line.key}
                  name={line.label}
                  stroke={colour}
                  strokeWidth={2.5}
                  strokeDasharray={DASHES[n % DASHES.length]}
                  dot={(props: DotItemDotProps) => <Marker key={`${line.key}-${props.index}`} cx={props.cx} cy={props.cy} shape={shape} colour={colour} />}
                  legendType={shape === 'circle' ? 'circle' : shape === 'square' ? 'square' : shape === 'diamond' ? 'diamond' : 'triangle'}
                  isAnimationActive={false}
                  connectNulls={false}
                />,
                dashedPart,
              ];
            })}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {alternative ? <div className="series-chart__alternative">{alternative}</div> : null}
    </figure>
  );
}
