import { indicatorChartSvg, niceStep } from './funder-report.chart';
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

  it('hatches and labels provisional bars and draws the target dashed', () => {
    const svg = indicatorChartSvg(indicator(), '#112233', de, null);
    expect(svg.match(/fill="url\(#hatch\)"/g)).toHaveLength(2); // the provisional bar and its legend swatch
    expect(svg).toContain('>vorläufig<');
    expect(svg).toContain('vorläufig (unvollständig)');
    expect(svg).toContain('stroke-dasharray="4,2.5"');
  });

  it('shows a suppressed value as "< k" in chart and table, never the number', () => {
    const ind = indicator({ actual: [40, 3, 55, null], suppressed: [false, true, false, false] });
    const svg = indicatorChartSvg(ind, '#112233', de, 5);
    expect(svg).toContain('&lt; 5');
    expect(svg).not.toMatch(/>3</);
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
