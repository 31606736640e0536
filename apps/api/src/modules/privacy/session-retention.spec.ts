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
    const revokedLongAgo = await insert(old(40), "now() + interval '1 day'", old(31));
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

  it('deletes failed-login counters older than a day, and keeps recent ones', async () => {
    const [ended, running] = ['e'.repeat(64), 'f'.repeat(64)];
    await t.sql(
      `INSERT INTO login_failures (kind, key, failures, first_at, last_at) VALUES
         ('account', $1, 3, now() - interval '2 days', now() - interval '2 days'), ('account', $2, 2, now(), now())`,
      [ended, running],
    );
    const cleanup = t.get(SessionCleanup);
    expect(await cleanup.purgeLoginCounters()).toBe(1);
    expect((await t.sql(`SELECT key FROM login_failures WHERE key IN ($1, $2)`, [ended, running])).map((r) => r.key)).toEqual([running]);
  });
});
