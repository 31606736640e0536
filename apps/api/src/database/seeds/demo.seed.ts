import { Client } from 'pg';
import { hashPassword } from '../../core/auth/password';
import { seedClimate } from './demo/climate';
import { seedEducation } from './demo/education';
import { AllianceSeed, DemoClock, Rng, berlinToday, insert } from './demo/kit';
import { seedPortalPublic } from './demo/portal-public';

/** Demo-only password of every demo login (listed in the README). */
export const DEMO_PASSWORD = 'Gemeinwerk-Demo-2026';

export const DEMO_USERS = {
  backbone: { email: 'koordination@bildungsbuero.example', name: 'Petra Schneider' },
  partner: { email: 'team@jugendtreff-oststadt.example', name: 'Deniz Yılmaz' },
  funder: { email: 'foerderung@vogel-stiftung.example', name: 'Dr. Johanna Vogel' },
  observer: { email: 'beobachtung@schulamt.example', name: 'Markus Weber' },
  climateBackbone: { email: 'buero@klimaagentur-nordkreis.example', name: 'Lena Hoffmann' },
} as const;

/**
 * Staff of the other member organisations: they sign the agreement, hand in values, write log
 * entries and vote in the demo. They can log in with the demo password too.
 */
export const DEMO_STAFF = {
  vhs: { email: 'bildung@vhs-musterstadt.example', name: 'Aylin Kaya' },
  jobcenter: { email: 'uebergang@jobcenter-musterstadt.example', name: 'Thomas Richter' },
  lesestart: { email: 'kontakt@lesestart-musterstadt.example', name: 'Sabine Wolf' },
  paten: { email: 'info@brueckenbauer.example', name: 'Jonas Becker' },
  stadtwerke: { email: 'klima@stadtwerke-nordkreis.example', name: 'Katrin Schulz' },
  bund: { email: 'vorstand@naturschutz-nordkreis.example', name: 'Henrik Lange' },
} as const;

type OrgKey = keyof typeof ORGS;
const ORGS = {
  bildungsbuero: { name: 'Amt für Schule und Bildung Musterstadt (Bildungsbüro)', kind: 'PUBLIC_BODY', city: 'Musterstadt' },
  jugendtreff: { name: 'Jugendtreff Oststadt e.V.', kind: 'NGO', city: 'Musterstadt' },
  vhs: { name: 'Volkshochschule Musterstadt', kind: 'PUBLIC_BODY', city: 'Musterstadt' },
  jobcenter: { name: 'Jobcenter Musterstadt', kind: 'PUBLIC_BODY', city: 'Musterstadt' },
  lesestart: { name: 'Lesestart Musterstadt e.V.', kind: 'NGO', city: 'Musterstadt' },
  paten: { name: 'Brückenbauer – Bildungspaten e.V.', kind: 'NGO', city: 'Musterstadt' },
  stiftung: { name: 'Heinrich-Vogel-Stiftung', kind: 'FOUNDATION', city: 'Hannover' },
  schulamt: { name: 'Staatliches Schulamt Musterkreis', kind: 'PUBLIC_BODY', city: 'Musterkreis' },
  klimaagentur: { name: 'Klimaschutzagentur Nordkreis', kind: 'PUBLIC_BODY', city: 'Nordkreis' },
  stadtwerke: { name: 'Stadtwerke Nordkreis GmbH', kind: 'COMPANY', city: 'Nordkreis' },
  bund: { name: 'Naturschutzgruppe Nordkreis e.V.', kind: 'NGO', city: 'Nordkreis' },
} as const;

interface SeedAlliance {
  name: string;
  kind: string;
  lifecycle: string;
  problemStatement: string;
  vision: string;
  periodStart: string;
  periodEnd: string | null;
  members: { org: OrgKey; role: string; users: (keyof typeof DEMO_USERS)[] }[];
  /** Writes goals, indicators, reports, activities and the log. */
  content: (a: AllianceSeed) => Promise<void>;
}

const ALLIANCES: SeedAlliance[] = [
  {
    name: 'Bildungsbündnis Musterstadt',
    kind: 'COALITION',
    lifecycle: 'ACTIVE',
    problemStatement:
      'In der Oststadt verlassen fast doppelt so viele Jugendliche die Schule ohne Abschluss wie im Landesschnitt. Angebote für Leseförderung, Lernpaten und Berufsorientierung gibt es viele, aber sie sind kaum abgestimmt und erreichen die Familien mit dem größten Bedarf zu selten.',
    vision: 'Jedes Kind in Musterstadt erreicht einen Schulabschluss und einen Anschluss, der zu ihm passt.',
    periodStart: '2024-01-01',
    periodEnd: '2028-12-31',
    members: [
      { org: 'bildungsbuero', role: 'BACKBONE', users: ['backbone'] },
      { org: 'jugendtreff', role: 'PARTNER', users: ['partner'] },
      { org: 'vhs', role: 'PARTNER', users: [] },
      { org: 'jobcenter', role: 'PARTNER', users: [] },
      { org: 'lesestart', role: 'PARTNER', users: [] },
      { org: 'paten', role: 'PARTNER', users: [] },
      { org: 'stiftung', role: 'FUNDER', users: ['funder'] },
      { org: 'schulamt', role: 'OBSERVER', users: ['observer'] },
    ],
    content: seedEducation,
  },
  {
    name: 'Klimaallianz Nordkreis',
    kind: 'ALLIANCE',
    lifecycle: 'ACTIVE',
    problemStatement: 'Hitzesommer und Starkregen treffen den Nordkreis immer häufiger; Kommunen, Betriebe und Vereine handeln bisher jeder für sich.',
    vision: 'Der Nordkreis ist bis 2030 auf Hitze und Starkregen vorbereitet und senkt seine Emissionen jedes Jahr messbar.',
    periodStart: '2025-01-01',
    periodEnd: '2030-12-31',
    members: [
      { org: 'klimaagentur', role: 'BACKBONE', users: ['climateBackbone'] },
      { org: 'stadtwerke', role: 'PARTNER', users: [] },
      { org: 'bund', role: 'PARTNER', users: [] },
      { org: 'stiftung', role: 'FUNDER', users: ['funder'] },
    ],
    content: seedClimate,
  },
];

/** Which organisation each demo user works for. */
const USER_ORG: Record<keyof typeof DEMO_USERS, OrgKey> = {
  backbone: 'bildungsbuero',
  partner: 'jugendtreff',
  funder: 'stiftung',
  observer: 'schulamt',
  climateBackbone: 'klimaagentur',
};

/**
 * Seeds the German demo alliances once (idempotent: does nothing when the demo backbone user
 * exists). Runs as the owner in one transaction; tenant rows are written under their
 * alliance's context, so it works whether or not the owner bypasses row-level security.
 * Deterministic: ids and values come from a seeded generator. The story is written around
 * DEMO_ANCHOR (2026-11-15) and moved to the day of seeding (Europe/Berlin), so a fresh demo never
 * looks stale; `today` (the app passes its DEMO_TODAY setting) pins that day for tests and screenshots.
 */
export async function seedDemo(ownerUrl: string, options: { today?: string } = {}): Promise<boolean> {
  const clock = new DemoClock(options.today ?? berlinToday());
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT pg_advisory_xact_lock(7305202)`);
    const existing = await client.query(`SELECT 1 FROM users WHERE email = $1`, [DEMO_USERS.backbone.email]);
    if (existing.rowCount) {
      await client.query('ROLLBACK');
      return false;
    }
    const rng = new Rng(20261115);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const orgIds = {} as Record<OrgKey, string>;
    await insert(
      client,
      'organisations',
      Object.entries(ORGS).map(([key, o]) => ({ id: (orgIds[key as OrgKey] = rng.uuid()), name: o.name, kind: o.kind, city: o.city, findable: true })),
    );
    const userIds = {} as Record<keyof typeof DEMO_USERS, string>;
    /** The first user of each organisation acts for it (signs, reports, votes). */
    const actorOf = {} as Record<OrgKey, string>;
    const people = [
      ...Object.entries(DEMO_USERS).map(([key, u]) => ({ ...u, key, org: USER_ORG[key as keyof typeof DEMO_USERS] })),
      ...Object.entries(DEMO_STAFF).map(([org, u]) => ({ ...u, key: null, org: org as OrgKey })),
    ].map((p) => ({ ...p, id: rng.uuid() }));
    for (const p of people) {
      if (p.key) userIds[p.key as keyof typeof DEMO_USERS] = p.id;
      actorOf[p.org] ??= p.id;
    }
    await insert(
      client,
      'users',
      people.map((p) => ({ id: p.id, email: p.email, name: p.name, password_hash: passwordHash })),
    );
    await insert(
      client,
      'user_organisations',
      people.map((p) => ({ user_id: p.id, organisation_id: orgIds[p.org] })),
    );
    for (const a of ALLIANCES) {
      const allianceId = rng.uuid();
      await client.query(`SELECT set_config('app.alliance_id', $1, true)`, [allianceId]);
      await client.query(
        `INSERT INTO alliances (id, name, kind, lifecycle, problem_statement, vision, period_start, period_end, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7::date, $7::date)`,
        [allianceId, a.name, a.kind, a.lifecycle, a.problemStatement, a.vision, clock.month(a.periodStart), a.periodEnd && clock.month(a.periodEnd)],
      );
      const members: Record<string, string> = {};
      const actors: Record<string, string> = {};
      const seats: Record<string, unknown>[] = [];
      for (const m of a.members) {
        members[m.org] = rng.uuid();
        actors[m.org] = actorOf[m.org];
        // Demo logins get their seat; staff users get a seat in the alliances their organisation belongs to.
        const seated = [...m.users.map((u) => userIds[u]), ...people.filter((p) => !p.key && p.org === m.org).map((p) => p.id)];
        seated.forEach((userId, i) =>
          seats.push({ alliance_id: allianceId, id: rng.uuid(), membership_id: members[m.org], user_id: userId, is_admin: i === 0 }),
        );
      }
      await insert(
        client,
        'memberships',
        a.members.map((m) => ({
          alliance_id: allianceId,
          id: members[m.org],
          organisation_id: orgIds[m.org],
          role: m.role,
          state: 'ACTIVE',
          joined_at: clock.month(a.periodStart),
        })),
      );
      await insert(client, 'alliance_seats', seats);
      await a.content({ client, rng, clock, allianceId, members, actors, backboneUser: actors[a.members[0].org] });
      await seedPortalPublic(client, allianceId, a.name);
      await client.query(
        `INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, after, occurred_at)
         VALUES ($1, $2, NULL, 'alliance.seeded', 'Alliance', $1, $3, $4::date)`,
        [allianceId, rng.uuid(), JSON.stringify({ name: a.name }), clock.month(a.periodStart)],
      );
    }
    // The demo shows every way in: organisations may register themselves (a fresh install: by invitation only).
    await client.query(`UPDATE platform_settings SET registration_open = true WHERE id = 1`);
    await client.query('COMMIT');
    return true;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
}
