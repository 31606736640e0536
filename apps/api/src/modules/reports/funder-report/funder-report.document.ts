import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { CHART_WIDTH, indicatorChartSvg } from './funder-report.chart';
import type { FunderReportData, ListSection, ReportIndicator } from './funder-report.data';
import { reportFormat, type ReportFormat } from './funder-report.texts';

export const DEFAULT_COLOUR = '#2b5f8a';
const INK = '#1d1d1d';
const MUTED = '#5c5c5c';
const RULE = '#c8c8c8';

const HEX = /^#[0-9a-f]{6}$/i;

/** A colour darkened or lightened towards white (share 0…1), for tints of the alliance's colour. */
export function tint(hex: string, share: number): string {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `#${c
    .map((v) =>
      Math.round(v + (255 - v) * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The logo as pdfmake takes it: PNG/JPEG as data URL image, SVG as markup; anything else is left out. */
export function logoContent(dataUrl: string | null, fit: [number, number]): Content | null {
  if (!dataUrl) return null;
  const m = /^data:image\/(png|jpeg|svg\+xml)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!m) return null;
  if (m[1] !== 'svg+xml') return { image: dataUrl, fit };
  const svg = m[2] ? Buffer.from(m[3], 'base64').toString('utf8') : decodeURIComponent(m[3]);
  return { svg, fit };
}

function valueText(ind: ReportIndicator, i: number, f: ReportFormat, threshold: number | null): string {
  if (ind.suppressed[i]) return f.t('suppressed', { k: threshold ?? '' });
  const v = ind.actual[i];
  return v === null ? '–' : f.number(v, ind.decimals);
}

function indicatorBlock(ind: ReportIndicator, colour: string, f: ReportFormat, threshold: number | null): Content {
  const title = ind.code ? `${ind.code} · ${ind.name}` : ind.name;
  const meta = [
    `${f.t('unit')}: ${ind.unit || '–'}`,
    `${f.t('frequency')}: ${f.e(ind.frequency)}`,
    `${f.t('direction')}: ${f.e(ind.direction)}`,
    ...(ind.baseline !== null ? [`${f.t('baseline')}: ${f.number(ind.baseline, ind.decimals)}`] : []),
  ].join('   ·   ');
  const header: TableCell[] = [f.t('periods'), f.t('actual'), f.t('target'), f.t('reports'), f.t('status')].map((text, i) => ({
    text,
    style: 'th',
    alignment: i === 0 || i === 4 ? 'left' : 'right',
  }));
  const rows: TableCell[][] = ind.periods.map((p, i) => [
    { text: f.period(p) },
    { text: valueText(ind, i, f, threshold), alignment: 'right' },
    { text: ind.target[i] === null ? '–' : f.number(ind.target[i]!, ind.decimals), alignment: 'right' },
    { text: f.t('nOfM', { n: ind.approvedReports[i], m: ind.expectedReports[i] }), alignment: 'right' },
    ind.actual[i] === null && !ind.suppressed[i]
      ? { text: f.t('noData'), color: MUTED }
      : ind.provisional[i]
        ? { text: f.t('provisional'), italics: true, color: tint(colour, 0) }
        : { text: f.t('complete'), color: MUTED },
  ]);
  return {
    stack: [
      {
        // Title, facts and chart stay together; a long table may go on over the page.
        unbreakable: true,
        stack: [
          { text: title, style: 'h3' },
          { text: meta, style: 'meta' },
          { svg: indicatorChartSvg(ind, colour, f, threshold), width: CHART_WIDTH * 0.94, margin: [0, 6, 0, 6] },
        ],
      },
      {
        table: { headerRows: 1, widths: ['*', 70, 70, 80, 80], body: [header, ...rows] },
        layout: 'report',
        fontSize: 8.5,
      },
    ],
    margin: [0, 0, 0, 18],
  };
}

function listOrNote<T>(section: ListSection<T> | null, f: ReportFormat, empty: string, render: (s: ListSection<T>) => Content): Content {
  if (section === null) return { text: f.t('notForRole'), style: 'note' };
  if (!section.items.length) return { text: empty, style: 'note' };
  return { stack: [render(section), ...(section.more ? [{ text: f.t('more', { count: section.more }), style: 'note' }] : [])] };
}

/** The whole report as a pdfmake document definition (pure: data in, definition out). */
export function funderReportDocument(data: FunderReportData, options: { withLogo?: boolean } = {}): TDocumentDefinitions {
  const f = reportFormat(data.language);
  const colour = data.alliance.primaryColor && HEX.test(data.alliance.primaryColor) ? data.alliance.primaryColor.toLowerCase() : DEFAULT_COLOUR;
  const range = data.range.from === data.range.to ? f.period(data.range.from) : `${f.period(data.range.from)} – ${f.period(data.range.to)}`;
  const generatedOn = f.date(data.generatedAt);
  const threshold = data.suppressionThreshold;
  const logo = options.withLogo === false ? null : logoContent(data.alliance.logoDataUrl, [150, 80]);

  const cover: Content[] = [
    { canvas: [{ type: 'rect', x: -60, y: -60, w: 595.28, h: 14, color: colour }], margin: [0, 0, 0, 0] },
    ...(logo ? [{ stack: [logo], margin: [0, 70, 0, 0] } as Content] : [{ text: '', margin: [0, 150, 0, 0] } as Content]),
    { text: f.t('title').toUpperCase(), style: 'kicker', margin: [0, logo ? 60 : 0, 0, 6] },
    { text: data.alliance.name, style: 'coverTitle' },
    { canvas: [{ type: 'rect', x: 0, y: 0, w: 60, h: 4, color: colour }], margin: [0, 14, 0, 14] },
    {
      text: [
        { text: `${f.t('period')}: `, color: MUTED },
        { text: range, bold: true },
      ],
      fontSize: 13,
    },
    {
      text: f.t('generated', { date: generatedOn, organisation: data.readerOrganisation, role: f.e(data.readerRole) }),
      style: 'meta',
      margin: [0, 8, 0, 0],
    },
    {
      stack: [
        { text: f.t('contents'), style: 'h3', margin: [0, 0, 0, 6] },
        {
          ol: [f.t('agenda'), f.t('completeness'), f.t('indicators'), f.t('activities'), f.t('decisions')],
          color: INK,
          fontSize: 10.5,
          lineHeight: 1.35,
        },
      ],
      margin: [0, 160, 0, 0],
    },
  ];

  const agenda: Content[] = [
    { text: `1  ${f.t('agenda')}`, style: 'h2', pageBreak: 'before' },
    ...(data.alliance.problemStatement
      ? [
          { text: f.t('problemStatement'), style: 'h3' },
          { text: data.alliance.problemStatement, style: 'body' },
        ]
      : []),
    ...(data.alliance.vision
      ? [
          { text: f.t('vision'), style: 'h3' },
          { text: data.alliance.vision, style: 'body' },
        ]
      : []),
    { text: f.t('goals'), style: 'h3' },
    data.goals.length
      ? {
          stack: data.goals.map((g) => ({
            margin: [g.depth * 16, 0, 0, 5],
            stack: [
              {
                text: [
                  { text: g.title, bold: g.depth === 0 },
                  { text: `  (${f.e(g.status)})`, color: MUTED, fontSize: 8.5 },
                ],
              },
              ...(g.description ? [{ text: g.description, color: MUTED, fontSize: 9 }] : []),
            ],
          })) as Content[],
        }
      : { text: f.t('noGoals'), style: 'note' },
  ];

  const completenessRows: TableCell[][] = data.indicators.map((ind) => {
    const approved = ind.approvedReports.reduce((a, b) => a + b, 0);
    const expected = ind.expectedReports.reduce((a, b) => a + b, 0);
    const provisional = ind.provisional.filter(Boolean).length;
    return [
      { text: ind.code ? `${ind.code} · ${ind.name}` : ind.name },
      { text: String(ind.periods.length), alignment: 'right' },
      { text: f.t('nOfM', { n: approved, m: expected }), alignment: 'right' },
      { text: String(provisional), alignment: 'right' },
    ];
  });
  const completeness: Content[] = [
    { text: `2  ${f.t('completeness')}`, style: 'h2' },
    { text: f.t('completenessIntro'), style: 'body' },
    data.indicators.length
      ? {
          table: {
            headerRows: 1,
            widths: ['*', 50, 100, 90],
            body: [
              [f.t('indicator'), f.t('periods'), f.t('approvedOfExpected'), f.t('provisionalPeriods')].map((text, i) => ({
                text,
                style: 'th',
                alignment: i ? 'right' : 'left',
              })),
              ...completenessRows,
            ],
          },
          layout: 'report',
          fontSize: 9,
        }
      : { text: f.t('noIndicators'), style: 'note' },
  ];

  const indicators: Content[] = [
    { text: `3  ${f.t('indicators')}`, style: 'h2', pageBreak: 'before' },
    ...(threshold !== null ? [{ text: f.t('suppressedNote', { k: threshold }), style: 'note' } as Content] : []),
    ...(data.indicators.length
      ? data.indicators.map((ind) => indicatorBlock(ind, colour, f, threshold))
      : [{ text: f.t('noIndicators'), style: 'note' } as Content]),
  ];

  const activities: Content[] = [
    { text: `4  ${f.t('activities')}`, style: 'h2', pageBreak: 'before' },
    listOrNote(data.activities, f, f.t('noActivities'), (s) => ({
      table: {
        headerRows: 1,
        widths: ['*', 130, 110, 60],
        body: [
          [f.t('activity'), f.t('organisation'), f.t('timespan'), f.t('status')].map((text) => ({ text, style: 'th' })),
          ...s.items.map((a) => [
            a.title,
            a.organisation,
            `${a.periodStart ? f.date(a.periodStart) : '–'} – ${a.periodEnd ? f.date(a.periodEnd) : f.t('openEnded')}`,
            f.e(a.status),
          ]),
        ],
      },
      layout: 'report',
      fontSize: 8.5,
    })),
  ];

  const decisions: Content[] = [
    { text: `5  ${f.t('decisions')}`, style: 'h2', margin: [0, 20, 0, 8] },
    listOrNote(data.decisions, f, f.t('noDecisions'), (s) => ({
      stack: s.items.map((d) => ({
        unbreakable: true,
        margin: [0, 0, 0, 8],
        columns: [
          { width: 90, text: f.date(d.occurredOn), color: MUTED, fontSize: 9 },
          { width: '*', stack: [{ text: d.title, bold: true, fontSize: 10 }, ...(d.body ? [{ text: d.body, fontSize: 9, color: INK }] : [])] },
        ],
      })) as Content[],
    })),
  ];

  return {
    pageSize: 'A4',
    pageMargins: [60, 70, 60, 60],
    info: {
      title: `${f.t('title')} ${data.alliance.name} ${range}`,
      author: data.alliance.name,
      subject: f.t('title'),
      creator: 'Gemeinwerk',
      producer: 'Gemeinwerk',
    },
    defaultStyle: { font: 'Roboto', fontSize: 10, color: INK, lineHeight: 1.2 },
    header: (page) =>
      page === 1
        ? null
        : {
            margin: [60, 30, 60, 0],
            stack: [
              {
                columns: [
                  { text: data.alliance.name, bold: true, fontSize: 8.5, color: INK },
                  { text: `${f.t('title')} · ${range}`, alignment: 'right', fontSize: 8.5, color: MUTED },
                ],
              },
              { canvas: [{ type: 'line', x1: 0, y1: 5, x2: 475.28, y2: 5, lineWidth: 1, lineColor: colour }] },
            ],
          },
    footer: (page, pages) =>
      page === 1
        ? null
        : {
            margin: [60, 20, 60, 0],
            columns: [
              { text: f.t('footer', { date: generatedOn }), fontSize: 8, color: MUTED },
              { text: f.t('page', { page, pages }), alignment: 'right', fontSize: 8, color: MUTED },
            ],
          },
    content: [...cover, ...agenda, ...completeness, ...indicators, ...activities, ...decisions],
    styles: {
      kicker: { fontSize: 11, bold: true, color: colour, characterSpacing: 2 },
      coverTitle: { fontSize: 28, bold: true, color: INK, lineHeight: 1.1 },
      h2: { fontSize: 16, bold: true, color: colour, margin: [0, 0, 0, 10] },
      h3: { fontSize: 11.5, bold: true, color: INK, margin: [0, 10, 0, 4] },
      body: { fontSize: 10, lineHeight: 1.35, margin: [0, 0, 0, 6] },
      meta: { fontSize: 8.5, color: MUTED },
      note: { fontSize: 9, italics: true, color: MUTED, margin: [0, 2, 0, 8] },
      th: { bold: true, color: INK, fillColor: tint(colour, 0.85) },
    },
  };
}

/** Thin horizontal rules only, as printed reports have them. */
export const REPORT_TABLE_LAYOUT = {
  hLineWidth: (i: number, node: { table: { body: unknown[]; headerRows?: number } }) =>
    i === 0 || i === node.table.headerRows || i === node.table.body.length ? 0.8 : 0.3,
  vLineWidth: () => 0,
  hLineColor: () => RULE,
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 3,
  paddingBottom: () => 3,
};
