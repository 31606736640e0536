import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { hashPassword } from '../../core/auth/password';

/** Demo-only password of every demo login (listed in the README). */
export const DEMO_PASSWORD = 'Gemeinwerk-Demo-2026';

export const DEMO_USERS = {
  backbone: { email: 'koordination@bildungsbuero.example', name: 'Petra Schneider' },
  partner: { email: 'team@jugendtreff-oststadt.example', name: 'Deniz Yılmaz' },
  funder: { email: 'foerderung@vogel-stiftung.example', name: 'Dr. Johanna Vogel' },
  observer: { email: 'beobachtung@schulamt.example', name: 'Markus Weber' },
  climateBackbone: { email: 'buero@klimaagentur-nordkreis.example', name: 'Lena Hoffmann' },
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

export interface SeedResult {
  allianceIds: Record<string, string>;
}

/**
 * Seeds the German demo alliances once (idempotent: does nothing when the demo backbone user
 * exists). Runs as the owner in one transaction; tenant rows are written under their
 * alliance's context, so it works whether or not the owner bypasses row-level security.
 */
export async function seedDemo(ownerUrl: string): Promise<boolean> {
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
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const orgIds = {} as Record<OrgKey, string>;
    for (const [key, o] of Object.entries(ORGS)) {
      orgIds[key as OrgKey] = randomUUID();
      await client.query(`INSERT INTO organisations (id, name, kind, city) VALUES ($1, $2, $3, $4)`, [orgIds[key as OrgKey], o.name, o.kind, o.city]);
    }
    const userIds = {} as Record<keyof typeof DEMO_USERS, string>;
    for (const [key, u] of Object.entries(DEMO_USERS)) {
      const id = randomUUID();
      userIds[key as keyof typeof DEMO_USERS] = id;
      await client.query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, $3, $4)`, [id, u.email, u.name, passwordHash]);
      await client.query(`INSERT INTO user_organisations (user_id, organisation_id) VALUES ($1, $2)`, [id, orgIds[USER_ORG[key as keyof typeof DEMO_USERS]]]);
    }
    for (const a of ALLIANCES) {
      const allianceId = randomUUID();
      await client.query(`SELECT set_config('app.alliance_id', $1, true)`, [allianceId]);
      await client.query(
        `INSERT INTO alliances (id, name, kind, lifecycle, problem_statement, vision, period_start, period_end, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7::date)`,
        [allianceId, a.name, a.kind, a.lifecycle, a.problemStatement, a.vision, a.periodStart, a.periodEnd],
      );
      for (const m of a.members) {
        const membershipId = randomUUID();
        await client.query(
          `INSERT INTO memberships (alliance_id, id, organisation_id, role, state, joined_at) VALUES ($1, $2, $3, $4, 'ACTIVE', $5::date)`,
          [allianceId, membershipId, orgIds[m.org], m.role, a.periodStart],
        );
        for (const [i, u] of m.users.entries()) {
          await client.query(`INSERT INTO alliance_seats (alliance_id, id, membership_id, user_id, is_admin) VALUES ($1, $2, $3, $4, $5)`, [
            allianceId,
            randomUUID(),
            membershipId,
            userIds[u],
            i === 0,
          ]);
        }
      }
      await client.query(
        `INSERT INTO audit_events (alliance_id, id, actor_user_id, action, entity_type, entity_id, after, occurred_at)
         VALUES ($1, $2, NULL, 'alliance.seeded', 'Alliance', $1, $3, $4::date)`,
        [allianceId, randomUUID(), JSON.stringify({ name: a.name }), a.periodStart],
      );
    }
    await client.query('COMMIT');
    return true;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await client.end();
  }
}
