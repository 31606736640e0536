import { createHash } from 'node:crypto';
import districtShapes from './musterstadt-districts.geo.json';
import { AllianceSeed, insert, Rng } from './kit';

/** The demo provider's login (a sports club that only lists offers: role PROVIDER). */
export const DEMO_PROVIDER = { email: 'angebote@sportverein-musterstadt.example', name: 'Nina Albrecht' };

const CATEGORIES = ['Lernen & Schule', 'Sprache', 'Sport & Bewegung', 'Kultur & Kreativität', 'Beratung', 'Beruf & Ausbildung', 'Familie', 'Freizeit'];

/** Offer ideas per category: title stem, the target groups it is for (the activities' words), age range. */
const IDEAS: Record<string, [string, string[], number | null, number | null][]> = {
  'Lernen & Schule': [
    ['Hausaufgabenhilfe', ['Grundschulkinder'], 6, 10],
    ['Lernwerkstatt Mathematik', ['Schüler*innen Klasse 8–10'], 13, 16],
    ['Lesepaten in der Bibliothek', ['Grundschulkinder'], 6, 10],
    ['Nachhilfe Deutsch', ['Jugendliche 12–16 Jahre'], 12, 16],
  ],
  Sprache: [
    ['Sprachcafé', ['Eltern mit Migrationsgeschichte'], 18, null],
    ['Deutsch für Eltern', ['Eltern mit Migrationsgeschichte'], 18, null],
    ['Sprachförderung in der Kita', ['Kita-Kinder'], 3, 6],
  ],
  'Sport & Bewegung': [
    ['Kinderturnen', ['Kita-Kinder'], 3, 6],
    ['Fußball-AG', ['Grundschulkinder'], 6, 10],
    ['Mitternachtssport', ['Jugendliche 15–21 Jahre'], 15, 21],
    ['Schwimmkurs für Anfänger', ['Grundschulkinder'], 6, 10],
  ],
  'Kultur & Kreativität': [
    ['Theaterwerkstatt', ['Jugendliche 12–16 Jahre'], 12, 16],
    ['Malen und Werken', ['Grundschulkinder'], 6, 10],
    ['Bandprojekt', ['Jugendliche 15–21 Jahre'], 15, 21],
  ],
  Beratung: [
    ['Erziehungsberatung', ['Eltern'], null, null],
    ['Offene Sprechstunde Schulsozialarbeit', ['Jugendliche mit Förderbedarf'], 10, 18],
    ['Familienlotsen', ['Eltern mit Migrationsgeschichte'], null, null],
  ],
  'Beruf & Ausbildung': [
    ['Bewerbungstraining', ['Schüler*innen Klasse 8–10'], 14, 18],
    ['Berufsorientierung im Betrieb', ['Jugendliche 15–21 Jahre'], 15, 21],
    ['Ausbildungspaten', ['Jugendliche mit Förderbedarf'], 15, 21],
  ],
  Familie: [
    ['Elterncafé', ['Eltern'], null, null],
    ['Krabbelgruppe', ['Kita-Kinder'], 0, 3],
    ['Familienfrühstück', ['Eltern', 'Kita-Kinder'], null, null],
  ],
  Freizeit: [
    ['Offener Treff', ['Jugendliche 12–16 Jahre'], 12, 16],
    ['Ferienprogramm', ['Grundschulkinder'], 6, 12],
    ['Computerclub', ['Jugendliche 12–16 Jahre'], 10, 16],
  ],
};

const PROVIDER_NAMES = [
  'Sportverein Musterstadt 1898 e.V.',
  'Stadtbibliothek Musterstadt',
  'Familienzentrum Regenbogen',
  'Musikschule Musterstadt',
  'Caritas Beratungsstelle',
  'Diakonie Familienhilfe',
  'Kinderschutzbund Ortsverband',
  'Kulturhaus Altstadt',
  'Stadtteilzentrum Weststadt',
  'Stadtteilbüro Hafenviertel',
  'Jugendkunstschule Farbklecks',
  'Integrationsbüro Bahnhofsviertel',
  'Schwimmverein Delfin e.V.',
  'Theater am Markt',
  'Kinder- und Jugendfarm Südstadt',
  'AWO Ortsverein Musterstadt',
  'Evangelische Familienbildung',
  'Mehrgenerationenhaus Nordviertel',
  'Handwerkskammer Ausbildungsbüro',
  'IHK Ausbildungsberatung',
  'Migrantenselbstorganisation Brücke e.V.',
  'Elternverein Kita Sonnenschein',
  'Förderverein Grundschule am Park',
  'Förderverein Oberschule Ost',
  'Computerclub Byte e.V.',
  'Pfadfinderstamm Musterstadt',
  'Naturschutzjugend Musterstadt',
  'Tanzschule Schwung',
  'Schachverein Springer e.V.',
  'Lernhilfe Plus gGmbH',
  'Mädchentreff Lila',
  'Stadtteilmütter Musterstadt',
  'Schuldnerberatung der Stadt',
  'Zirkusprojekt Manege frei',
];

const WEEKDAYS = [1, 2, 3, 4, 5];

/** Ids derived from the alliance and a name, so the portal adds rows without moving any other demo value. */
const idFor = (allianceId: string, what: string) => {
  const h = createHash('sha256').update(`${allianceId}/portal/${what}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
};

/**
 * "Chancenportal Musterstadt" of the education alliance (issue 13, 7): the eight fictional
 * districts get their shapes (musterstadt-districts.geo.json) and populations; 40 providers (the
 * alliance's six members, a sports club with its own PROVIDER login, and 33 organisations that only
 * appear in the portal) offer about 150 things. Six new entries wait for approval, one was returned,
 * one published offer has a change pending, and some are due, flagged or hidden for want of
 * confirmation. Set-based: a handful of multi-row INSERTs. Its own random sequence, so the rest of
 * the demo stays as it was.
 */
export async function seedPortal(a: AllianceSeed, memberOrgs: string[]): Promise<void> {
  const { client, clock, allianceId, members, backboneUser } = a;
  const rng = new Rng(13013);

  // Districts: the eight of Musterstadt, with shapes; the two without activities are added.
  for (const f of districtShapes.features) {
    await client.query(
      `INSERT INTO districts (alliance_id, id, name, geojson) VALUES ($1, $2, $3, $4)
       ON CONFLICT (alliance_id, name) DO UPDATE SET geojson = EXCLUDED.geojson`,
      [allianceId, idFor(allianceId, `district/${f.properties.name}`), f.properties.name, JSON.stringify(f.geometry)],
    );
  }
  const districts = (await client.query(`SELECT id, name FROM districts WHERE alliance_id = $1 ORDER BY name`, [allianceId])).rows as {
    id: string;
    name: string;
  }[];
  const shapeOf = new Map(districtShapes.features.map((f) => [f.properties.name, f.geometry.coordinates[0] as number[][]]));
  await insert(
    client,
    'portal_district_populations',
    districts.map((d, i) => ({
      alliance_id: allianceId,
      district_id: d.id,
      population: 6000 + ((i * 3797) % 12000),
      by_target_group: JSON.stringify({ 'Kita-Kinder': 300 + ((i * 97) % 400), Grundschulkinder: 400 + ((i * 131) % 500), Eltern: 2500 + ((i * 577) % 3000) }),
      year: 2025,
    })),
  );

  await insert(client, 'portal_settings', [
    {
      alliance_id: allianceId,
      enabled: true,
      name: 'Chancenportal Musterstadt',
      intro: 'Angebote für Kinder, Jugendliche und Familien in Musterstadt – gesammelt vom Bildungsbündnis und seinen Partnern.',
      primary_color: '#1d5c8a',
      accent_color: '#e0a100',
      provider_signup_open: true,
    },
  ]);
  // The adult education centre helps the backbone as appointed editors.
  await insert(client, 'portal_editors', [{ alliance_id: allianceId, membership_id: members.vhs }]);

  // Providers: six members, the sports club with a PROVIDER login, 33 without a login (an imported list).
  const [{ password_hash: hash }] = (await client.query(`SELECT password_hash FROM users WHERE id = $1`, [backboneUser])).rows;
  const clubOrg = idFor(allianceId, 'org/sportverein');
  const clubUser = idFor(allianceId, 'user/sportverein');
  const clubMembership = idFor(allianceId, 'membership/sportverein');
  await insert(client, 'organisations', [{ id: clubOrg, name: PROVIDER_NAMES[0], kind: 'NGO', city: 'Musterstadt' }]);
  await insert(client, 'users', [{ id: clubUser, email: DEMO_PROVIDER.email, name: DEMO_PROVIDER.name, password_hash: hash }]);
  await insert(client, 'user_organisations', [{ user_id: clubUser, organisation_id: clubOrg }]);
  await insert(client, 'memberships', [
    { alliance_id: allianceId, id: clubMembership, organisation_id: clubOrg, role: 'PROVIDER', state: 'ACTIVE', joined_at: clock.month('2025-03-01') },
  ]);
  await insert(client, 'alliance_seats', [
    { alliance_id: allianceId, id: idFor(allianceId, 'seat/sportverein'), membership_id: clubMembership, user_id: clubUser, is_admin: true },
  ]);
  const memberNames = (
    await client.query(
      `SELECT m.id, o.id AS org, o.name FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.alliance_id = $1 AND m.id = ANY($2::uuid[])`,
      [allianceId, memberOrgs.map((k) => members[k])],
    )
  ).rows as { id: string; org: string; name: string }[];
  const providers = [
    ...memberNames.map((m) => ({ id: idFor(allianceId, `provider/${m.id}`), membership_id: m.id, organisation_id: m.org, name: m.name })),
    { id: idFor(allianceId, 'provider/sportverein'), membership_id: clubMembership, organisation_id: clubOrg, name: PROVIDER_NAMES[0] },
    ...PROVIDER_NAMES.slice(1).map((name) => ({ id: idFor(allianceId, `provider/${name}`), membership_id: null, organisation_id: null, name })),
  ];
  await insert(
    client,
    'portal_providers',
    providers.map((p) => ({
      alliance_id: allianceId,
      ...p,
      description: `${p.name} – Angebote in Musterstadt.`,
      email: `kontakt@${p.name
        .toLowerCase()
        .replace(/[^a-z]+/g, '-')
        .replace(/^-|-$/g, '')}.example`,
      created_at: clock.at('2025-03-01'),
      updated_at: clock.at('2025-03-01'),
    })),
  );

  const goals = (await client.query(`SELECT id FROM goals WHERE alliance_id = $1 ORDER BY created_at, id LIMIT 3`, [allianceId])).rows.map(
    (r) => r.id as string,
  );
  const ideas = CATEGORIES.flatMap((c) => IDEAS[c].map(([title, groups, min, max]) => ({ category: c, title, groups, min, max })));
  const offers: Record<string, unknown>[] = [];
  const revisions: Record<string, unknown>[] = [];
  const total = 152;
  for (let i = 0; i < total; i++) {
    const idea = ideas[i % ideas.length];
    const provider = providers[i % providers.length];
    const district = districts[(i * 5 + Math.floor(i / ideas.length)) % districts.length];
    // Over-supply in the Innenstadt and a gap in the Bahnhofsviertel, so the planning view has something to show.
    const d = district.name === 'Bahnhofsviertel' && i % 3 !== 0 ? districts.find((x) => x.name === 'Innenstadt')! : district;
    const ring = shapeOf.get(d.name)!;
    const [minLon, maxLon] = [Math.min(...ring.map((p) => p[0])), Math.max(...ring.map((p) => p[0]))];
    const [minLat, maxLat] = [Math.min(...ring.map((p) => p[1])), Math.max(...ring.map((p) => p[1]))];
    const lon = minLon + (0.25 + rng.next() * 0.5) * (maxLon - minLon);
    const lat = minLat + (0.25 + rng.next() * 0.5) * (maxLat - minLat);
    const weekday = WEEKDAYS[i % WEEKDAYS.length];
    const free = i % 4 !== 0;
    // Life of the offer: 0–5 new and waiting, 6 returned, 7 published with a change waiting, then published with a range of confirmations.
    const status = i < 6 ? 'IN_REVIEW' : i === 6 ? 'RETURNED' : 'PUBLISHED';
    const confirmed =
      i < 7
        ? null
        : i < 10
          ? '2025-10-20'
          : i < 13
            ? '2026-01-25'
            : i < 18
              ? '2026-04-25'
              : `2026-${String(6 + (i % 5)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
    const content = {
      title: `${idea.title} ${d.name}`,
      summary: `${idea.title} für ${idea.groups.join(' und ')} im Stadtteil ${d.name}.`,
      description: `${provider.name} lädt ein: ${idea.title}. Wir freuen uns auf neue Gesichter – einfach vorbeikommen oder vorher kurz anrufen.`,
      categories: [idea.category],
      targetGroups: idea.groups,
      ageMin: idea.min,
      ageMax: idea.max,
      districtId: d.id,
      street: `${['Markt', 'Schul', 'Garten', 'Linden', 'Hafen', 'Bahnhof'][i % 6]}straße ${1 + (i % 40)}`,
      postalCode: `3${String(1000 + (i % 8) * 10)}`,
      city: 'Musterstadt',
      latitude: Math.round(lat * 1e6) / 1e6,
      longitude: Math.round(lon * 1e6) / 1e6,
      scheduleKind: 'WEEKLY',
      schedule: [{ date: null, weekday, from: `${14 + (i % 4)}:00`, to: `${16 + (i % 4)}:00` }],
      scheduleNote: i % 5 === 0 ? 'Nicht in den Schulferien.' : '',
      startDate: null,
      endDate: null,
      isFree: free,
      costNote: free ? '' : `${5 + (i % 4) * 5} € im Monat, ermäßigt mit Musterstadt-Pass`,
      stepFree: i % 3 === 0,
      signLanguage: i % 17 === 0,
      easyLanguage: i % 5 === 1,
      languages: i % 6 === 0 ? ['de', 'tr', 'ar'] : i % 4 === 0 ? ['de', 'en'] : ['de'],
      registrationRequired: i % 3 === 1,
      registrationNote: i % 3 === 1 ? 'Bitte telefonisch oder per E-Mail anmelden.' : '',
      contactName: ['Frau Yılmaz', 'Herr Schneider', 'Frau Nowak', 'Herr Okafor', 'Frau Lindqvist'][i % 5],
      contactEmail: `angebot${i + 1}@musterstadt-angebote.example`,
      contactPhone: `0555 ${String(100000 + i * 37).slice(0, 6)}`,
      imageIds: [],
      goalIds: goals.length && i % 4 === 0 ? [goals[i % goals.length]] : [],
      activityIds: [],
    };
    const id = idFor(allianceId, `offer/${i}`);
    const created = clock.at(i < 7 ? '2026-11-10' : '2025-04-01');
    offers.push({
      alliance_id: allianceId,
      id,
      provider_id: provider.id,
      status,
      title: content.title,
      summary: content.summary,
      description: content.description,
      categories: content.categories,
      target_groups: content.targetGroups,
      age_min: content.ageMin,
      age_max: content.ageMax,
      district_id: content.districtId,
      street: content.street,
      postal_code: content.postalCode,
      city: content.city,
      latitude: content.latitude,
      longitude: content.longitude,
      schedule_kind: content.scheduleKind,
      schedule: JSON.stringify(content.schedule),
      schedule_note: content.scheduleNote,
      is_free: content.isFree,
      cost_note: content.costNote,
      step_free: content.stepFree,
      sign_language: content.signLanguage,
      easy_language: content.easyLanguage,
      languages: content.languages,
      registration_required: content.registrationRequired,
      registration_note: content.registrationNote,
      contact_name: content.contactName,
      contact_email: content.contactEmail,
      contact_phone: content.contactPhone,
      goal_ids: content.goalIds,
      published_at: confirmed ? clock.at(confirmed) : null,
      confirmed_at: confirmed ? clock.at(confirmed) : null,
      // As the daily freshness task would have left them: asked after 6 months, flagged after 9, hidden after 12.
      confirm_requested_at: confirmed && confirmed < '2026-05-15' ? clock.at('2026-11-01') : null,
      stale_flagged_at: confirmed && confirmed < '2026-02-15' ? clock.at('2026-11-02') : null,
      stale_hidden_at: confirmed && confirmed < '2025-11-15' ? clock.at('2026-11-03') : null,
      created_by_user_id: provider.membership_id === clubMembership ? clubUser : null,
      created_at: created,
      updated_at: created,
    });
    if (i < 7) {
      revisions.push({
        alliance_id: allianceId,
        id: idFor(allianceId, `revision/${i}`),
        offer_id: id,
        state: i === 6 ? 'RETURNED' : 'PENDING',
        content: JSON.stringify(content),
        base_content: null,
        submitted_by_user_id: provider.membership_id === clubMembership ? clubUser : null,
        submitted_at: clock.at(`2026-11-${String(8 + i).padStart(2, '0')}`),
        decided_by_user_id: i === 6 ? backboneUser : null,
        decided_at: i === 6 ? clock.at('2026-11-14') : null,
        return_reason: i === 6 ? 'Bitte ergänzen Sie, ob eine Anmeldung nötig ist, und nennen Sie eine Ansprechperson.' : null,
      });
    } else if (i === 7) {
      // One published offer has a change waiting: new times, and it moved to easy language.
      revisions.push({
        alliance_id: allianceId,
        id: idFor(allianceId, `revision/${i}`),
        offer_id: id,
        state: 'PENDING',
        content: JSON.stringify({
          ...content,
          title: `${content.title} (neue Zeiten)`,
          schedule: [{ date: null, weekday: 3, from: '15:00', to: '17:30' }],
          easyLanguage: true,
        }),
        base_content: JSON.stringify(content),
        submitted_by_user_id: null,
        submitted_at: clock.at('2026-11-13'),
        decided_by_user_id: null,
        decided_at: null,
        return_reason: null,
      });
    }
  }
  await insert(client, 'portal_offers', offers);
  await insert(client, 'portal_offer_revisions', revisions);
}
