import { Line, LineChart, ReferenceLine, YAxis, type DotItemDotProps } from 'recharts';
import { splitProvisional, type SeriesPoint } from './chart-data';

const LINE_COLOUR = '#0e5a61';

/** A provisional value: hollow, so it reads as "not final" in greyscale too. */
function HollowDot({ cx, cy, payload }: { cx?: number; cy?: number; payload?: { provisional?: boolean } }) {
  if (!payload?.provisional || cx === undefined || cy === undefined || Number.isNaN(cx) || Number.isNaN(cy)) return null;
  return <circle className="sparkline__provisional" cx={cx} cy={cy} r={2.5} fill="#fff" stroke={LINE_COLOUR} strokeWidth={1.5} />;
}

/**
 * A small line of the last values, without axes. `description` says the same in words (read
 * by screen readers in place of the drawing), e.g. "Verlauf: Sep. 26: 160, Okt. 26: 172".
 * Provisional points are drawn hollow, the segment leading to them dashed; the description
 * must say "vorläufig" for them too.
 */
export function Sparkline({ points, target, description, width = 140, height = 40 }: { points: SeriesPoint[]; target?: number | null; description: string; width?: number; height?: number }) {
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
        <LineChart width={width} height={height} data={rows} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
          <YAxis hide domain={values.length ? [min - pad, max + pad] : [0, 1]} />
          {target !== null && target !== undefined ? <ReferenceLine y={target} stroke="#7a4b00" strokeDasharray="3 3" /> : null}
          <Line type="monotone" dataKey="solid" stroke={LINE_COLOUR} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} connectNulls={false} />
          {anyProvisional ? (
            <Line
              type="monotone"
              dataKey="dashed"
              stroke={LINE_COLOUR}
              strokeWidth={2}
              strokeDasharray="3 2"
              dot={(props: DotItemDotProps) => <HollowDot key={`p-${props.index}`} cx={props.cx} cy={props.cy} payload={props.payload as { provisional?: boolean }} />}
              isAnimationActive={false}
              connectNulls={false}
            />
          ) : null}
        </LineChart>
      </div>
      <figcaption className="visually-hidden">{description}</figcaption>
    </figure>
  );
}
