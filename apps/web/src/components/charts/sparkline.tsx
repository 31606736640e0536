import { Line, LineChart, ReferenceLine, YAxis } from 'recharts';
import type { SeriesPoint } from './chart-data';

/**
 * A small line of the last values, without axes. `description` says the same in words (read
 * by screen readers in place of the drawing), e.g. "Verlauf: Sep. 26: 160, Okt. 26: 172".
 */
export function Sparkline({ points, target, description, width = 140, height = 40 }: { points: SeriesPoint[]; target?: number | null; description: string; width?: number; height?: number }) {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (target !== null && target !== undefined) values.push(target);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
  return (
    <figure className="sparkline">
      <div aria-hidden="true" className="sparkline__plot">
        <LineChart width={width} height={height} data={points} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <YAxis hide domain={values.length ? [min - pad, max + pad] : [0, 1]} />
          {target !== null && target !== undefined ? <ReferenceLine y={target} stroke="#7a4b00" strokeDasharray="3 3" /> : null}
          <Line type="monotone" dataKey="value" stroke="#0e5a61" strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} connectNulls={false} />
        </LineChart>
      </div>
      <figcaption className="visually-hidden">{description}</figcaption>
    </figure>
  );
}
