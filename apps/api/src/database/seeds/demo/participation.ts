import { createHash } from 'node:crypto';
import { AllianceSeed, insert } from './kit';

/** Ids derived from the alliance and a name, so co-production adds rows without moving any other demo value. */
const idFor = (allianceId: string, what: string) => {
  const h = createHash('sha256').update(`${allianceId}/participation/${what}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};
const hash = (allianceId: string, what: string) => createHash('sha256').update(`${allianceId}/participation-token/${what}`).digest('hex');

interface DemoItem {
  key: string;
  kind: 'REPORT' | 'FEEDBACK';
  text: string;
  created: string;
  moderation: 'APPROVED' | 'PENDING';
  category?: string;
  targetGroup?: string;
  district?: number;
  address?: string;
  position?: [number, number];
  offer?: 'jugendtreff' | 'sportverein';
  rating?: number;
  authorLabel?: string;
  email?: string;
  /** Report: the steps after RECEIVED → IN_REVIEW, each [status, anchor date, reason?]. */
  steps?: [string, string, string?][];
  forwardTo?: string;
  answer?: [string, string];
  changed?: [string, string];
  supports?: number;
}

/**
 * Co-production on "Chancenportal Musterstadt" (issue 16, 7): citizens' reports on the map —
 * one resolved within a month with the Jugendtreff's public answer, one forwarded to it and
 * waiting, one in review, one declined with its reason — and feedback on two offers with the
 * providers' public answers (one marked "hat etwas verändert"), and one approved experience with
 * the Sportverein's offer still waiting for its provider's answer. One report and one feedback wait
 * in the moderation queue; the report still names a person, for the moderator to edit out.
 */
export async function seedParticipation(a: AllianceSeed): Promise<void> {
  const { client, clock, allianceId, members } = a;
  const districts = (await client.query(`SELECT id FROM districts WHERE alliance_id = $1 ORDER BY name`, [allianceId])).rows.map((r) => r.id as string);
  const offerOf = async (membershipId: string) =>
    (
      await client.query(
        `SELECT o.id FROM portal_offers o JOIN portal_providers p ON p.alliance_id = o.alliance_id AND p.id = o.provider_id
          WHERE o.alliance_id = $1 AND p.membership_id = $2 AND o.status = 'PUBLISHED' AND o.stale_hidden_at IS NULL ORDER BY o.title LIMIT 1`,
        [allianceId, membershipId],
      )
    ).rows[0]?.id as string | undefined;
  const club = (
    await client.query(`SELECT membership_id AS id FROM portal_providers WHERE alliance_id = $1 AND id = $2`, [allianceId, portalProvider(allianceId)])
  ).rows[0]?.id as string | undefined;
  const offers = { jugendtreff: await offerOf(members.jugendtreff), sportverein: club ? await offerOf(club) : undefined };
  const names = (
    await client.query(`SELECT m.id, o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.alliance_id = $1`, [allianceId])
  ).rows as { id: string; name: string }[];
  const nameOf = (membershipId: string | undefined) => names.find((n) => n.id === membershipId)?.name ?? null;

  const items: DemoItem[] = [
    {
      key: 'rampe',
      kind: 'REPORT',
      category: 'BARRIER',
      targetGroup: 'Menschen mit Behinderung',
      district: 0,
      position: [51.5121, 7.4652],
      text: 'Der Eingang der Stadtteilbibliothek hat nur Stufen. Mit Rollstuhl oder Kinderwagen kommt man nicht hinein.',
      created: '2026-10-02',
      moderation: 'APPROVED',
      forwardTo: 'jugendtreff',
      steps: [
        ['FORWARDED', '2026-10-05'],
        ['RESOLVED', '2026-10-21'],
      ],
      answer: ['Seit dem {d:2026-10-21} steht am Seiteneingang eine mobile Rampe bereit. Bitte klingeln, wir helfen gern.', '2026-10-21'],
      supports: 7,
    },
    {
      key: 'hausaufgaben',
      kind: 'REPORT',
      category: 'MISSING_OFFER',
      targetGroup: 'Kinder',
      district: 1,
      address: 'Rund um die Grundschule am Park',
      text: 'Im Stadtteil gibt es nachmittags keine Hausaufgabenhilfe für Grundschulkinder. Die nächste ist zwei Busstationen entfernt.',
      created: '2026-11-03',
      moderation: 'APPROVED',
      forwardTo: 'jugendtreff',
      steps: [['FORWARDED', '2026-11-06']],
      supports: 12,
    },
    {
      key: 'licht',
      kind: 'REPORT',
      category: 'SAFETY',
      targetGroup: 'Jugendliche',
      district: 0,
      position: [51.5098, 7.4691],
      text: 'Der Fußweg vom Jugendtreff zur Bushaltestelle ist abends unbeleuchtet. Viele gehen deshalb früher nach Hause.',
      created: '2026-11-10',
      moderation: 'APPROVED',
      supports: 4,
    },
    {
      key: 'oeffnungszeiten',
      kind: 'REPORT',
      category: 'INFORMATION',
      targetGroup: 'Familien',
      district: 2,
      text: 'Die Öffnungszeiten des Familienzentrums stehen nirgends im Internet.',
      created: '2026-09-14',
      moderation: 'APPROVED',
      steps: [['DECLINED', '2026-09-20', 'Das Familienzentrum gehört nicht zum Bündnis. Wir haben die Meldung an die Stadt weitergegeben.']],
      supports: 2,
    },
    {
      key: 'aufzug',
      kind: 'REPORT',
      category: 'BARRIER',
      targetGroup: 'Ältere Menschen',
      district: 3,
      address: 'Bahnhofsvorplatz',
      text: 'Frau Schmidt aus der Lindenstraße sagt, der Aufzug am Bahnhof ist seit Wochen kaputt. Mit Rollator kommt sie nicht zum Gleis.',
      created: '2026-11-13',
      moderation: 'PENDING',
      email: 'melderin@beispiel.example',
    },
    {
      key: 'selbstvertrauen',
      kind: 'FEEDBACK',
      offer: 'jugendtreff',
      rating: 5,
      authorLabel: 'Mutter aus Oststadt',
      text: 'Mein Sohn geht seit einem Jahr hin und hat viel Selbstvertrauen gewonnen. Die Betreuerinnen nehmen sich Zeit.',
      created: '2026-10-12',
      moderation: 'APPROVED',
      answer: ['Vielen Dank! Wir geben das Lob an das ganze Team weiter.', '2026-10-14'],
    },
    {
      key: 'schicht',
      kind: 'FEEDBACK',
      offer: 'sportverein',
      rating: 3,
      authorLabel: 'Vater, arbeitet Schicht',
      text: 'Das Training ist toll, aber nur unter der Woche um 16 Uhr. Kinder von Eltern im Schichtdienst können kaum kommen.',
      created: '2026-09-28',
      moderation: 'APPROVED',
      answer: ['Danke für den Hinweis. Wir haben eine zweite Gruppe am Samstagvormittag eingerichtet.', '2026-10-09'],
      changed: ['Neue Trainingsgruppe samstags um 10 Uhr', '2026-10-30'],
    },
    {
      // Approved and not answered yet: the provider (angebote@sportverein-musterstadt.example) answers it under "Rückmeldungen".
      key: 'umkleide',
      kind: 'FEEDBACK',
      offer: 'sportverein',
      rating: 4,
      authorLabel: 'Oma von zwei Enkeln',
      text: 'Die Kinder sind begeistert. Nur die Umkleide ist so eng, dass Eltern draußen im Regen warten müssen.',
      created: '2026-11-18',
      moderation: 'APPROVED',
    },
    {
      key: 'anmeldung',
      kind: 'FEEDBACK',
      offer: 'jugendtreff',
      rating: 2,
      text: 'Die Anmeldung ging nur per Telefon, und da war nie jemand erreichbar.',
      created: '2026-11-12',
      moderation: 'PENDING',
    },
  ];

  items.push(...barrierHistory());

  const rows: Record<string, unknown>[] = [];
  const history: Record<string, unknown>[] = [];
  const supports: Record<string, unknown>[] = [];
  for (const it of items) {
    const offerId = it.offer ? offers[it.offer] : null;
    if (it.kind === 'FEEDBACK' && !offerId) continue;
    const id = idFor(allianceId, it.key);
    const created = clock.at(it.created);
    const report = it.kind === 'REPORT';
    const approved = it.moderation === 'APPROVED';
    const steps = it.steps ?? [];
    const last = steps[steps.length - 1];
    const status = !report ? null : !approved ? 'RECEIVED' : (last?.[0] ?? 'IN_REVIEW');
    const closed =
      last && (last[0] === 'RESOLVED' || last[0] === 'DECLINED') ? clock.at(last[1], 11) : it.answer && !report ? clock.at(it.answer[1], 11) : null;
    const forwarded = it.forwardTo ? members[it.forwardTo] : null;
    const answeredBy = report ? nameOf(forwarded ?? undefined) : nameOf(it.offer === 'jugendtreff' ? members.jugendtreff : club);
    rows.push({
      alliance_id: allianceId,
      id,
      kind: it.kind,
      offer_id: offerId,
      category: it.category ?? null,
      target_group: it.targetGroup ?? null,
      district_id: it.district !== undefined ? (districts[it.district % districts.length] ?? null) : null,
      address: it.address ?? null,
      lat: it.position?.[0] ?? null,
      lng: it.position?.[1] ?? null,
      text: it.text,
      rating: it.rating ?? null,
      author_label: it.authorLabel ?? null,
      locale: 'de',
      moderation: it.moderation,
      approved_at: approved ? clock.at(it.created, 15) : null,
      status,
      status_reason: last?.[0] === 'DECLINED' ? (last[2] ?? null) : null,
      public_answer: it.answer ? clock.text(it.answer[0]) : null,
      answered_by_name: it.answer ? answeredBy : null,
      answered_at: it.answer ? clock.at(it.answer[1], 11) : null,
      changed_text: it.changed?.[0] ?? null,
      changed_at: it.changed ? clock.at(it.changed[1]) : null,
      forwarded_membership_id: forwarded,
      forward_note: forwarded ? 'Bitte prüfen und öffentlich antworten.' : null,
      forwarded_at: forwarded ? clock.at(steps.find((s) => s[0] === 'FORWARDED')![1]) : null,
      closed_at: closed,
      email: it.email ?? null,
      follow_token_hash: hash(allianceId, it.key),
      created_at: created,
      updated_at: created,
    });
    history.push({ alliance_id: allianceId, id: idFor(allianceId, `${it.key}/received`), item_id: id, status: 'RECEIVED', reason: null, at: created });
    if (report && approved) {
      history.push({
        alliance_id: allianceId,
        id: idFor(allianceId, `${it.key}/review`),
        item_id: id,
        status: 'IN_REVIEW',
        reason: null,
        at: clock.at(it.created, 15),
      });
      for (const [s, day, reason] of steps) {
        history.push({
          alliance_id: allianceId,
          id: idFor(allianceId, `${it.key}/${s}`),
          item_id: id,
          status: s,
          reason: reason ?? null,
          at: clock.at(day, 11),
        });
      }
    }
    for (let i = 0; i < (it.supports ?? 0); i++) {
      supports.push({ alliance_id: allianceId, item_id: id, voter_hash: hash(allianceId, `${it.key}/voter/${i}`), created_at: clock.at(it.created, 16) });
    }
  }
  await insert(client, 'participation_items', rows);
  await insert(client, 'participation_history', history);
  await insert(client, 'participation_supports', supports);

  // The indicator fed by these reports (issue 16, 4): values computed per quarter and district, no member reports it.
  const indicatorId = idFor(allianceId, 'indicator/barrieren');
  const created = clock.at('2026-01-05');
  await insert(client, 'indicators', [
    {
      alliance_id: allianceId,
      id: indicatorId,
      code: 'BAR-1',
      name: 'Gemeldete Barrieren, gelöst innerhalb von 30 Tagen',
      definition:
        'Freigegebene Meldungen der Kategorie „Barriere“ im Chancenportal, die innerhalb von 30 Tagen nach Eingang als gelöst beantwortet wurden; gezählt im Quartal des Eingangs.',
      unit: 'Meldungen',
      direction: 'INCREASE',
      aggregation: 'SUM',
      frequency: 'QUARTERLY',
      rba_kind: 'HOW_WELL',
      collection_method: 'Berechnet aus den Meldungen von Bürgerinnen und Bürgern (Chancenportal)',
      decimals: 0,
      integer_only: true,
      created_at: created,
      updated_at: created,
    },
  ]);
  await insert(client, 'participation_indicator_sources', [
    { alliance_id: allianceId, indicator_id: indicatorId, kind: 'REPORT', category: 'BARRIER', within_days: 30 },
  ]);
}

/**
 * A year of barrier reports before the story's ones, for the indicator "Gemeldete Barrieren,
 * gelöst innerhalb von 30 Tagen": most resolved within days by the member they were forwarded to,
 * some only after more than 30 days, one declined. Forwarded to members other than the Jugendtreff
 * (whose own list tells the story above).
 */
function barrierHistory(): DemoItem[] {
  const places = [
    ['Eingang der Grundschule am Park', 'Die Tür ist zu schwer, mit Rollstuhl kommt man allein nicht hinein.'],
    ['Haltestelle Marktplatz', 'Der Bordstein ist so hoch, dass man mit Rollator nicht in den Bus kommt.'],
    ['Volkshochschule, Raum 3', 'Der Kursraum ist nur über Treppen erreichbar.'],
    ['Bürgerhaus Südstadt', 'Die Behindertentoilette ist abgeschlossen, niemand hat einen Schlüssel.'],
    ['Spielplatz Lindenallee', 'Der Weg zum Spielplatz ist mit Kies bedeckt, mit Kinderwagen kaum zu schaffen.'],
    ['Jobcenter, Seiteneingang', 'Der Klingelknopf hängt zu hoch und ist nicht beschriftet.'],
    ['Stadtteilbibliothek Hafenviertel', 'Die Anmeldung hat keine Induktionsschleife für Hörgeräte.'],
    ['Familienzentrum Nord', 'Die Rampe ist im Winter vereist und wird nicht gestreut.'],
  ];
  const partners = ['vhs', 'lesestart', 'paten', 'jobcenter'];
  // [received, days until resolved (negative: declined)] per report, a year back from the story.
  const plan: [string, number][] = [
    ['2026-01-12', 9],
    ['2026-01-26', 14],
    ['2026-02-03', 41],
    ['2026-02-16', 6],
    ['2026-03-02', 21],
    ['2026-03-18', 12],
    ['2026-04-08', 8],
    ['2026-04-22', 27],
    ['2026-05-06', 11],
    ['2026-05-20', 52],
    ['2026-06-03', 5],
    ['2026-06-15', 18],
    ['2026-06-24', 16],
    ['2026-07-07', 10],
    ['2026-07-21', 4],
    ['2026-08-04', 25],
    ['2026-08-18', -6],
    ['2026-09-01', 13],
    ['2026-09-10', 7],
    ['2026-09-22', 19],
    ['2026-10-06', 12],
    ['2026-10-13', 9],
    ['2026-10-19', 22],
    ['2026-10-27', 15],
  ];
  const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  return plan.map(([received, days], i) => {
    const [place, problem] = places[i % places.length];
    const forwarded = addDays(received, 2);
    const declined = days < 0;
    return {
      key: `barriere-${i}`,
      kind: 'REPORT',
      category: 'BARRIER',
      targetGroup: i % 3 === 0 ? 'Ältere Menschen' : i % 3 === 1 ? 'Menschen mit Behinderung' : 'Familien',
      district: i % 4,
      address: place,
      text: `${place}: ${problem}`,
      created: received,
      moderation: 'APPROVED',
      forwardTo: partners[i % partners.length],
      steps: [
        ['FORWARDED', forwarded],
        declined
          ? ['DECLINED', addDays(received, -days), 'Der Ort gehört nicht zu einem Mitglied des Bündnisses; wir haben die Meldung an die Stadt gegeben.']
          : ['RESOLVED', addDays(received, days)],
      ],
      answer: declined ? undefined : ['Behoben – danke für die Meldung!', addDays(received, days)],
      supports: 1 + (i % 5),
    };
  });
}

/** The sports club's provider row (demo/portal.ts derives it the same way). */
function portalProvider(allianceId: string): string {
  const h = createHash('sha256').update(`${allianceId}/portal/provider/sportverein`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
