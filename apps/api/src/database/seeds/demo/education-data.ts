import type { ActivitySpec, GoalSpec } from './common';
import type { DimensionSpec, IndicatorSpec } from './indicators';
import type { ReportingPlan } from './measurements';

/** Reporting partners of the Bildungsbündnis, in the order of `IndicatorSpec.shares`. */
export const EDU_PARTNERS = ['jugendtreff', 'vhs', 'jobcenter', 'lesestart', 'paten'];

export const EDU_GOALS: GoalSpec[] = [
  { key: 'lesen', title: 'Alle Kinder lesen am Ende der Grundschule sicher', description: 'Jedes Kind verlässt die Grundschule mit sicherer Lesekompetenz (Niveau „Regelstandard“ in VERA 3).', status: 'ACTIVE', owner: 'lesestart', start: '2024-01-01', end: '2028-07-31' },
  { key: 'lesen-ost', parent: 'lesen', title: 'Leseförderung an allen Grundschulen der Oststadt', description: 'Lesepatenschaften und Lesezeiten an allen vier Grundschulen der Oststadt.', status: 'ACTIVE', owner: 'lesestart', start: '2024-01-01', end: '2027-07-31' },
  { key: 'abbruch', title: 'Weniger Schulabbrüche in der Oststadt', description: 'Der Anteil der Jugendlichen ohne Abschluss in der Oststadt sinkt bis 2028 auf den Landesschnitt.', status: 'ACTIVE', owner: 'jugendtreff', start: '2024-01-01', end: '2028-12-31' },
  { key: 'paten', parent: 'abbruch', title: 'Lernpatenschaften für alle Jugendlichen mit Förderbedarf', description: 'Jede und jeder Jugendliche mit Förderbedarf hat eine feste Lernpatin oder einen Lernpaten.', status: 'ACTIVE', owner: 'paten', start: '2024-01-01', end: '2027-12-31' },
  { key: 'fehlzeiten', parent: 'abbruch', title: 'Frühwarnsystem bei Fehlzeiten', description: 'Schulen, Jugendtreff und Schulsozialarbeit melden sich gegenseitig, wenn Jugendliche häufig fehlen.', status: 'ACHIEVED', owner: 'bildungsbuero', start: '2024-01-01', end: '2025-12-31' },
  { key: 'uebergang', title: 'Gelingende Übergänge Schule–Beruf', description: 'Alle Jugendlichen haben nach Klasse 10 einen Ausbildungs-, Schul- oder Studienplatz.', status: 'ACTIVE', owner: 'jobcenter', start: '2024-01-01', end: '2028-12-31' },
  { key: 'bo', parent: 'uebergang', title: 'Berufsorientierung ab Klasse 8', description: 'Praxistage und Praktika in Musterstädter Betrieben für alle Achtklässler*innen.', status: 'ACTIVE', owner: 'jobcenter', start: '2024-08-01', end: '2028-07-31' },
  { key: 'eltern', title: 'Eltern als Bildungspartner stärken', description: 'Eltern kennen das Bildungssystem, begleiten ihre Kinder und werden früh einbezogen.', status: 'ACTIVE', owner: 'vhs', start: '2024-01-01', end: '2028-12-31' },
];

export const EDU_DIMENSIONS: DimensionSpec[] = [
  { key: 'geschlecht', name: 'Geschlecht', categories: [['weiblich', 0.49], ['männlich', 0.48], ['divers', 0.03]] },
  { key: 'alter', name: 'Altersgruppe', categories: [['10–13 Jahre', 0.35], ['14–16 Jahre', 0.45], ['17–21 Jahre', 0.2]] },
];

const yearly = (a: number, b: number, c: number, d?: number) => ({ 2024: a, 2025: b, 2026: c, ...(d === undefined ? {} : { 2027: d }) });

export const EDU_INDICATORS: IndicatorSpec[] = [
  { code: 'LES-1', name: 'Kinder in Leseförderung', definition: 'Grundschulkinder, die im Monat mindestens zweimal an einem Leseförderangebot teilgenommen haben.', unit: 'Kinder', direction: 'INCREASE', aggregation: 'SUM', frequency: 'MONTHLY', rbaKind: 'HOW_MUCH', baseline: [140, '2023-12'], targets: yearly(160, 185, 210, 260), goals: ['lesen', 'lesen-ost'], dimension: 'geschlecht', from: 150, to: 228, shares: [0.3, 0.1, 0.02, 0.45, 0.13], noise: 0.08 },
  { code: 'LES-2', name: 'Anteil Kinder mit sicherer Lesekompetenz (Klasse 4)', definition: 'Kinder der 4. Klassen der Partnerschulen, die den Regelstandard im Lesen erreichen, geteilt durch alle getesteten Kinder.', unit: 'Anteil', direction: 'INCREASE', aggregation: 'RATIO', frequency: 'YEARLY', rbaKind: 'BETTER_OFF', decimals: 2, numeratorLabel: 'Kinder mit Regelstandard', denominatorLabel: 'getestete Kinder', baseline: [0.61, '2023'], targets: yearly(0.64, 0.67, 0.7, 0.74), goals: ['lesen'], from: 0.63, to: 0.69, shares: [60, 25, 10, 120, 40], noise: 0.03 },
  { code: 'ABB-1', name: 'Begleitete Jugendliche ohne Schulabschluss', definition: 'Von den Partnern begleitete Jugendliche, die im Schuljahr die Schule ohne Abschluss verlassen haben.', unit: 'Jugendliche', direction: 'DECREASE', aggregation: 'SUM', frequency: 'YEARLY', rbaKind: 'BETTER_OFF', baseline: [48, '2023'], targets: yearly(44, 40, 36, 32), goals: ['abbruch'], from: 47, to: 46, shares: [0.4, 0.1, 0.25, 0.05, 0.2], noise: 0.05 },
  { code: 'ABB-2', name: 'Jugendliche in Lernpatenschaften', definition: 'Jugendliche mit aktiver Lernpatenschaft (mindestens ein Treffen im Monat).', unit: 'Jugendliche', direction: 'INCREASE', aggregation: 'SUM', frequency: 'MONTHLY', rbaKind: 'HOW_MUCH', baseline: [35, '2023-12'], targets: yearly(45, 58, 70, 85), goals: ['abbruch', 'paten'], dimension: 'alter', from: 40, to: 80, shares: [0.3, 0.05, 0.05, 0.05, 0.55], noise: 0.1 },
  { code: 'ABB-3', name: 'Regelmäßige Teilnahme an Lernangeboten', definition: 'Durchschnittlicher Anteil der Termine, an denen angemeldete Jugendliche teilgenommen haben.', unit: '%', direction: 'INCREASE', aggregation: 'AVERAGE', frequency: 'QUARTERLY', rbaKind: 'HOW_WELL', decimals: 1, baseline: [68, '2023-Q4'], targets: yearly(70, 72, 75), goals: ['abbruch'], from: 69, to: 77, shares: [0.02, -0.03, -0.06, 0.04, 0.03], noise: 0.03 },
  { code: 'UEB-1', name: 'Anteil Jugendliche mit Anschluss nach Klasse 10', definition: 'Begleitete Abgänger*innen mit Ausbildungs-, Schul- oder Studienplatz, geteilt durch alle begleiteten Abgänger*innen.', unit: 'Anteil', direction: 'INCREASE', aggregation: 'RATIO', frequency: 'QUARTERLY', rbaKind: 'BETTER_OFF', decimals: 2, numeratorLabel: 'mit Anschluss', denominatorLabel: 'Abgänger*innen', baseline: [0.72, '2023-Q4'], targets: yearly(0.74, 0.76, 0.78), goals: ['uebergang'], from: 0.73, to: 0.8, shares: [20, 8, 45, 4, 12], noise: 0.04 },
  { code: 'UEB-2', name: 'Vermittelte Praktikumsplätze', definition: 'Im Quartal vermittelte Schülerpraktika in Betrieben in Musterstadt.', unit: 'Plätze', direction: 'INCREASE', aggregation: 'SUM', frequency: 'QUARTERLY', rbaKind: 'HOW_MUCH', baseline: [55, '2023-Q4'], targets: { ...yearly(60, 70, 76), '2026-Q1': 70, '2026-Q2': 95, '2026-Q3': 70, '2026-Q4': 85 }, goals: ['uebergang', 'bo'], from: 58, to: 84, shares: [0.15, 0.05, 0.6, 0.02, 0.18], noise: 0.12 },
  { code: 'UEB-3', name: 'Zufriedenheit mit der Berufsorientierung', definition: 'Mittlere Bewertung der Berufsorientierungstage durch die Teilnehmenden (1 = gar nicht, 5 = sehr zufrieden).', unit: 'Punkte (1–5)', direction: 'INCREASE', aggregation: 'AVERAGE', frequency: 'YEARLY', rbaKind: 'HOW_WELL', decimals: 1, baseline: [3.6, '2023'], targets: yearly(3.8, 4, 4.1), goals: ['bo'], from: 3.7, to: 4.1, shares: [0.03, -0.02, 0, 0.02, -0.01], noise: 0.03 },
  { code: 'ELT-1', name: 'Eltern bei Elterncafés und Bildungsabenden', definition: 'Teilnahmen von Eltern an Elterncafés, Bildungsabenden und Sprechstunden im Monat.', unit: 'Teilnahmen', direction: 'INCREASE', aggregation: 'SUM', frequency: 'MONTHLY', rbaKind: 'HOW_MUCH', baseline: [60, '2023-12'], targets: yearly(66, 78, 85), goals: ['eltern'], from: 62, to: 100, shares: [0.25, 0.4, 0.05, 0.2, 0.1], noise: 0.15 },
  { code: 'ELT-2', name: 'Aktive ehrenamtliche Bildungspaten', definition: 'Ehrenamtliche mit mindestens einer laufenden Patenschaft am Quartalsende (zuletzt gemeldeter Stand).', unit: 'Personen', direction: 'MAINTAIN', aggregation: 'LATEST', frequency: 'QUARTERLY', rbaKind: 'HOW_MUCH', baseline: [30, '2023-Q4'], targets: yearly(35, 38, 40), goals: ['eltern', 'paten'], from: 32, to: 40, shares: [0, 0, 0, 0, 0], noise: 0.05 },
];

export const EDU_PLAN: ReportingPlan = {
  range: { MONTHLY: ['2024-01', '2026-11'], QUARTERLY: ['2024-Q1', '2026-Q4'], YEARLY: ['2024', '2026'] },
  open: ['2026-10', '2026-11', '2026-Q3', '2026-Q4', '2026'],
  openDefault: { '2026-10': 'APPROVED', '2026-11': null, '2026-Q3': 'APPROVED', '2026-Q4': null, '2026': null },
  states: {
    '2026-10|LES-1|jugendtreff': 'SUBMITTED',
    '2026-10|ABB-2|jugendtreff': 'SUBMITTED',
    '2026-10|ELT-1|jugendtreff': 'SUBMITTED',
    '2026-10|LES-1|paten': 'DRAFT',
    '2026-10|ELT-1|vhs': 'REJECTED',
    '2026-10|ABB-2|jobcenter': null,
    '2026-11|LES-1|jugendtreff': 'DRAFT',
    '2026-11|ABB-2|jugendtreff': 'SUBMITTED',
    // Two values of the running month are approved already: its roll-ups are provisional, not empty.
    '2026-11|LES-1|lesestart': 'APPROVED',
    '2026-11|ELT-1|vhs': 'APPROVED',
    '2026-Q3|UEB-1|jobcenter': 'SUBMITTED',
    '2026-Q3|ABB-3|jugendtreff': 'SUBMITTED',
    '2026-Q3|ELT-2|paten': 'REJECTED',
    '2026-Q3|UEB-2|lesestart': null,
    '2026-Q4|ABB-3|jugendtreff': 'DRAFT',
    '2026|ABB-1|jugendtreff': 'DRAFT',
    '2026|LES-2|lesestart': 'DRAFT',
  },
  rejections: {
    '2026-10|ELT-1|vhs': 'Die Zahl liegt doppelt so hoch wie im Vormonat – bitte prüfen, ob die Sprachkurs-Teilnahmen mitgezählt wurden.',
    '2026-Q3|ELT-2|paten': 'Bitte nur Ehrenamtliche mit laufender Patenschaft zählen, nicht alle Registrierten.',
  },
  overlaps: [
    { code: 'LES-1', periodKey: '2026-09', partner: 'lesestart', other: 'jugendtreff', amount: 8, note: 'Kinder, die sowohl zu den Lesepaten als auch zur Lesezeit im Jugendtreff kommen.' },
    { code: 'LES-1', periodKey: '2026-10', partner: 'lesestart', other: 'jugendtreff', amount: 7, note: 'Wie im Vormonat: gemeinsame Kinder der Grundschule am Markt.' },
    { code: 'ABB-2', periodKey: '2026-06', partner: 'paten', other: 'jugendtreff', amount: 5, note: 'Jugendliche mit Patenschaft, die auch im Lerncoaching sind.' },
  ],
};

const END = '2027-07-31';
export const EDU_ACTIVITIES: ActivitySpec[] = [
  { member: 'lesestart', title: 'Lesepaten an Grundschulen', description: 'Ehrenamtliche lesen wöchentlich mit Kindern der Klassen 2–4.', targetGroups: ['Grundschulkinder'], district: 'Oststadt', place: 'Grundschule am Markt', start: '2024-02-01', end: END, status: 'RUNNING', goals: ['lesen', 'lesen-ost'], indicators: ['LES-1'], budgetEur: 18000, staffHours: 40 },
  { member: 'jugendtreff', title: 'Lesezeit im Jugendtreff', description: 'Offene Lesezeit mit Vorlesen und Büchereibesuchen am Nachmittag.', targetGroups: ['Grundschulkinder'], district: 'Oststadt', place: 'Jugendtreff Oststadt, Lindenstraße 12', start: '2025-09-01', end: '2026-12-20', status: 'RUNNING', goals: ['lesen-ost'], indicators: ['LES-1'], budgetEur: 6000, staffHours: 20 },
  { member: 'lesestart', title: 'Vorlesestunden in Kitas', description: 'Vorlesestunden für Vorschulkinder mit Büchertaschen für die Familien.', targetGroups: ['Kita-Kinder'], district: 'Nordviertel', place: 'Kita Sonnenblume', start: '2024-09-01', end: END, status: 'PAUSED', goals: ['lesen'], indicators: [] },
  { member: 'jugendtreff', title: 'Hausaufgabenhilfe und Lerncoaching', description: 'Tägliche Hausaufgabenhilfe und wöchentliches Lerncoaching für Jugendliche.', targetGroups: ['Jugendliche 12–16 Jahre'], district: 'Oststadt', place: 'Jugendtreff Oststadt, Lindenstraße 12', start: '2024-01-08', end: null, status: 'RUNNING', goals: ['abbruch'], indicators: ['ABB-3', 'ABB-1'], budgetEur: 24000, staffHours: 60 },
  { member: 'paten', title: 'Lernpatenschaften Oststadt', description: 'Ehrenamtliche Lernpat*innen begleiten Jugendliche ein Schuljahr lang.', targetGroups: ['Jugendliche mit Förderbedarf'], district: 'Oststadt', place: 'Gesamtschule Oststadt', start: '2024-01-15', end: END, status: 'RUNNING', goals: ['paten'], indicators: ['ABB-2', 'ELT-2'], budgetEur: 15000, staffHours: 30 },
  { member: 'paten', title: 'Sprachpatenschaften für Grundschulkinder', description: 'Patenschaften für Kinder, die Deutsch als Zweitsprache lernen.', targetGroups: ['Grundschulkinder'], district: 'Weststadt', place: 'Grundschule Weststadt', start: '2025-02-01', end: END, status: 'RUNNING', goals: ['lesen'], indicators: ['LES-1'] },
  { member: 'jobcenter', title: 'Berufsorientierungstage', description: 'Praxistage in Betrieben für alle achten Klassen.', targetGroups: ['Schüler*innen Klasse 8–10'], district: 'Weststadt', place: 'Berufsbildende Schulen Weststadt', start: '2024-09-01', end: END, status: 'RUNNING', goals: ['uebergang', 'bo'], indicators: ['UEB-2', 'UEB-3'], budgetEur: 30000, staffHours: 50 },
  { member: 'jobcenter', title: 'Ausbildungsbörse Nordviertel', description: 'Jährliche Börse mit Betrieben und Beratung zu Ausbildung und Förderung.', targetGroups: ['Jugendliche 15–21 Jahre'], district: 'Nordviertel', place: 'Bürgerhaus Nordviertel', start: '2024-03-01', end: END, status: 'RUNNING', goals: ['uebergang'], indicators: ['UEB-1'] },
  { member: 'vhs', title: 'Elterncafé Innenstadt', description: 'Offenes Café für Eltern mit Infos zu Schule und Ausbildung.', targetGroups: ['Eltern'], district: 'Innenstadt', place: 'VHS-Haus am Rathausplatz', start: '2024-03-01', end: '2025-06-30', status: 'COMPLETED', goals: ['eltern'], indicators: ['ELT-1'] },
  { member: 'vhs', title: 'Bildungsabende für Eltern', description: 'Mehrsprachige Abende zum Schulsystem, geplant ab {my:2027-01}.', targetGroups: ['Eltern mit Migrationsgeschichte'], district: 'Nordviertel', place: 'Bürgerhaus Nordviertel', start: '2027-01-15', end: '2027-12-31', status: 'PLANNED', goals: ['eltern'], indicators: ['ELT-1'] },
];
