import type { CanvasElement, Content, Pattern, PatternFill } from 'pdfmake/interfaces';
import type { ReportIndicator } from './funder-report.data';
import type { ReportFormat } from './funder-report.texts';

/** The chart's size in points: the content width of the A4 page less a little. */
export const CHART_WIDTH = 470;
export const CHART_HEIGHT = 170;

/** Name of the document-level pattern (funder-report.document.ts) that hatches provisional bars. */
export const HATCH_PATTERN = 'hatch';
/** Diagonal strokes every 6 pt, drawn in the colour the bar gives it (an uncoloured tiling pattern). */
export const HATCH_PATTERN_DEF: Pattern = { boundingBox: [0, 0, 6, 6], xStep: 6, yStep: 6, pattern: '1.1 w -1 7 m 7 -1 l S' };

const PAD = { left: 47, right: 9, top: 28, bottom: 24 };
const TARGET_COLOUR = '#222222';
const GRID = '#d9d9d9';
const AXIS = '#888888';
const TEXT = '#444444';
const TARGET_DASH = { length: 3.8, space: 2.4 };
const PROVISIONAL_DASH = { length: 1.9, space: 1.4 };

/** A "nice" step for about `ticks` grid lines up to `max` (1, 2, 2.5, 5 × 10ⁿ). */
export function niceStep(max: number, ticks = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw)!;
  return step;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** A label placed in the chart's frame: a one-column box of `width` at (x, y), aligned inside it, on one line. */
function label(text: string, x: number, y: number, width: number, alignment: 'left' | 'right' | 'center', fontSize: number, italics = false): Content {
  return {
    relativePosition: { x: r1(x), y: r1(y) },
    columns: [{ width: r1(width), text, alignment, fontSize, italics, color: TEXT, lineHeight: 1, noWrap: true }],
  };
}

/** Box of a label centred on a bar: wider than a narrow slot, so a period's name stays on one line. */
const CENTRED_WIDTH = 60;
const centred = (text: string, cx: number, y: number, fontSize: number, italics = false) =>
  label(text, cx - CENTRED_WIDTH / 2, y, CENTRED_WIDTH, 'center', fontSize, italics);

/**
 * Actual vs target of one indicator, drawn with pdfmake's own vector primitives (a canvas for
 * lines and bars, positioned labels for text) — no SVG to parse per chart. Bars for the approved
 * roll-ups in the alliance's colour; provisional periods lighter, hatched, outlined dashed and
 * labelled where there is room; the target as a dashed step line; a legend on top. Suppressed
 * values draw no bar and print the threshold marker instead, so the picture reveals no more than
 * the table.
 */
export function indicatorChart(ind: ReportIndicator, colour: string, light: string, f: ReportFormat, threshold: number | null): Content {
  const n = ind.periods.length;
  const innerW = CHART_WIDTH - PAD.left - PAD.right;
  const innerH = CHART_HEIGHT - PAD.top - PAD.bottom;
  const shown = ind.actual.map((v, i) => (ind.suppressed[i] ? null : v));
  const values = [...shown, ...ind.target].filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(0, ...values);
  const min = Math.min(0, ...values);
  const step = niceStep(Math.max(max - min, max) || 1);
  const top = Math.ceil(max / step) * step || step;
  const bottom = Math.floor(min / step) * step;
  const y = (v: number) => PAD.top + innerH - ((v - bottom) / (top - bottom)) * innerH;
  const slot = innerW / Math.max(n, 1);
  const barW = Math.max(2, Math.min(38, slot * 0.62));
  const x = (i: number) => PAD.left + slot * i + slot / 2;
  const right = CHART_WIDTH - PAD.right;
  const hatch: PatternFill = [HATCH_PATTERN, colour];
  const canvas: CanvasElement[] = [];
  const labels: Content[] = [];

  // Grid and y axis labels.
  for (let v = bottom; v <= top + step / 1000; v += step) {
    const yy = r1(y(v));
    canvas.push({ type: 'line', x1: PAD.left, y1: yy, x2: right, y2: yy, lineWidth: 0.6, lineColor: GRID });
    labels.push(label(f.number(v, ind.decimals), 0, y(v) - 4, PAD.left - 5, 'right', 7.5));
  }
  // Bars.
  const labelEvery = Math.ceil(n / 12);
  const roomForWord = slot >= 28;
  shown.forEach((v, i) => {
    const cx = x(i);
    if (ind.suppressed[i]) {
      labels.push(centred(f.t('suppressed', { k: threshold ?? '' }), cx, y(0) - 11, 6.5));
    } else if (v !== null) {
      const yTop = Math.min(y(v), y(0));
      const h = Math.max(0.8, Math.abs(y(v) - y(0)));
      const bar = { type: 'rect' as const, x: r1(cx - barW / 2), y: r1(yTop), w: r1(barW), h: r1(h) };
      if (ind.provisional[i]) {
        canvas.push({ ...bar, color: light });
        canvas.push({ ...bar, color: hatch });
        canvas.push({ ...bar, lineColor: colour, lineWidth: 0.75, dash: PROVISIONAL_DASH });
        if (roomForWord) labels.push(centred(f.t('provisional'), cx, Math.min(yTop, y(ind.target[i] ?? v)) - 10, 6, true));
      } else {
        canvas.push({ ...bar, color: colour });
      }
    }
    if (i % labelEvery === 0) labels.push(centred(f.period(ind.periods[i]), cx, CHART_HEIGHT - PAD.bottom + 4, 7));
  });
  // Axis line at 0.
  canvas.push({ type: 'line', x1: PAD.left, y1: r1(y(0)), x2: right, y2: r1(y(0)), lineWidth: 0.8, lineColor: AXIS });
  // Target as a step line: each period's target spans its slot; a gap where there is none.
  let run: { x: number; y: number }[] = [];
  const flush = () => {
    if (run.length) canvas.push({ type: 'polyline', points: run, lineWidth: 1.3, lineColor: TARGET_COLOUR, dash: TARGET_DASH });
    run = [];
  };
  ind.target.forEach((tv, i) => {
    if (tv === null) return flush();
    const yy = r1(y(tv));
    run.push({ x: r1(PAD.left + slot * i + 1), y: yy }, { x: r1(PAD.left + slot * (i + 1) - 1), y: yy });
  });
  flush();
  // Legend.
  const lx = PAD.left;
  canvas.push({ type: 'rect', x: lx, y: 5, w: 9.5, h: 9.5, color: colour });
  labels.push(label(f.t('legendActual'), lx + 13, 6, 100, 'left', 7.5));
  const swatch = { type: 'rect' as const, x: lx + 113, y: 5, w: 9.5, h: 9.5 };
  canvas.push({ ...swatch, color: light }, { ...swatch, color: hatch });
  canvas.push({ ...swatch, lineColor: colour, lineWidth: 0.75, dash: PROVISIONAL_DASH });
  labels.push(label(f.t('legendProvisional'), lx + 126, 6, 120, 'left', 7.5));
  canvas.push({ type: 'line', x1: lx + 246, y1: 10, x2: lx + 263, y2: 10, lineWidth: 1.3, lineColor: TARGET_COLOUR, dash: TARGET_DASH });
  labels.push(label(f.t('legendTarget'), lx + 267, 6, 100, 'left', 7.5));

  // The labels are detached (they take no room), the canvas gives the chart its height.
  return { stack: [...labels, { canvas, margin: [0, 0, 0, PAD.bottom] }] };
}
