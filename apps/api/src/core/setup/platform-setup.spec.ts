import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { TestApp } from '../../test/test-app';
import { PlatformSetupService } from './platform-setup.service';

const COMPLETE = `mutation($i: CompletePlatformSetupInput!) { completePlatformSetup(input: $i) { token user { email name isPlatformAdmin organisations { id } } } }`;
const tokenOf = (link: string) => new URL(link).pathname.split('/').pop()!;

describe('first run: a one-time setup link creates the first platform administrator', () => {
  it('an empty database without demo data: the server prints a link; it works once; a restart prints none', async () => {
    const t = await TestApp.start();
    let second: Awaited<ReturnType<typeof sibling>> | undefined;
    try {
      expect(await t.sql(`SELECT count(*)::int AS n FROM users`)).toEqual([{ n: 0 }]);
      const link = t.get(PlatformSetupService).printedLink!;
      expect(link).toMatch(/^http:\/\/gemeinwerk\.test\/setup\/[\w-]{43}$/);
      expect(await t.sql(`SELECT token_hash FROM platform_setup_tokens WHERE token_hash LIKE $1`, [`%${tokenOf(link)}%`])).toEqual([]);

      const input = { token: tokenOf(link), name: 'Ada Admin', email: 'Ada@Example.org', password: 'erstes-geheimnis-1', locale: 'de' };
      const short = await t.gql(COMPLETE, { i: { ...input, password: 'kurz' } });
      expect(short.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      const done = await t.ok(COMPLETE, { i: input });
      expect(done.completePlatformSetup.user).toEqual({ email: 'ada@example.org', name: 'Ada Admin', isPlatformAdmin: true, organisations: [] });
      // Logged in at once, as a platform admin.
      const token = done.completePlatformSetup.token;
      expect((await t.ok(`{ me { isPlatformAdmin } }`, {}, { token })).me.isPlatformAdmin).toBe(true);
      expect((await t.ok(`{ mailDeadLetters { id } }`, {}, { token })).mailDeadLetters).toEqual([]);

      // Once only.
      const again = await t.gql(COMPLETE, { i: { ...input, email: 'eve@example.org' } }, { lang: 'en' });
      expect(again.errors?.[0]?.extensions?.code).toBe('SETUP_LINK_INVALID');
      expect(again.errors?.[0]?.message).toBe('This setup link is invalid, has expired or was already used.');
      const forged = await t.gql(COMPLETE, { i: { ...input, token: 'x'.repeat(43), email: 'mallory@example.org' } });
      expect(forged.errors?.[0]?.extensions?.code).toBe('SETUP_LINK_INVALID');
      expect(await t.sql(`SELECT email FROM users ORDER BY email`)).toEqual([{ email: 'ada@example.org' }]);
      const [used] = await t.sql(`SELECT used_at IS NOT NULL AS used, used_by FROM platform_setup_tokens`);
      expect(used.used).toBe(true);

      // Another instance (or a restart) on the same database: an administrator exists, no link.
      second = await sibling(t);
      expect(second!.printedLink).toBeUndefined();
    } finally {
      await second?.close();
      await t.close();
    }
  });

  it('an expired link and an address already taken are refused; nothing is created', async () => {
    const t = await TestApp.start();
    try {
      const link = t.get(PlatformSetupService).printedLink!;
      const existing = await t.createUser();
      const taken = await t.gql(COMPLETE, { i: { token: tokenOf(link), name: 'X', email: existing.email, password: 'erstes-geheimnis-1' } });
      expect(taken.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      expect(taken.errors?.[0]?.extensions?.fields).toEqual([{ field: 'email', code: 'emailTaken' }]);
      await t.sql(`UPDATE platform_setup_tokens SET expires_at = now() - interval '1 second'`);
      const expired = await t.gql(COMPLETE, { i: { token: tokenOf(link), name: 'X', email: 'neu@example.org', password: 'erstes-geheimnis-1' } });
      expect(expired.errors?.[0]?.extensions?.code).toBe('SETUP_LINK_INVALID');
      expect(await t.sql(`SELECT 1 FROM users WHERE is_platform_admin`)).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it('pnpm admin:create prints a link that works once, also when an administrator exists', async () => {
    const t = await TestApp.start();
    try {
      const api = path.resolve(__dirname, '../../..');
      const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'src/database/cli/admin-create.ts'], {
        cwd: api,
        env: { ...process.env, DATABASE_URL: t.databaseUrl, PUBLIC_URL: 'https://gemeinwerk.example.org', NODE_ENV: 'development' },
      });
      const link = stdout.match(/https:\/\/gemeinwerk\.example\.org\/setup\/[\w-]+/)![0];
      const i = { token: tokenOf(link), name: 'Cli Admin', email: 'cli@example.org', password: 'kommandozeile-1' };
      expect((await t.ok(COMPLETE, { i })).completePlatformSetup.user.isPlatformAdmin).toBe(true);
      expect((await t.gql(COMPLETE, { i: { ...i, email: 'zwei@example.org' } })).errors?.[0]?.extensions?.code).toBe('SETUP_LINK_INVALID');
    } finally {
      await t.close();
    }
  }, 60_000);

  it('the seed script exists and its file is where package.json points', () => {
    const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
    for (const name of ['seed', 'admin:create']) {
      const file = pkg.scripts[name].split(' ').pop();
      expect(readdirSync(path.resolve(__dirname, '../../..', path.dirname(file)))).toContain(path.basename(file));
    }
  });
});

/** A second app on the same database (what a restart or a second instance sees at start). */
async function sibling(t: TestApp): Promise<{ printedLink?: string; close(): Promise<void> }> {
  const { createApp } = await import('../../app.factory');
  const { loadConfig } = await import('../../config/app-config');
  const { openDatabase } = await import('../../database/database');
  const appUrl = new URL(t.databaseUrl);
  appUrl.username = 'gemeinwerk_app';
  appUrl.password = 'gemeinwerk-test';
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: t.databaseUrl,
    DATABASE_APP_URL: appUrl.toString(),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'error',
    WEB_DIST: '/nonexistent',
    MAIL_WORKER: 'false',
  });
  const db = await openDatabase(config);
  const app = await createApp(config, db);
  await app.init();
  return {
    printedLink: app.get(PlatformSetupService).printedLink,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
