import { Line, LineChart, ReferenceLine, YAxis, type DotItemDotProps } from 'recharts';
import type { ProvisionalRow } from './chart-data';

const LINE_COLOUR = '#0e5a61';

/** A provisional value: hollow, so it reads as "not final" in greyscale too. */
function HollowDot({ cx, cy, payload }: { cx?: number; cy?: number; payload?: { provisional?: boolean } }) {
  if (!payload?.provisional || cx === undefined || cy === undefined || Number.isNaN(cx) || Number.isNaN(cy)) return null;
  return <circle className="sparkline__provisional" cx={cx} cy={cy} r={2.5} fill="#fff" stroke={LINE_COLOUR} strokeWidth={1.5} />;
}

/** The Recharts drawing of a Sparkline, in its own chunk (loaded by sparkline.tsx). */
export default function SparklinePlot({
  rows,
  target,
  domain,
  width,
  height,
}: {
  rows: ProvisionalRow[];
  target?: number | null;
  domain: [number, number];
  width: number;
  height: number;
}) {
  const anyProvisional = rows.some((r) => r.provisional);
  return (
    <LineChart width={width} height={height} data={rows} margin={{ top: 4, right: 4, bottom: 4, left: 4 }} accessibilityLayer={false}>
      <YAxis hide domain={domain} />
      {target !== null && target !== undefined ? <ReferenceLine y={target} stroke="#7a4b00" strokeDasharray="3 3" /> : null}
      <Line type="monotone" dataKey="solid" stroke={LINE_COLOUR} strokeWidth={2} dot={{ r: 2 }} isAnimationActive={false} connectNulls={false} />
      {anyProvisional ? (
        <Line
          type="monotone"
          dataKey="dashed"
          stroke={LINE_COLOUR}
          strokeWidth={2}
          strokeDasharray="3 2"
          dot={(props: DotItemDotProps) => (
            <HollowDot key={`p-${props.index}`} cx={props.cx} cy={props.cy} payload={props.payload as { provisional?: boolean }} />
          )}
          isAnimationActive={false}
          connectNulls={false}
        />
      ) : null}
    </LineChart>
  );
}
