import { AllianceSeed, Rng, insert } from './kit';

/** [member, direction, category, field, district, target group, note, added on (anchor date)] */
type Entry = [string, 'OFFER' | 'NEED', string, string, string | null, string | null, string, string];

/**
 * What the members of the Bildungsbündnis offer and need (issue 14, matching), so that the partner
 * suggestions tell a story: the youth centre (the demo partner) looks for a bigger room in the
 * Oststadt and for a way to families with refugee experience — the reading-start project offers
 * both; the adult education centre brings language support and languages; the mentors need a room
 * on Tuesdays, which the youth centre has.
 */
const EDU_RESOURCES: Entry[] = [
  ['jugendtreff', 'NEED', 'ROOMS', '', 'Oststadt', null, 'Ein größerer Raum für das Lerncafé am Nachmittag (bis 25 Jugendliche).', '2026-09-02'],
  [
    'jugendtreff',
    'NEED',
    'REACH',
    '',
    'Oststadt',
    'Familien mit Fluchterfahrung',
    'Wir möchten mehr geflüchtete Familien für das Lerncafé gewinnen.',
    '2026-09-02',
  ],
  [
    'jugendtreff',
    'NEED',
    'EXPERTISE',
    'Sprachförderung',
    null,
    'Jugendliche 12–16 Jahre',
    'Wer schult unsere Ehrenamtlichen in Sprachförderung?',
    '2026-09-10',
  ],
  ['jugendtreff', 'OFFER', 'ROOMS', '', 'Oststadt', null, 'Der offene Treff ist vormittags frei, dienstags auch abends.', '2026-09-02'],
  ['jugendtreff', 'OFFER', 'REACH', '', 'Oststadt', 'Jugendliche 12–16 Jahre', 'Rund 60 Jugendliche kommen jede Woche.', '2026-09-02'],
  ['lesestart', 'OFFER', 'ROOMS', '', 'Oststadt', null, 'Leseraum der Stadtteilbibliothek, nachmittags für Gruppen bis 30.', '2026-08-20'],
  [
    'lesestart',
    'OFFER',
    'REACH',
    '',
    'Oststadt',
    'Familien mit Fluchterfahrung',
    'Über die Lesepatenschaften kennen wir 80 Familien aus der Erstaufnahme.',
    '2026-08-20',
  ],
  ['lesestart', 'NEED', 'VOLUNTEERS', 'Lesepaten', null, 'Grundschulkinder', 'Zehn weitere Lesepatinnen und -paten für die Grundschulen.', '2026-08-20'],
  [
    'vhs',
    'OFFER',
    'EXPERTISE',
    'Sprachförderung',
    null,
    'Jugendliche 12–16 Jahre',
    'Fortbildung „Sprachsensibel begleiten“ für Ehrenamtliche, vier Abende.',
    '2026-07-14',
  ],
  ['vhs', 'OFFER', 'LANGUAGE', 'ar', null, null, 'Kursleitende sprechen Arabisch.', '2026-07-14'],
  ['vhs', 'OFFER', 'LANGUAGE', 'uk', null, null, 'Kursleitende sprechen Ukrainisch.', '2026-07-14'],
  ['vhs', 'NEED', 'ROOMS', '', 'Oststadt', null, 'Ein Kursraum am Abend für Deutsch für Eltern.', '2026-07-14'],
  [
    'jobcenter',
    'OFFER',
    'DATA',
    'Übergänge Schule–Beruf',
    'Oststadt',
    'Jugendliche 15–21 Jahre',
    'Anonymisierte Zahlen zu Übergängen, jährlich.',
    '2026-06-30',
  ],
  ['jobcenter', 'OFFER', 'FUNDING', 'Bildung und Teilhabe', null, null, 'Beratung zu Lernförderung aus dem Bildungspaket.', '2026-06-30'],
  ['jobcenter', 'NEED', 'REACH', '', null, 'Jugendliche 15–21 Jahre', 'Wir erreichen Jugendliche ohne Ausbildungsplatz zu spät.', '2026-06-30'],
  ['paten', 'OFFER', 'VOLUNTEERS', 'Lernpaten', null, 'Grundschulkinder', '35 aktive Lernpatinnen und -paten.', '2026-05-12'],
  ['paten', 'NEED', 'ROOMS', '', 'Oststadt', null, 'Ein Raum für die Patentreffen, dienstags 17–19 Uhr.', '2026-05-12'],
  ['bildungsbuero', 'OFFER', 'DATA', 'Sozialraumdaten', null, null, 'Bildungsbericht und Sozialraumdaten nach Stadtteil.', '2026-04-01'],
  ['bildungsbuero', 'NEED', 'DATA', 'Schulabschlüsse', null, null, 'Abschlüsse nach Schule und Stadtteil für den Bildungsbericht.', '2026-04-01'],
];

/** Seeds after the districts exist; its own random stream, so the other demo ids stay as they were. */
export async function seedEducationMatching(a: AllianceSeed): Promise<void> {
  const { client, allianceId, members, clock } = a;
  const rng = new Rng(20261414);
  const districts = new Map<string, string>(
    (await client.query(`SELECT id, name FROM districts WHERE alliance_id = $1`, [allianceId])).rows.map((d: { id: string; name: string }) => [d.name, d.id]),
  );
  await insert(
    client,
    'member_resources',
    EDU_RESOURCES.map(([member, direction, category, field, district, targetGroup, note, on]) => ({
      alliance_id: allianceId,
      id: rng.uuid(),
      membership_id: members[member],
      direction,
      category,
      field,
      district_id: district ? (districts.get(district) ?? null) : null,
      target_group: targetGroup,
      note,
      created_at: clock.at(on),
      updated_at: clock.at(on),
    })),
  );
}
