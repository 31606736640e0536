import { randomUUID } from 'node:crypto';
import { SessionCleanup, SESSION_RETENTION_DAYS } from '../../core/auth/session-cleanup';
import { TestApp } from '../../test/test-app';

describe('session retention', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it(`deletes sessions that ended more than ${SESSION_RETENTION_DAYS} days ago and keeps the rest`, async () => {
    const user = await t.userWithToken();
    const old = (days: number) => `now() - interval '${days} days'`;
    const insert = async (lastSeen: string, expires: string, revoked: string | null) => {
      const id = randomUUID();
      await t.sql(
        `INSERT INTO sessions (id, user_id, token_hash, created_at, last_seen_at, expires_at, revoked_at, ip)
         VALUES ($1, $2, $3, ${old(60)}, ${lastSeen}, ${expires}, ${revoked ?? 'NULL'}, '203.0.113.7')`,
        [id, user.id, randomUUID().replace(/-/g, '').padEnd(64, '0')],
      );
      return id;
    };
    const expiredLongAgo = await insert(old(40), old(35), null);
    const revokedLongAgo = await insert(old(40), 'now() + interval \'1 day\'', old(31));
    const revokedRecently = await insert(old(2), old(1), old(1));
    const cleanup = (t as any).app.get(SessionCleanup) as SessionCleanup;
    expect(await cleanup.purge()).toBe(2);
    const left = (await t.sql(`SELECT id FROM sessions WHERE user_id = $1`, [user.id])).map((r) => r.id);
    expect(left).toContain(revokedRecently);
    expect(left).not.toContain(expiredLongAgo);
    expect(left).not.toContain(revokedLongAgo);
    // The live login session is untouched.
    expect((await t.ok(`query { me { id } }`, {}, { token: user.token })).me.id).toBe(user.id);
  });

  it('deletes failed-login counters whose window ended, and keeps running ones', async () => {
    const now = Date.now();
    await t.sql(`INSERT INTO rate_limits (key, points, expire) VALUES ('login-account:ended', 3, $1), ('login-account:running', 2, $2)`, [now - 1000, now + 600_000]);
    const cleanup = t.get(SessionCleanup);
    expect(await cleanup.purgeRateLimits()).toBe(1);
    expect((await t.sql(`SELECT key FROM rate_limits WHERE key LIKE 'login-account:%'`)).map((r) => r.key)).toEqual(['login-account:running']);
  });
});
