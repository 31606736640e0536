import { Line, LineChart, ReferenceLine, YAxis } from 'recharts';
import type { SeriesPoint } from './chart-data';

/** The Recharts drawing of a Sparkline, in its own chunk (loaded by sparkline.tsx). */
export default function SparklinePlot({ points, target, domain, width, height }: { points: SeriesPoint[]; target?: number | null; domain: [number, number]; width: number; height: number }) {
  return (
    <LineChart width={width} height={height} data={points} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
      <YAxis hide domain={domain} />
      {target !== null && target !== undefined ? <ReferenceLine y={target} stroke="#7a4b00" strokeDasharray="3 3" /> : null}
      <Line type="monotone" dataKey="value" stroke="#0e5a61" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} connectNulls={false} />
    </LineChart>
  );
}
