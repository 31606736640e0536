import { HATCH_PATTERN, indicatorChart, niceStep } from './funder-report.chart';
import type { ReportIndicator } from './funder-report.data';
import { DEFAULT_COLOUR, funderReportDocument, logoContent, tint } from './funder-report.document';
import { reportRequestProblems } from './funder-report.service';
import { reportFileName, reportFormat } from './funder-report.texts';

const indicator = (over: Partial<ReportIndicator> = {}): ReportIndicator => ({
  code: 'I-1',
  name: 'Jugendliche in Ausbildung',
  unit: 'Personen',
  decimals: 0,
  direction: 'INCREASE',
  frequency: 'QUARTERLY',
  aggregation: 'SUM',
  baseline: null,
  periods: ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4'],
  actual: [40, 3, 55, null],
  target: [50, 50, 60, 60],
  approvedReports: [4, 4, 3, 0],
  expectedReports: [4, 4, 4, 4],
  provisional: [false, false, true, false],
  suppressed: [false, false, false, false],
  ...over,
});

describe('funder report (pure parts)', () => {
  const de = reportFormat('de');
  const en = reportFormat('en');

  it('formats periods, dates and numbers per language', () => {
    expect(de.period('2026-03')).toBe('März 2026');
    expect(en.period('2026-03')).toBe('Mar 2026');
    expect(de.period('2026-Q2')).toBe('Q2 2026');
    expect(de.period('2026')).toBe('2026');
    expect(de.date('2026-12-07')).toBe('7. Dezember 2026');
    expect(en.date('2026-12-07')).toBe('7 December 2026');
    expect(de.number(1234.5, 1)).toBe('1.234,5');
    expect(de.t('nOfM', { n: 3, m: 4 })).toBe('3 von 4');
  });

  it('picks readable axis steps', () => {
    expect(niceStep(100)).toBe(25);
    expect(niceStep(7)).toBe(2);
    expect(niceStep(0)).toBe(1);
  });

  /** The chart's vector elements and its label texts. */
  const chartParts = (ind: ReportIndicator, threshold: number | null) => {
    const chart = indicatorChart(ind, '#112233', '#c4c8cc', de, threshold) as { stack: any[] };
    const canvas = chart.stack.find((n) => n.canvas).canvas as any[];
    const labels = chart.stack.filter((n) => n.relativePosition).map((n) => n.columns[0].text as string);
    return { canvas, labels, json: JSON.stringify(chart) };
  };

  it('hatches and labels provisional bars and draws the target dashed', () => {
    const { canvas, labels } = chartParts(indicator(), null);
    // The provisional bar and its legend swatch: tinted, hatched in the colour, outlined dashed.
    expect(canvas.filter((e) => Array.isArray(e.color) && e.color[0] === HATCH_PATTERN && e.color[1] === '#112233')).toHaveLength(2);
    expect(canvas.filter((e) => e.type === 'rect' && e.lineColor === '#112233' && e.dash)).toHaveLength(2);
    // Two approved bars (the fourth period has no value) and the legend swatch in the full colour.
    expect(canvas.filter((e) => e.type === 'rect' && e.color === '#112233')).toHaveLength(3);
    expect(labels).toContain('vorläufig');
    expect(labels).toContain('vorläufig (unvollständig)');
    // The target: one dashed step line over the four periods (50, 50, 60, 60) and the legend's line.
    const target = canvas.find((e) => e.type === 'polyline');
    expect(target.dash).toBeDefined();
    expect(target.points).toHaveLength(8);
    expect(new Set(target.points.map((p: { y: number }) => p.y)).size).toBe(2);
    expect(labels).toEqual(expect.arrayContaining(['Q1 2026', 'Q4 2026', '0', '60']));
  });

  it('leaves a gap in the target line where a period has none', () => {
    const { canvas } = chartParts(indicator({ target: [50, null, 60, 60] }), null);
    expect(canvas.filter((e) => e.type === 'polyline').map((e) => e.points.length)).toEqual([2, 4]);
  });

  it('shows a suppressed value as "< k" in chart and table, never the number', () => {
    const ind = indicator({ actual: [40, 3, 55, null], suppressed: [false, true, false, false] });
    const { labels, canvas } = chartParts(ind, 5);
    expect(labels).toContain('< 5');
    expect(labels).not.toContain('3');
    // No bar for the hidden value: the approved one and the legend swatch in full colour, the provisional one and its swatch hatched.
    expect(canvas.filter((e) => e.type === 'rect' && e.color === '#112233')).toHaveLength(2);
    expect(canvas.filter((e) => Array.isArray(e.color))).toHaveLength(2);
    const doc = JSON.stringify(funderReportDocument(sample([ind], 5)).content);
    expect(doc).toContain('< 5');
    expect(doc).not.toMatch(/"text":"3"/);
  });

  it('takes the alliance colour when it is a hex colour, else the default', () => {
    expect(JSON.stringify(funderReportDocument(sample([], null, '#AA0000')).styles)).toContain('#aa0000');
    expect(JSON.stringify(funderReportDocument(sample([], null, 'red; x')).styles)).toContain(DEFAULT_COLOUR);
    expect(tint('#000000', 0.5)).toBe('#808080');
  });

  it('accepts PNG, JPEG and SVG logos only', () => {
    expect(logoContent('data:image/png;base64,iVBORw0KGgo=', [10, 10])).toEqual({ image: 'data:image/png;base64,iVBORw0KGgo=', fit: [10, 10] });
    expect(logoContent(`data:image/svg+xml;base64,${Buffer.from('<svg/>').toString('base64')}`, [10, 10])).toEqual({ svg: '<svg/>', fit: [10, 10] });
    expect(logoContent('data:image/gif;base64,R0lGOD', [10, 10])).toBeNull();
    expect(logoContent(null, [10, 10])).toBeNull();
  });

  it('checks the query: period keys, order, language', () => {
    expect(reportRequestProblems({ from: '2026-01', to: '2026-Q4', lang: 'en' })).toEqual([]);
    expect(reportRequestProblems({ from: '2026-13', to: ['2026'], lang: 'fr' }).map((p) => p.field)).toEqual(['from', 'to', 'lang']);
    expect(reportRequestProblems({ from: '2026-Q3', to: '2026-06' })).toEqual([{ field: 'to', code: 'beforeStart' }]);
  });

  it('names the file in plain letters', () => {
    expect(reportFileName('Bildungsbündnis Süd/Ost "Größe"', '2026-01', '2026-12', 'de')).toBe(
      'Foerderbericht-Bildungsbuendnis-Sued-Ost-Groesse-2026-01-2026-12.pdf',
    );
    expect(reportFileName('***', '2026', '2026', 'en')).toBe('Funder-report-Buendnis-2026-2026.pdf');
  });
});

function sample(indicators: ReportIndicator[], threshold: number | null, primaryColor: string | null = null) {
  return {
    language: 'de' as const,
    generatedAt: '2026-12-07T10:00:00Z',
    readerRole: 'FUNDER' as const,
    readerOrganisation: 'Stiftung',
    suppressionThreshold: threshold,
    alliance: { name: 'Bündnis', kind: 'ALLIANCE', lifecycle: 'ACTIVE', problemStatement: '', vision: '', primaryColor, logoDataUrl: null },
    range: { from: '2026-Q1', to: '2026-Q4', startsOn: '2026-01-01', endsOn: '2026-12-31' },
    goals: [],
    indicators,
    activities: { items: [], more: 0 },
    decisions: null,
  };
}
