import { Client } from 'pg';
import { TestApp } from '../../test/test-app';
import { SqlCounter } from '../../test/overhead/sql-counter';

const ALLIANCE = `query($id: ID!) { alliance(allianceId: $id) { id name } }`;

/**
 * The transaction the auth middleware opens with the session check (BEGIN, session, app.user_id
 * in one round trip) and hands to the request's first GraphQL field.
 */
describe('request transaction', () => {
  let t: TestApp;
  let counter: SqlCounter;
  beforeAll(async () => {
    t = await TestApp.start({ RATE_LIMIT_POINTS_PER_MINUTE: '1000000' });
    counter = new SqlCounter(t.database.dataSource).start();
  });
  afterAll(async () => {
    counter.stop();
    await t.close();
  });

  const openTransactions = async () =>
    (
      await t.sql(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE usename = 'gemeinwerk_app' AND datname = current_database() AND state LIKE 'idle in transaction%'`,
      )
    )[0].n;

  it('an alliance-scoped read: BEGIN + session, alliance + seat, the read, COMMIT', async () => {
    const u = await t.userWithToken();
    const allianceId = await t.createAlliance(u.token, 'Vier');
    const r = await counter.during(() => t.ok(ALLIANCE, { id: allianceId }, { token: u.token }));
    expect(r.roundTrips).toBe(4);
    expect(r.texts[0]).toMatch(/^BEGIN; WITH hit AS/);
    expect(r.texts[1]).toMatch(/gw_enter_alliance/);
    expect(r.texts[3]).toBe('COMMIT');
  });

  it('every field of one document gets its own transaction and alliance', async () => {
    const a = await t.userWithToken();
    const first = await t.createAlliance(a.token, 'Erstes');
    const second = await t.createAlliance(a.token, 'Zweites');
    const d = await t.ok(
      `query($x: ID!, $y: ID!) { x: alliance(allianceId: $x) { name } y: alliance(allianceId: $y) { name } me { id } }`,
      { x: first, y: second },
      { token: a.token },
    );
    expect(d).toEqual({ x: { name: 'Erstes' }, y: { name: 'Zweites' }, me: { id: a.id } });
    // A foreign alliance in the second field is NOT_FOUND; the first field still answers.
    const b = await t.userWithToken();
    const foreign = await t.createAlliance(b.token, 'Fremd');
    const mixed = await t.gql(
      `query($x: ID!, $y: ID!) { x: alliance(allianceId: $x) { name } y: alliance(allianceId: $y) { name } }`,
      { x: first, y: foreign },
      { token: a.token },
    );
    expect(mixed.data).toBeUndefined(); // the non-null field error nulls the whole data
    expect(mixed.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
  });

  it('returns the connection when no field takes the transaction (refused, invalid, rate-limited requests)', async () => {
    const u = await t.userWithToken();
    const pool = Number(t.database.dataSource.driver.options.extra?.max ?? 10);
    for (let i = 0; i < pool + 5; i++) {
      const invalid = await t.gql(`{ nope }`, {}, { token: u.token });
      expect(invalid.status).toBe(400);
      const foreignOrigin = await t.gql(`mutation { logout }`, {}, { cookie: `gw_session=${u.token}`, headers: { origin: 'https://evil.example' } });
      expect(foreignOrigin.status).toBe(403);
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(await openTransactions()).toBe(0);
    expect((await t.ok(`{ me { id } }`, {}, { token: u.token })).me.id).toBe(u.id);
  });

  it('leaves no setting on the pooled connection after the request', async () => {
    const u = await t.userWithToken();
    const allianceId = await t.createAlliance(u.token);
    const max = Number(t.database.dataSource.driver.options.extra?.max ?? 10);
    await Promise.all(Array.from({ length: max }, () => t.ok(ALLIANCE, { id: allianceId }, { token: u.token })));
    const settings = await Promise.all(
      Array.from({ length: max }, () =>
        t.database.dataSource.query(`SELECT current_setting('app.user_id', true) AS u, current_setting('app.alliance_id', true) AS a`),
      ),
    );
    for (const [row] of settings) expect([row.u ?? '', row.a ?? '']).toEqual(['', '']);
  });

  it('a stale session is touched, but never waits for another request holding the session row', async () => {
    const u = await t.userWithToken();
    await t.sql(`UPDATE sessions SET last_seen_at = now() - interval '5 minutes' WHERE user_id = $1`, [u.id]);
    const before = (await t.sql(`SELECT last_seen_at FROM sessions WHERE user_id = $1`, [u.id]))[0].last_seen_at as Date;

    // Another transaction holds the session row (as a concurrent request touching it would).
    const other = new Client({ connectionString: t.databaseUrl });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(`SELECT 1 FROM sessions WHERE user_id = $1 FOR UPDATE`, [u.id]);
      // Would block until the statement timeout (15 s, jest fails first) without SKIP LOCKED.
      expect((await t.ok(`{ me { id } }`, {}, { token: u.token })).me.id).toBe(u.id);
      await other.query('COMMIT');
    } finally {
      await other.end();
    }
    expect((await t.sql(`SELECT last_seen_at FROM sessions WHERE user_id = $1`, [u.id]))[0].last_seen_at).toEqual(before);
    await t.ok(`{ me { id } }`, {}, { token: u.token });
    const after = (await t.sql(`SELECT last_seen_at FROM sessions WHERE user_id = $1`, [u.id]))[0].last_seen_at as Date;
    expect(after.getTime()).toBeGreaterThan(before.getTime());
  }, 20_000);

  it('idle, revoked and disabled sessions find no user, also inside the request transaction', async () => {
    const idle = await t.userWithToken();
    await t.sql(`UPDATE sessions SET last_seen_at = now() - interval '1 day' WHERE user_id = $1`, [idle.id]);
    const revoked = await t.userWithToken();
    await t.sql(`UPDATE sessions SET revoked_at = now() WHERE user_id = $1`, [revoked.id]);
    const disabled = await t.userWithToken();
    await t.sql(`UPDATE users SET disabled_at = now() WHERE id = $1`, [disabled.id]);
    const expired = await t.userWithToken();
    await t.sql(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [expired.id]);
    for (const who of [idle, revoked, disabled, expired]) {
      const r = await t.gql(`{ me { id } }`, {}, { token: who.token });
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
    // An unknown token is anonymous: public operations still work in the parked transaction.
    const preview = await t.gql(`query { invitationPreview(token: "x") { allianceName } }`, {}, { token: 'not-a-session' });
    expect(preview.errors?.[0].extensions?.code).toBe('INVITATION_INVALID');
  });
});
