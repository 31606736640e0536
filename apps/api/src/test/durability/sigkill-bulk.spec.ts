import { ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Client } from 'pg';
import { hashPassword } from '../../core/auth/password';
import { freePort } from '../../database/embedded-postgres';
import { BULK, createIndicator, OPEN } from '../../modules/measurements/measurements.fixtures';
import { cloneTestDatabase } from '../test-database';

const API_ROOT = path.resolve(__dirname, '../../..');
const PASSWORD = 'richtig-geheim-123';
const ROWS = 500;

/** The real API as a child process on the cloned database (no embedded server, no demo). */
function startApi(databaseUrl: string, port: number): ChildProcess {
  // The app URL given whole: with only a password the app would ALTER ROLE at every start, which
  // races with other suites' start-ups on the same cluster ("tuple concurrently updated").
  const appUrl = new URL(databaseUrl);
  appUrl.username = 'gemeinwerk_app';
  appUrl.password = 'gemeinwerk-test';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_URL: databaseUrl,
    DATABASE_APP_URL: appUrl.toString(),
    SEED_DEMO: 'false',
    LOG_LEVEL: 'error',
    WEB_DIST: '/nonexistent',
    NODE_ENV: 'test',
  };
  return spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], { cwd: API_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function waitReady(port: number, child: ChildProcess): Promise<void> {
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`API exited early (${child.exitCode}):\n${output}`);
    if (
      await fetch(`http://127.0.0.1:${port}/health/ready`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`API not ready:\n${output}`);
}

const exited = (child: ChildProcess) => new Promise<void>((r) => (child.exitCode !== null || child.signalCode ? r() : child.once('exit', () => r())));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * SIGKILL of the API while a 500-row bulk submission is being written. The bulk runs in one
 * database transaction, so PostgreSQL must roll it back when the client connection dies: after
 * the kill there are either all 500 rows (the COMMIT got through first) or none — never a part.
 */
describe('durability: SIGKILL during a bulk submission', () => {
  let db: Awaited<ReturnType<typeof cloneTestDatabase>>;
  let owner: Client;
  let port: number;
  let api: ChildProcess | undefined;
  const sql = async <T = any>(text: string, params: unknown[] = []) => (await owner.query(text, params)).rows as T[];

  beforeAll(async () => {
    db = await cloneTestDatabase();
    owner = new Client({ connectionString: db.url });
    await owner.connect();
    port = await freePort();
  });
  afterAll(async () => {
    if (api && api.exitCode === null) api.kill('SIGKILL');
    await owner.end();
    await db.drop();
  });

  const gql = async (query: string, variables: Record<string, unknown>, token?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const r = await fetch(`http://127.0.0.1:${port}/graphql`, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await r.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data;
  };
  const user = async (organisationName: string) => {
    const id = randomUUID();
    const organisationId = randomUUID();
    const email = `u-${id.slice(0, 8)}@example.org`;
    await sql(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, 'Person', $3)`, [id, email, await hashPassword(PASSWORD)]);
    await sql(`INSERT INTO organisations (id, name, kind) VALUES ($1, $2, 'NGO')`, [organisationId, organisationName]);
    await sql(`INSERT INTO user_organisations (user_id, organisation_id) VALUES ($1, $2)`, [id, organisationId]);
    const token = (await gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email, password: PASSWORD } })).login.token as string;
    return { email, organisationId, token };
  };
  /** Waits until no connection of the app role is left, so every transaction has ended one way or the other. */
  const appConnectionsGone = async () => {
    for (let i = 0; i < 300; i++) {
      const [{ n }] = await sql(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND usename = 'gemeinwerk_app'`);
      if (n === 0) return;
      await sleep(100);
    }
    throw new Error('app connections still open after the kill');
  };

  it('leaves all 500 rows or none, over several kill timings, and the app works after a restart', async () => {
    api = startApi(db.url, port);
    await waitReady(port, api);
    const backbone = await user('Geschäftsstelle');
    const allianceId = (await gql(`mutation($i: CreateAllianceInput!) { createAlliance(input: $i) { id } }`, { i: { name: 'Killbündnis' } }, backbone.token))
      .createAlliance.id;
    const partner = await user('Partner e. V.');
    const invite = await gql(
      `mutation($i: InviteOrganisationInput!) { inviteOrganisation(input: $i) { token } }`,
      // A new organisation for the partner's address (an existing one would be invited through its admins).
      { i: { allianceId, organisationName: 'Partner e. V.', organisationKind: 'NGO', role: 'PARTNER', email: partner.email } },
      backbone.token,
    );
    await gql(
      `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { membership { id } } }`,
      { i: { token: invite.inviteOrganisation.token } },
      partner.token,
    );
    const harness = { sql, ok: (q: string, v: Record<string, unknown> = {}, o: { token?: string } = {}) => gql(q, v, o.token) };
    const indicators: string[] = [];
    for (let k = 0; k < ROWS; k++) indicators.push(await createIndicator(harness, allianceId, { name: `Indikator ${k}` }));

    // Kill timings: as soon as the bulk's transaction has written (mid-transaction for sure), after
    // random delays, and one round left alone (the control: all rows arrive).
    const rounds: ({ kind: 'mid-transaction' } | { kind: 'delay'; ms: number } | { kind: 'none' })[] = [
      { kind: 'mid-transaction' },
      { kind: 'delay', ms: 50 + Math.floor(Math.random() * 400) },
      { kind: 'mid-transaction' },
      { kind: 'delay', ms: 500 + Math.floor(Math.random() * 1500) },
      { kind: 'none' },
    ];
    const outcomes: string[] = [];
    for (const [r, round] of rounds.entries()) {
      if (r > 0) {
        api = startApi(db.url, port);
        await waitReady(port, api);
      }
      const periodKey = `${2026 + Math.floor(r / 4)}-Q${(r % 4) + 1}`;
      const periodId = (await gql(OPEN, { i: { allianceId, frequency: 'QUARTERLY', periodKey } }, backbone.token)).openReportingPeriod.id;
      const rows = indicators.map((indicatorId, k) => ({ indicatorId, reportingPeriodId: periodId, value: k + 1, submit: k % 2 === 0 }));
      const sent = Date.now();
      const request = gql(BULK, { i: { allianceId, rows } }, partner.token).then(
        (d) => d.submitMeasurements.ok as boolean,
        () => 'killed',
      );

      let midTransaction = false;
      if (round.kind === 'mid-transaction') {
        // A backend of the app role holding a transaction id has written rows that are not committed yet.
        for (let i = 0; i < 2000 && !midTransaction; i++) {
          const busy = await sql(
            `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND usename = 'gemeinwerk_app' AND backend_xid IS NOT NULL`,
          );
          midTransaction = busy.length > 0;
          if (!midTransaction) await sleep(5);
        }
        expect(midTransaction).toBe(true);
      } else if (round.kind === 'delay') await sleep(round.ms);
      if (round.kind !== 'none') {
        api.kill('SIGKILL');
        await exited(api);
      }
      const answered = await request;
      const tookMs = Date.now() - sent;
      if (round.kind === 'none') {
        expect(answered).toBe(true);
        api.kill('SIGTERM');
        await exited(api);
      }
      await appConnectionsGone();
      const [{ measurements, audit }] = await sql(
        `SELECT (SELECT count(*)::int FROM measurements WHERE reporting_period_id = $1) AS measurements,
                (SELECT count(*)::int FROM audit_events WHERE entity_type = 'Measurement' AND entity_id IN (SELECT id FROM measurements WHERE reporting_period_id = $1)) AS audit`,
        [periodId],
      );
      outcomes.push(
        `${round.kind}${round.kind === 'delay' ? ` ${round.ms} ms` : ''}: ${measurements} rows (${midTransaction ? 'killed mid-transaction' : `response ${answered}`}, ${tookMs} ms after sending)`,
      );
      expect([0, ROWS]).toContain(measurements);
      if (measurements === 0) expect(audit).toBe(0);
      if (round.kind === 'mid-transaction') expect(measurements).toBe(0);
      if (round.kind === 'none') expect(measurements).toBe(ROWS);
    }
    console.log(`SIGKILL during ${ROWS}-row bulk submissions:\n  ${outcomes.join('\n  ')}`);

    // The app starts again on the same database and accepts a bulk.
    api = startApi(db.url, port);
    await waitReady(port, api);
    const periodId = (await gql(OPEN, { i: { allianceId, frequency: 'QUARTERLY', periodKey: '2028-Q1' } }, backbone.token)).openReportingPeriod.id;
    const ok = await gql(
      BULK,
      { i: { allianceId, rows: indicators.slice(0, 3).map((indicatorId) => ({ indicatorId, reportingPeriodId: periodId, value: 1 })) } },
      partner.token,
    );
    expect(ok.submitMeasurements.ok).toBe(true);
    api.kill('SIGTERM');
    await exited(api);
  }, 600_000);
});
