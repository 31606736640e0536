import type { ReportIndicator } from './funder-report.data';
import type { ReportFormat } from './funder-report.texts';

export const CHART_WIDTH = 500;
export const CHART_HEIGHT = 180;

const PAD = { left: 50, right: 10, top: 30, bottom: 26 };
const TARGET_COLOUR = '#222222';
const GRID = '#d9d9d9';
const TEXT = '#444444';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A "nice" step for about `ticks` grid lines up to `max` (1, 2, 2.5, 5 × 10ⁿ). */
export function niceStep(max: number, ticks = 4): number {
  if (!(max > 0)) return 1;
  const raw = max / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((f) => f * power).find((s) => s >= raw)!;
  return step;
}

/**
 * Actual vs target of one indicator as an SVG for the PDF: bars for the approved roll-ups (in the
 * alliance's colour), provisional periods lighter and hatched and labelled where there is room,
 * the target as a dashed step line, a legend on top. Suppressed values draw no bar and print the
 * threshold marker instead, so the picture reveals no more than the table.
 */
export function indicatorChartSvg(ind: ReportIndicator, colour: string, f: ReportFormat, threshold: number | null): string {
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
  const barW = Math.max(2, Math.min(40, slot * 0.62));
  const x = (i: number) => PAD.left + slot * i + slot / 2;
  const parts: string[] = [];
  parts.push(
    `<defs><pattern id="hatch" patternUnits="userSpaceOnUse" width="6" height="6"><rect width="6" height="6" fill="${colour}" fill-opacity="0.25"/>` +
      `<path d="M0,6 L6,0" stroke="${colour}" stroke-width="1.2"/></pattern></defs>`,
  );
  // Grid and y axis labels.
  for (let v = bottom; v <= top + step / 1000; v += step) {
    const yy = y(v).toFixed(1);
    parts.push(`<line x1="${PAD.left}" y1="${yy}" x2="${CHART_WIDTH - PAD.right}" y2="${yy}" stroke="${GRID}" stroke-width="0.6"/>`);
    parts.push(
      `<text x="${PAD.left - 5}" y="${(y(v) + 3).toFixed(1)}" font-size="8" fill="${TEXT}" text-anchor="end">${esc(f.number(v, ind.decimals))}</text>`,
    );
  }
  // Bars.
  const labelEvery = Math.ceil(n / 12);
  const roomForWord = slot >= 30;
  shown.forEach((v, i) => {
    const cx = x(i);
    if (ind.suppressed[i]) {
      parts.push(
        `<text x="${cx.toFixed(1)}" y="${(y(0) - 4).toFixed(1)}" font-size="7" fill="${TEXT}" text-anchor="middle">${esc(f.t('suppressed', { k: threshold ?? '' }))}</text>`,
      );
    } else if (v !== null) {
      const yTop = Math.min(y(v), y(0));
      const h = Math.max(0.8, Math.abs(y(v) - y(0)));
      const fill = ind.provisional[i] ? `fill="url(#hatch)" stroke="${colour}" stroke-width="0.8" stroke-dasharray="2,1.5"` : `fill="${colour}"`;
      parts.push(`<rect x="${(cx - barW / 2).toFixed(1)}" y="${yTop.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" ${fill}/>`);
      if (ind.provisional[i] && roomForWord) {
        parts.push(
          `<text x="${cx.toFixed(1)}" y="${(Math.min(yTop, y(ind.target[i] ?? v)) - 4).toFixed(1)}" font-size="6.5" font-style="italic" fill="${TEXT}" text-anchor="middle">${esc(f.t('provisional'))}</text>`,
        );
      }
    }
    if (i % labelEvery === 0) {
      parts.push(
        `<text x="${cx.toFixed(1)}" y="${CHART_HEIGHT - PAD.bottom + 12}" font-size="7.5" fill="${TEXT}" text-anchor="middle">${esc(f.period(ind.periods[i]))}</text>`,
      );
    }
  });
  // Axis line at 0.
  parts.push(`<line x1="${PAD.left}" y1="${y(0).toFixed(1)}" x2="${CHART_WIDTH - PAD.right}" y2="${y(0).toFixed(1)}" stroke="#888888" stroke-width="0.8"/>`);
  // Target as a step line: each period's target spans its slot; gaps where there is none.
  const segments: string[] = [];
  ind.target.forEach((tv, i) => {
    if (tv === null) return;
    const x0 = PAD.left + slot * i + 1;
    const x1 = PAD.left + slot * (i + 1) - 1;
    const prev = i > 0 ? ind.target[i - 1] : null;
    const yy = y(tv).toFixed(1);
    segments.push(prev !== null && prev !== undefined ? `L${x0.toFixed(1)},${yy} L${x1.toFixed(1)},${yy}` : `M${x0.toFixed(1)},${yy} L${x1.toFixed(1)},${yy}`);
  });
  if (segments.length) parts.push(`<path d="${segments.join(' ')}" fill="none" stroke="${TARGET_COLOUR}" stroke-width="1.4" stroke-dasharray="4,2.5"/>`);
  // Legend.
  const lx = PAD.left;
  parts.push(`<rect x="${lx}" y="6" width="10" height="10" fill="${colour}"/>`);
  parts.push(`<text x="${lx + 14}" y="14.5" font-size="8" fill="${TEXT}">${esc(f.t('legendActual'))}</text>`);
  parts.push(`<rect x="${lx + 120}" y="6" width="10" height="10" fill="url(#hatch)" stroke="${colour}" stroke-width="0.8" stroke-dasharray="2,1.5"/>`);
  parts.push(`<text x="${lx + 134}" y="14.5" font-size="8" fill="${TEXT}">${esc(f.t('legendProvisional'))}</text>`);
  parts.push(`<path d="M${lx + 262},11 L${lx + 280},11" stroke="${TARGET_COLOUR}" stroke-width="1.4" stroke-dasharray="4,2.5"/>`);
  parts.push(`<text x="${lx + 284}" y="14.5" font-size="8" fill="${TEXT}">${esc(f.t('legendTarget'))}</text>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">${parts.join('')}</svg>`;
}
