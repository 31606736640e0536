import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { TestApp } from '../../test/test-app';

const ALLIANCE = `query($id: ID!) { alliance(allianceId: $id) { id name myRole } }`;
const MEMBERS = `query($id: ID!) { members(allianceId: $id) { id organisation { name } } }`;

describe('tenant isolation', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('a member of A asking for B gets exactly the answer for a made-up id', async () => {
    const a = await t.userWithToken();
    const b = await t.userWithToken();
    await t.createAlliance(a.token, 'Bündnis A');
    const allianceB = await t.createAlliance(b.token, 'Bündnis B');

    for (const query of [ALLIANCE, MEMBERS]) {
      const foreign = await t.gql(query, { id: allianceB }, { token: a.token });
      const madeUp = await t.gql(query, { id: randomUUID() }, { token: a.token });
      const garbage = await t.gql(query, { id: 'nicht-eine-id' }, { token: a.token });
      expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect({ ...foreign, headers: undefined }).toEqual({ ...madeUp, headers: undefined });
      expect({ ...foreign, headers: undefined }).toEqual({ ...garbage, headers: undefined });
      expect(JSON.stringify(foreign)).not.toContain('Bündnis B');
    }
    expect((await t.ok(ALLIANCE, { id: allianceB }, { token: b.token })).alliance.name).toBe('Bündnis B');
  });

  it('myAlliances lists only the alliances of the caller', async () => {
    const a = await t.userWithToken();
    const b = await t.userWithToken();
    const mine = await t.createAlliance(a.token, 'Meins');
    await t.createAlliance(b.token, 'Fremd');
    const list = await t.ok(`{ myAlliances { id name myRole } }`, {}, { token: a.token });
    expect(list.myAlliances).toEqual([{ id: mine, name: 'Meins', myRole: 'BACKBONE' }]);
  });

  it('the app role sees no tenant rows without app.alliance_id, and only its alliance with it', async () => {
    const a = await t.userWithToken();
    const b = await t.userWithToken();
    const allianceA = await t.createAlliance(a.token, 'Bündnis A');
    const allianceB = await t.createAlliance(b.token, 'Bündnis B');
    const client = new Client({ connectionString: t.database.appUrl });
    await client.connect();
    try {
      const [{ rolsuper, rolbypassrls }] = (await client.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user`)).rows;
      expect({ rolsuper, rolbypassrls }).toEqual({ rolsuper: false, rolbypassrls: false });
      for (const table of ['alliances', 'memberships', 'alliance_seats', 'invitations', 'audit_events']) {
        const all = await client.query(`SELECT count(*)::int AS n FROM ${table}`);
        expect({ table, n: all.rows[0].n }).toEqual({ table, n: 0 });
      }
      // The owner sees both alliances' rows.
      expect((await t.sql(`SELECT count(*)::int AS n FROM memberships WHERE alliance_id IN ($1, $2)`, [allianceA, allianceB]))[0].n).toBe(2);

      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.alliance_id', $1, true)`, [allianceA]);
      const scoped = await client.query(`SELECT DISTINCT alliance_id FROM memberships`);
      expect(scoped.rows).toEqual([{ alliance_id: allianceA }]);
      // Writing into another alliance is refused by the policy's WITH CHECK.
      await expect(
        client.query(`INSERT INTO audit_events (alliance_id, id, action, entity_type, entity_id) VALUES ($1, $2, 'x', 'x', $2)`, [randomUUID(), randomUUID()]),
      ).rejects.toThrow(/row-level security/);
      await client.query('ROLLBACK');
      // The setting is transaction-local: gone after the transaction.
      expect((await client.query(`SELECT count(*)::int AS n FROM memberships`)).rows[0].n).toBe(0);
      // Audit events are append-only for the app.
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.alliance_id', $1, true)`, [allianceA]);
      await expect(client.query(`DELETE FROM audit_events`)).rejects.toThrow(/permission denied/);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });

  it('a read list lets a transaction read several alliances but write none of them', async () => {
    const a = await t.userWithToken();
    const allianceA = await t.createAlliance(a.token, 'Bündnis A');
    const allianceB = await t.createAlliance(a.token, 'Bündnis B');
    const client = new Client({ connectionString: t.database.appUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('app.alliance_ids', $1, true)`, [`{${allianceA},${allianceB}}`]);
      expect((await client.query(`SELECT count(*)::int AS n FROM alliances`)).rows[0].n).toBe(2);
      const upd = await client.query(`UPDATE alliances SET name = 'gekapert'`);
      expect(upd.rowCount).toBe(0);
      await client.query('ROLLBACK');
    } finally {
      await client.end();
    }
  });

  it('an unauthenticated caller learns nothing', async () => {
    const a = await t.userWithToken();
    const id = await t.createAlliance(a.token, 'Geheim');
    const r = await t.gql(ALLIANCE, { id });
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(r)).not.toContain('Geheim');
  });
});
