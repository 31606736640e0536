import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seedDemo } from '../../database/seeds/demo.seed';
import { approvedValue, BULK, createIndicator, createTarget, openPeriod } from '../../modules/measurements/measurements.fixtures';
import { AllianceArchive, buildArchive } from '../../modules/portability/archive.repository';
import { inOwnerTransaction } from '../../modules/portability/cli/owner-query';
import { TestApp } from '../test-app';
import { cloneTestDatabase } from '../test-database';
import { tableFingerprints } from './fingerprints';

const EXPORT = `query($id: ID!) { allianceExport(allianceId: $id) }`;
const API_ROOT = path.resolve(__dirname, '../../..');

/**
 * An alliance leaves with its data: export from installation 1 (GraphQL, as its backbone), import
 * into an empty installation 2 (the CLI, as owner), export again there — the two archives and the
 * alliance's rows in every tenant table are equal.
 */
describe('durability: alliance export and import', () => {
  let t: TestApp;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-export-'));
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(async () => {
    await t.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A demo-like alliance: members of every role, goal tree, indicators with targets, approved and bulk measurements, audit trail. */
  async function fixtureAlliance() {
    const roles = await t.allianceWithRoles('Bündnis zum Mitnehmen');
    const { allianceId, backbone, partner } = roles;
    const goal = (
      await t.ok(`mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`, { i: { allianceId, title: 'Kinder lesen' } }, { token: backbone.token })
    ).createGoal;
    await t.ok(
      `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id } }`,
      { i: { allianceId, parentId: goal.id, title: 'Vorlesepaten' } },
      { token: backbone.token },
    );
    const indicators = [await createIndicator(t, allianceId, { baseline: 3 }), await createIndicator(t, allianceId, { aggregation: 'RATIO' })];
    await createTarget(t, allianceId, indicators[0], '2026-Q1', 40);
    const q1 = await openPeriod(t, backbone.token, allianceId, '2026-Q1');
    const q2 = await openPeriod(t, backbone.token, allianceId, '2026-Q2');
    await approvedValue(
      t,
      { reporter: partner.token, backbone: backbone.token },
      { allianceId, indicatorId: indicators[0], reportingPeriodId: q1, value: 12, note: 'Schulen „Nord“' },
    );
    const bulk = await t.ok(
      BULK,
      {
        i: {
          allianceId,
          rows: [
            { indicatorId: indicators[0], reportingPeriodId: q2, value: 7.5, submit: true },
            { indicatorId: indicators[1], reportingPeriodId: q2, numerator: 3, denominator: 8 },
          ],
        },
      },
      { token: partner.token },
    );
    expect(bulk.submitMeasurements.ok).toBe(true);
    // An API token: access to this installation, which does not travel with the archive.
    await t.ok(
      `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret } }`,
      {
        i: { allianceId, name: 'Export', role: 'READ_ONLY', expiresOn: new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10) },
      },
      { token: backbone.token },
    );
    return roles;
  }

  it('round-trips one alliance into an empty installation, equal archives and rows; backbone only', async () => {
    await seedDemo(t.databaseUrl); // other alliances in installation 1, which must stay out of the archive
    const { allianceId, backbone, partner, funder } = await fixtureAlliance();
    const other = await t.allianceWithRoles('Anderes Bündnis');

    for (const who of [partner, funder]) expect((await t.gql(EXPORT, { id: allianceId }, { token: who.token })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(EXPORT, { id: allianceId }, { token: other.backbone.token })).errors?.[0].extensions?.code).toBe('NOT_FOUND'); // another alliance's id behaves like an unknown one;

    const first = (await t.ok<{ allianceExport: AllianceArchive }>(EXPORT, { id: allianceId }, { token: backbone.token })).allianceExport;
    const rows = first.tables.reduce((n, tb) => n + tb.rows.length, 0);
    expect(first.tables.every((tb) => tb.rows.every((r) => r.alliance_id === allianceId))).toBe(true);
    expect(first.tables.find((tb) => tb.name === 'measurements')!.rows).toHaveLength(3);
    expect(first.tables.find((tb) => tb.name === 'audit_events')!.rows.length).toBeGreaterThan(5);
    expect(first.users.every((u) => Object.keys(u).sort().join() === 'email,id,name')).toBe(true);
    expect(JSON.stringify(first)).not.toContain('argon2');
    expect(first.tables.map((tb) => tb.name)).not.toContain('api_tokens');
    const [{ token_hash: tokenHash }] = await t.sql(`SELECT token_hash FROM api_tokens WHERE alliance_id = $1`, [allianceId]);
    expect(JSON.stringify(first)).not.toContain(tokenHash);

    const second = await cloneTestDatabase();
    try {
      const file = path.join(dir, 'alliance.json');
      writeFileSync(file, JSON.stringify(first));
      const env = { ...process.env, DATABASE_URL: second.url, NODE_ENV: 'test' };
      const imported = spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/modules/portability/cli/import.ts', file], {
        cwd: API_ROOT,
        env,
        encoding: 'utf8',
      });
      expect(imported.stderr).toBe('');
      expect(imported.status).toBe(0);
      // Importing twice is refused, and changes nothing.
      const again = spawnSync(process.execPath, ['-r', '@swc-node/register', 'src/modules/portability/cli/import.ts', file], {
        cwd: API_ROOT,
        env,
        encoding: 'utf8',
      });
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('exists already');

      const reexported = await inOwnerTransaction(second.url, (q) => buildArchive(q, allianceId));
      expect({ ...reexported, exportedAt: null }).toEqual({ ...first, exportedAt: null });

      const tenant = new Set(first.tables.map((tb) => tb.name));
      const only = (table: string) => (tenant.has(table) ? `alliance_id = '${allianceId}'` : table === 'alliances' ? `id = '${allianceId}'` : 'false');
      const [a, b] = [await tableFingerprints(t.databaseUrl, only), await tableFingerprints(second.url, only)];
      expect(b).toEqual(a);
      console.log(
        `alliance export/import: ${first.tables.length} tenant tables, ${rows} rows, ${first.users.length} users, ${first.organisations.length} organisations — archives and fingerprints equal`,
      );

      // Imported people exist, but cannot log in until they reset their password.
      const [{ hash }] = await inOwnerTransaction(second.url, (q) =>
        q<{ hash: string }>(`SELECT password_hash AS hash FROM users WHERE id = $1`, [first.users[0].id]),
      );
      expect(hash).toBe('!');
    } finally {
      await second.drop();
    }
  }, 180_000);
});
