import type { LogSpec } from './common';

const ALL = ['bildungsbuero', 'jugendtreff', 'vhs', 'jobcenter', 'lesestart', 'paten'];
const MONTHS = ['2025-12-09', '2026-01-13', '2026-02-10', '2026-03-10', '2026-04-14', '2026-05-12', '2026-06-09', '2026-07-14', '2026-08-11', '2026-09-08', '2026-10-13', '2026-11-10'];
const TOPICS = [
  'Jahresplanung {y:2026} und Zielwerte',
  'Auswertung Lesestand Klasse 4',
  'Fehlzeiten-Frühwarnsystem: Abschluss',
  'Berufsorientierungstage im Frühjahr',
  'Elternarbeit: Was hat das Elterncafé gebracht?',
  'Halbjahresbilanz der Kennzahlen',
  'Doppelzählungen in der Leseförderung',
  'Sommerpause und Ferienangebote',
  'Vorbereitung Schuljahresbeginn',
  'Zielwert Leseförderung {y:2027}',
  'Meldestand {m:2026-10} und offene Rückfragen',
  'Bildungsabende {y:2027} und Lücke bei der Elternarbeit',
];

/** Twelve monthly meetings of the steering group plus updates, decisions, an announcement and two conflicts. */
export const EDU_LOG: LogSpec[] = [
  ...MONTHS.map(
    (on, i): LogSpec => ({
      key: `meeting-${i}`,
      type: 'MEETING',
      on,
      title: `Steuerungsgruppe: ${TOPICS[i]}`,
      body: `Sitzung der Steuerungsgruppe im Bildungsbüro. Schwerpunkt: ${TOPICS[i]}. Protokoll im Anhang der Einladung.`,
      author: 'bildungsbuero',
      participants: ALL.filter((_, n) => (n + i) % 5 !== 4),
      goals: i % 4 === 3 ? ['uebergang'] : i % 4 === 0 ? ['lesen'] : ['abbruch'],
      indicators: i === 9 ? ['LES-1'] : [],
      actions: [{ title: `Protokoll der Sitzung vom {d:${on}} verschicken`, owner: 'bildungsbuero', due: `${on.slice(0, 8)}20`, doneOn: `${on.slice(0, 8)}16` }],
    }),
  ),
  { type: 'ANNOUNCEMENT', on: '2026-01-08', title: 'Neue Förderperiode der Heinrich-Vogel-Stiftung', body: 'Die Stiftung fördert das Bündnis bis Ende {y:2028} weiter. Berichte gehen halbjährlich an die Stiftung.', author: 'bildungsbuero', comments: [['stiftung', 'Wir freuen uns auf die weitere Zusammenarbeit!']] },
  { type: 'UPDATE', on: '2026-03-02', title: 'Lesepaten: 12 neue Ehrenamtliche', body: 'Nach dem Aufruf in der Stadtzeitung haben sich zwölf neue Lesepat*innen gemeldet.', author: 'lesestart', goals: ['lesen-ost'], indicators: ['LES-1'], comments: [['jugendtreff', 'Toll! Zwei davon könnten auch bei uns vorlesen.'], ['lesestart', 'Wir fragen nach und melden uns.']] },
  {
    key: 'conflict-resolved',
    type: 'CONFLICT',
    on: '2026-06-16',
    title: 'Doppelzählung von Kindern zwischen Lesestart und Jugendtreff',
    body: 'Beide Organisationen zählen dieselben Kinder in „Kinder in Leseförderung“. Die Summe des Bündnisses ist dadurch zu hoch.',
    author: 'lesestart',
    participants: ['lesestart', 'jugendtreff', 'bildungsbuero'],
    goals: ['lesen-ost'],
    indicators: ['LES-1'],
    resolution: ['Gemeinsame Kinder werden ab {m:2026-09} als Überschneidung gemeldet und nur einmal gezählt.', '2026-07-14'],
    comments: [['jugendtreff', 'Einverstanden, wir gleichen die Listen monatlich ab.']],
    actions: [{ title: 'Datenschutzkonformen Listenabgleich vereinbaren', owner: 'jugendtreff', due: '2026-09-15', doneOn: '2026-09-10' }],
  },
  { type: 'UPDATE', on: '2026-07-01', title: 'Halbjahresbericht an die Stiftung verschickt', body: 'Der Bericht zeigt Fortschritte bei Leseförderung und Lernpatenschaften; die Zahl der Abgänge ohne Abschluss stagniert.', author: 'bildungsbuero', indicators: ['ABB-1', 'LES-1'] },
  {
    type: 'CONFLICT',
    on: '2026-10-20',
    title: 'Terminüberschneidung Berufsorientierungstage und Ausbildungsbörse',
    body: 'Beide Angebote sind für dieselbe Woche im {m:2027-03} geplant; Schulen können nicht an beidem teilnehmen.',
    author: 'jugendtreff',
    participants: ['jugendtreff', 'jobcenter'],
    goals: ['uebergang'],
    comments: [['jobcenter', 'Die Börse ist mit den Betrieben fest vereinbart, wir schauen, was sich verschieben lässt.']],
  },
  {
    type: 'UPDATE',
    on: '2026-10-27',
    title: 'Lesezeit im Jugendtreff läuft im {m:2026-12} aus',
    body: 'Die Lesezeit endet im {m:2026-12}; eine Fortsetzung hängt von neuen Mitteln ab.',
    author: 'jugendtreff',
    goals: ['lesen-ost'],
    actions: [
      { title: 'Teilnehmendenlisten der Lesezeit mit Lesestart abgleichen', owner: 'jugendtreff', due: '2026-10-31' },
      { title: 'Raum für Lesezeit {y:2027} im Gemeindehaus anfragen', owner: 'jugendtreff', due: '2026-12-05' },
    ],
  },
  {
    type: 'UPDATE',
    on: '2026-11-10',
    title: 'Offene Punkte aus der Steuerungsgruppe',
    body: 'Aufgaben aus der {m:2026-11}sitzung.',
    author: 'bildungsbuero',
    actions: [
      { title: 'Meldung Lernpatenschaften {m:2026-10} nachreichen', owner: 'jobcenter', due: '2026-11-30' },
      { title: 'Kooperationsvereinbarung Version 2 unterzeichnen', owner: 'jobcenter', due: '2026-12-15' },
      { title: 'Konzept Bildungsabende {y:2027} vorstellen', owner: 'vhs', due: '2027-01-20' },
      { title: 'Ideen für Elternarbeit in der Oststadt sammeln', owner: 'jugendtreff', due: null },
    ],
  },
  // Written as closeProposal writes it: the voters as participants, the pinned indicator linked.
  {
    key: 'decision',
    type: 'DECISION',
    on: '2026-09-22',
    title: 'Entscheidung: Zielwert Leseförderung {y:2027} auf 260 Kinder anheben',
    body: 'Vorschlag „Zielwert Leseförderung {y:2027} auf 260 Kinder anheben“: angenommen.\nStimmen: 4 Zustimmung, 1 Enthaltung, 1 Ablehnung, 0 Veto (insgesamt 6).',
    author: 'bildungsbuero',
    participants: ALL,
    indicators: ['LES-1'],
  },
  { type: 'DECISION', on: '2026-02-10', title: 'Frühwarnsystem Fehlzeiten geht in den Regelbetrieb', body: 'Die Steuerungsgruppe beschließt, das Frühwarnsystem ab dem zweiten Halbjahr an allen Schulen der Oststadt zu nutzen.', author: 'bildungsbuero', goals: ['fehlzeiten'] },
];
