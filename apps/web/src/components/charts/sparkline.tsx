import { lazy, Suspense } from 'react';
import { splitProvisional, type SeriesPoint } from './chart-data';

/** Recharts arrives after the page (see column-chart.tsx); the description is there at once. */
const SparklinePlot = lazy(() => import('./sparkline-plot'));

/**
 * A small line of the last values, without axes. `description` says the same in words (read
 * by screen readers in place of the drawing), e.g. "Verlauf: Sep. 26: 160, Okt. 26: 172".
 * Provisional points are drawn hollow, the segment leading to them dashed; the description
 * must say "vorläufig" for them too.
 */
export function Sparkline({
  points,
  target,
  description,
  width = 140,
  height = 40,
}: {
  points: SeriesPoint[];
  target?: number | null;
  description: string;
  width?: number;
  height?: number;
}) {
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (target !== null && target !== undefined) values.push(target);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const pad = (max - min) * 0.1 || Math.abs(max) * 0.1 || 1;
  const rows = splitProvisional(points);
  const anyProvisional = rows.some((r) => r.provisional);
  return (
    <figure className="sparkline" data-provisional={anyProvisional ? 'true' : undefined}>
      <div aria-hidden="true" className="sparkline__plot">
        <Suspense fallback={<div style={{ width, height }} />}>
          <SparklinePlot rows={rows} target={target} domain={values.length ? [min - pad, max + pad] : [0, 1]} width={width} height={height} />
        </Suspense>
      </div>
      <figcaption className="visually-hidden">{description}</figcaption>
    </figure>
  );
}
