import { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../app.factory';
import { loadConfig } from '../../config/app-config';
import { Database, openDatabase } from '../../database/database';
import { freePort } from '../../database/embedded-postgres';
import { MailCatcher } from '../../test/mail-catcher';
import { TestApp } from '../../test/test-app';

const REQUEST = `mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`;
const DEAD = `{ mailDeadLetters { id kind toAddress subject attempts lastError deadAt } }`;

async function until<T>(what: string, f: () => Promise<T | undefined | false>, timeoutMs = 45_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await f();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * A second API instance on the same database, as Kubernetes runs one: the app role's connection
 * only, no owner URL, no migrations at start; its own pool and its own mail worker.
 */
async function secondInstance(t: TestApp, env: Record<string, string>): Promise<{ app: NestExpressApplication; db: Database }> {
  const appUrl = new URL(t.databaseUrl);
  appUrl.username = 'gemeinwerk_app';
  appUrl.password = 'gemeinwerk-test';
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_APP_URL: appUrl.toString(),
    MIGRATE_ON_START: 'false',
    SEED_DEMO: 'false',
    LOG_LEVEL: 'error',
    WEB_DIST: '/nonexistent',
    PUBLIC_URL: 'http://gemeinwerk.test',
    ...env,
  });
  const db = await openDatabase(config);
  const app = await createApp(config, db);
  await app.init();
  return { app, db };
}

describe('mail delivery: outage, two instances, dead letters', () => {
  it('an SMTP outage while mails are queued: all delivered exactly once when the server is back, by two API instances', async () => {
    const smtp = new MailCatcher();
    const port = await freePort();
    // Both instances deliver; the SMTP server is down.
    const env = { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_WORKER: 'true', MAIL_POLL_INTERVAL_MS: '200', MAIL_MAX_ATTEMPTS: '6' };
    const t = await TestApp.start(env);
    const second = await secondInstance(t, env);
    try {
      const users: { email: string }[] = [];
      for (let i = 0; i < 12; i++) users.push(await t.createUser({ name: `Person ${i}` }));
      for (const u of users) await t.ok(REQUEST, { i: { email: u.email } }, { headers: { 'x-forwarded-for': `10.1.0.${users.indexOf(u)}` } });
      // The look-ups run in the queue too (the database is up): 12 mails in the outbox.
      await until('12 mails in the outbox', async () => Number((await t.sql(`SELECT count(*) AS n FROM mail_outbox`))[0].n) === 12);
      const ids: string[] = (await t.sql(`SELECT id FROM mail_outbox ORDER BY created_at`)).map((r) => r.id);
      // Every mail has failed at least once (connection refused) and is waiting for its retry.
      await until('a failed attempt for every mail', async () => {
        const [r] = await t.sql(
          `SELECT count(*) FILTER (WHERE attempts >= 1 AND last_error IS NOT NULL) AS failed, count(*) FILTER (WHERE status <> 'PENDING') AS done FROM mail_outbox`,
        );
        expect(Number(r.done)).toBe(0);
        return Number(r.failed) === 12;
      });
      const errors = await t.sql(`SELECT DISTINCT last_error FROM mail_outbox`);
      expect(errors.map((e) => e.last_error).join()).toMatch(/ECONNREFUSED/);

      // Both instances' workers are connected (each holds at least its LISTEN connection).
      const [workers] = await t.sql(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'gemeinwerk-mail' AND query ILIKE 'LISTEN%'`,
      );
      expect(workers.n).toBe(2);
      await smtp.start(port);
      await until('every mail SENT', async () => Number((await t.sql(`SELECT count(*) AS n FROM mail_outbox WHERE status = 'SENT'`))[0].n) === 12);
      await smtp.waitFor(12);
      // Give a duplicate every chance to show up: more than one poll interval and retry step.
      await new Promise((r) => setTimeout(r, 3000));
      expect(smtp.mails).toHaveLength(12);
      expect(new Set(smtp.mails.map((m) => m.messageId)).size).toBe(12);
      expect(smtp.mails.map((m) => m.to[0]).sort()).toEqual(users.map((u) => u.email).sort());
      expect(new Set(smtp.mails.map((m) => m.messageId.replace(/[<>]/g, '').split('@')[0]))).toEqual(new Set(ids));
      expect(await t.sql(`SELECT count(*)::int AS n FROM graphile_worker._private_jobs`)).toEqual([{ n: 0 }]);
      const attempts = await t.sql(`SELECT attempts FROM mail_outbox`);
      console.log(`outage: 12 mails, attempts per mail ${JSON.stringify(attempts.map((a) => a.attempts))}, 12 received, 12 distinct`);
    } finally {
      await second.app.close();
      await second.db.close();
      await t.close();
      await smtp.stop();
    }
  }, 120_000);

  it('a refused mail becomes a dead letter after MAIL_MAX_ATTEMPTS; only a platform admin sees and requeues it', async () => {
    const smtp = new MailCatcher();
    await smtp.start();
    smtp.refuse = '550 mailbox unavailable';
    const t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_WORKER: 'true', MAIL_POLL_INTERVAL_MS: '200', MAIL_MAX_ATTEMPTS: '2' });
    try {
      const user = await t.userWithToken({ name: 'Dora Dead' });
      const admin = await t.userWithToken({ name: 'Ada Admin' });
      await t.sql(`UPDATE users SET is_platform_admin = true WHERE id = $1`, [admin.id]);
      await t.ok(REQUEST, { i: { email: user.email } });
      await until('the dead letter', async () => (await t.sql(`SELECT 1 FROM mail_outbox WHERE status = 'DEAD'`)).length === 1);
      const [row] = await t.sql(`SELECT id, attempts, last_error FROM mail_outbox`);
      expect(row.attempts).toBe(2);
      expect(row.last_error).toMatch(/550/);

      const list = await t.ok(DEAD, {}, { token: admin.token });
      expect(list.mailDeadLetters).toEqual([
        expect.objectContaining({ id: row.id, kind: 'PASSWORD_RESET', toAddress: user.email, subject: 'Neues Passwort für Gemeinwerk festlegen', attempts: 2 }),
      ]);
      // Anyone else: refused, and nothing of the mail in the answer.
      const other = await t.gql(DEAD, {}, { token: user.token });
      expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(other)).not.toContain(user.email);
      const requeueAsUser = await t.gql(
        `mutation($i: RequeueDeadLetterInput!) { requeueDeadLetter(input: $i) }`,
        { i: { mailId: row.id } },
        { token: user.token },
      );
      expect(requeueAsUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      // Even past the service check, the app role reads no outbox row without a platform admin.
      const runner = t.database.dataSource.createQueryRunner();
      await runner.connect();
      await runner.startTransaction();
      await runner.query(`SELECT set_config('app.user_id', $1, true)`, [user.id]);
      expect(await runner.query(`SELECT id FROM mail_outbox`)).toEqual([]);
      await runner.query(`UPDATE mail_outbox SET status = 'PENDING'`);
      await runner.query(`SELECT set_config('app.user_id', $1, true)`, [admin.id]);
      expect(await runner.query(`SELECT id FROM mail_outbox`)).toEqual([{ id: row.id }]);
      await runner.rollbackTransaction();
      await runner.release();
      expect((await t.sql(`SELECT status FROM mail_outbox`))[0].status).toBe('DEAD');

      // The server accepts again; the admin requeues; it arrives once.
      smtp.refuse = undefined;
      expect(
        (await t.ok(`mutation($i: RequeueDeadLetterInput!) { requeueDeadLetter(input: $i) }`, { i: { mailId: row.id } }, { token: admin.token }))
          .requeueDeadLetter,
      ).toBe(true);
      await smtp.waitForTo(user.email);
      await until('SENT', async () => (await t.sql(`SELECT status FROM mail_outbox`))[0].status === 'SENT');
      expect((await t.ok(DEAD, {}, { token: admin.token })).mailDeadLetters).toEqual([]);
      const again = await t.gql(
        `mutation($i: RequeueDeadLetterInput!) { requeueDeadLetter(input: $i) }`,
        { i: { mailId: row.id } },
        { token: admin.token, lang: 'en' },
      );
      expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(smtp.mails).toHaveLength(1);
    } finally {
      await t.close();
      await smtp.stop();
    }
  }, 90_000);
});
