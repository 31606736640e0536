import { ActivitySpec, GoalSpec, LogSpec, seedActivities, seedGoals, seedLog } from './common';
import { IndicatorSpec, seedIndicators } from './indicators';
import type { AllianceSeed } from './kit';
import { seedMeasurements } from './measurements';

const GOALS: GoalSpec[] = [
  {
    key: 'hitze',
    title: 'Der Nordkreis ist auf Hitzesommer vorbereitet',
    description: 'Hitzeaktionspläne in allen Gemeinden, kühle Orte für ältere Menschen.',
    status: 'ACTIVE',
    owner: 'klimaagentur',
    start: '2025-01-01',
    end: '2030-12-31',
  },
  {
    key: 'energie',
    title: 'Emissionen sinken jedes Jahr messbar',
    description: 'Mehr Photovoltaik auf Dächern, weniger Energieverbrauch in Betrieben.',
    status: 'ACTIVE',
    owner: 'stadtwerke',
    start: '2025-01-01',
    end: '2030-12-31',
  },
];

const INDICATORS: IndicatorSpec[] = [
  {
    code: 'KLI-1',
    name: 'Neu installierte Photovoltaik-Leistung',
    definition: 'Im Quartal neu angeschlossene PV-Leistung im Kreisgebiet.',
    unit: 'kWp',
    direction: 'INCREASE',
    aggregation: 'SUM',
    frequency: 'QUARTERLY',
    rbaKind: 'HOW_MUCH',
    baseline: [900, '2025-Q3'],
    targets: { 2025: 850, 2026: 1050 },
    goals: ['energie'],
    from: 950,
    to: 1250,
    shares: [0.85, 0.15],
    noise: 0.1,
  },
  {
    code: 'KLI-2',
    name: 'Kühle Orte mit Hitzeschutz-Angebot',
    definition: 'Öffentlich zugängliche, gekühlte Räume mit Trinkwasser an Hitzetagen (Stand Quartalsende).',
    unit: 'Orte',
    direction: 'INCREASE',
    aggregation: 'LATEST',
    frequency: 'QUARTERLY',
    rbaKind: 'HOW_MUCH',
    baseline: [6, '2025-Q3'],
    targets: { 2026: 12 },
    goals: ['hitze'],
    from: 7,
    to: 14,
    shares: [0, 0],
    noise: 0.05,
  },
  {
    code: 'KLI-3',
    name: 'Zufriedenheit mit der Energieberatung',
    definition: 'Mittlere Bewertung der Beratungen (1–5).',
    unit: 'Punkte (1–5)',
    direction: 'INCREASE',
    aggregation: 'AVERAGE',
    frequency: 'QUARTERLY',
    rbaKind: 'HOW_WELL',
    decimals: 1,
    baseline: [3.9, '2025-Q3'],
    targets: { 2026: 4.2 },
    goals: ['energie'],
    from: 3.9,
    to: 4.3,
    shares: [0.02, -0.02],
    noise: 0.03,
  },
];

const ACTIVITIES: ActivitySpec[] = [
  {
    member: 'stadtwerke',
    title: 'Solardach-Beratung für Betriebe',
    description: 'Kostenlose Erstberatung und Wirtschaftlichkeitsrechnung.',
    targetGroups: ['Betriebe'],
    district: 'Nordkreis',
    place: 'Kundenzentrum der Stadtwerke',
    start: '2025-03-01',
    end: '2027-12-31',
    status: 'RUNNING',
    goals: ['energie'],
    indicators: ['KLI-1', 'KLI-3'],
  },
  {
    member: 'bund',
    title: 'Hitzetelefon und Trinkpaten',
    description: 'Ehrenamtliche rufen ältere Menschen an Hitzetagen an.',
    targetGroups: ['Ältere Menschen'],
    district: 'Nordkreis',
    place: 'Vereinsheim Nordkreis',
    start: '2025-06-01',
    end: '2027-09-30',
    status: 'RUNNING',
    goals: ['hitze'],
    indicators: ['KLI-2'],
  },
  {
    member: 'klimaagentur',
    title: 'Hitzeaktionspläne der Gemeinden',
    description: 'Begleitung der Gemeinden beim Erstellen ihrer Hitzeaktionspläne.',
    targetGroups: ['Gemeinden'],
    district: 'Nordkreis',
    place: 'Kreishaus',
    start: '2025-02-01',
    end: '2027-06-30',
    status: 'RUNNING',
    goals: ['hitze'],
    indicators: [],
  },
];

const LOG: LogSpec[] = [
  {
    type: 'MEETING',
    on: '2026-02-05',
    title: 'Bündnistreffen: Jahresplanung {y:2026}',
    body: 'Ziele und Kennzahlen für {y:2026} abgestimmt.',
    author: 'klimaagentur',
    participants: ['klimaagentur', 'stadtwerke', 'bund'],
    goals: ['hitze', 'energie'],
  },
  {
    type: 'MEETING',
    on: '2026-05-07',
    title: 'Bündnistreffen: Vorbereitung Hitzesommer',
    body: 'Liste der kühlen Orte aktualisiert.',
    author: 'klimaagentur',
    participants: ['klimaagentur', 'bund'],
    goals: ['hitze'],
    actions: [{ title: 'Karte der kühlen Orte veröffentlichen', owner: 'klimaagentur', due: '2026-06-01', doneOn: '2026-05-28' }],
  },
  {
    type: 'UPDATE',
    on: '2026-08-20',
    title: 'Hitzetelefon: 340 Anrufe im Sommer',
    body: 'Das Hitzetelefon hat in zwölf Hitzetagen 340 Menschen erreicht.',
    author: 'bund',
    goals: ['hitze'],
    indicators: ['KLI-2'],
  },
  {
    type: 'DECISION',
    on: '2026-09-10',
    title: 'Energieberatung auch für Vereine',
    body: 'Die Solardach-Beratung steht ab {y:2027} auch Vereinen offen.',
    author: 'klimaagentur',
    goals: ['energie'],
  },
  {
    type: 'MEETING',
    on: '2026-11-05',
    title: 'Bündnistreffen: Bilanz des Jahres',
    body: 'PV-Ausbau liegt über Plan, Hitzeschutz knapp unter Plan.',
    author: 'klimaagentur',
    participants: ['klimaagentur', 'stadtwerke', 'bund'],
    indicators: ['KLI-1', 'KLI-2'],
    actions: [{ title: 'Förderantrag Hitzeschutz {y:2027} stellen', owner: 'bund', due: '2027-01-31' }],
  },
];

/** The smaller Klimaallianz: a year of approved quarterly values, the current quarter open and empty. */
export async function seedClimate(a: AllianceSeed): Promise<void> {
  const goals = await seedGoals(a, GOALS, '2025-01-15');
  const ind = await seedIndicators(a, INDICATORS, [], goals, '2025-01-20');
  await seedMeasurements(a, INDICATORS, ind, ['stadtwerke', 'bund'], {
    range: { QUARTERLY: ['2025-Q4', '2026-Q4'] },
    open: ['2026-Q4'],
    openDefault: { '2026-Q4': null },
    states: {},
    rejections: {},
    overlaps: [],
  });
  await seedActivities(a, ACTIVITIES, goals, ind.ids, ['Südkreis', 'Kreisstadt']);
  await seedLog(a, LOG, goals, ind.ids);
}
