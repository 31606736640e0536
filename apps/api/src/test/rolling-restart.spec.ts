import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { hashPassword } from '../core/auth/password';
import { freePort } from '../database/embedded-postgres';
import { describeWithTool } from './requires-tool';
import { cloneTestDatabase } from './test-database';

const API_ROOT = path.resolve(__dirname, '../..');
const NGINX_CONF = path.resolve(API_ROOT, '../../infra/nginx/nginx.conf');
const PASSWORD = 'richtig-geheim-123';
const NGINX = ['/usr/sbin/nginx', 'nginx'].find((bin) => !spawnSync(bin, ['-v']).error);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One API process, as in production: no migration at start, app role only, JSON logs. */
class Instance {
  child!: ChildProcess;
  output = '';
  constructor(
    readonly name: string,
    readonly port: number,
    private readonly appUrl: string,
  ) {}

  async start(): Promise<void> {
    this.output = '';
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(this.port),
      HOST: '127.0.0.1',
      DATABASE_APP_URL: this.appUrl,
      MIGRATE_ON_START: 'false',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'log',
      WEB_DIST: '/nonexistent',
      CURSOR_SECRET: 'rolling-restart-cursor-secret-0123456789',
      RATE_LIMIT_POINTS_PER_MINUTE: '10000000',
    };
    delete env.DATABASE_URL;
    this.child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], { cwd: API_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (d) => (this.output += d));
    this.child.stderr!.on('data', (d) => (this.output += d));
    const until = Date.now() + 90_000;
    while (Date.now() < until) {
      if (this.child.exitCode !== null) throw new Error(`${this.name} exited early (${this.child.exitCode}):\n${this.output}`);
      if (
        await fetch(`http://127.0.0.1:${this.port}/health/ready`).then(
          (r) => r.ok,
          () => false,
        )
      )
        return;
      await sleep(200);
    }
    throw new Error(`${this.name} not ready:\n${this.output}`);
  }

  /** SIGTERM and wait for the exit; returns the exit code and how long the drain took. */
  async stop(): Promise<{ code: number | null; ms: number; drainLine?: string }> {
    const started = Date.now();
    const exited = new Promise<number | null>((r) => this.child.once('exit', (code) => r(code)));
    this.child.kill('SIGTERM');
    const code = await exited;
    const drainLine = this.output.split('\n').find((l) => l.includes('drained in'));
    return { code, ms: Date.now() - started, drainLine };
  }
}

/** infra/nginx/nginx.conf on loopback: only the listen port, upstream addresses and file paths change. */
function nginxConf(dir: string, listen: number, a: number, b: number, down?: number): string {
  const server = (port: number) => `server 127.0.0.1:${port}${port === down ? ' down' : ''}`;
  const conf = readFileSync(NGINX_CONF, 'utf8')
    .replace(/listen\s+\d+;/, `listen 127.0.0.1:${listen};`)
    .replace('server api-1:3000', server(a))
    .replace('server api-2:3000', server(b))
    .replace('pid /tmp/gemeinwerk-nginx.pid;', `pid ${dir}/nginx.pid;`)
    .replaceAll('/tmp/gemeinwerk-nginx-', `${dir}/`)
    .replace('error_log /dev/stderr warn;', `error_log ${dir}/error.log warn;`)
    .replace('access_log /dev/stdout gemeinwerk;', `access_log ${dir}/access.log gemeinwerk;`);
  expect(conf).not.toMatch(/api-[12]:3000|\/tmp\/gemeinwerk-nginx|\/dev\/std/);
  return conf;
}

interface Outcome {
  ok: boolean;
  status?: number;
  error?: string;
  kind: 'query' | 'mutation';
}

/** POST /graphql on a new connection each time (no client keep-alive to race with nginx reloads). */
function post(port: number, body: unknown, token: string): Promise<{ status: number; json: any }> {
  const data = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), authorization: `Bearer ${token}` },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) });
          } catch {
            resolve({ status: res.statusCode ?? 0, json: { errors: [{ message: text.slice(0, 200) }] } });
          }
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/**
 * A request that is surely in flight on `port`: the headers are sent (the server has accepted the
 * connection and started the request), the body only when `finish()` is called.
 */
function heldRequest(port: number, token: string, query: string) {
  const data = JSON.stringify({ query });
  let sendBody!: () => void;
  const response = new Promise<{ status: number; json: any }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), authorization: `Bearer ${token}` },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    req.flushHeaders();
    sendBody = () => req.end(data);
  });
  return { response, finish: () => sendBody() };
}

/**
 * Two API processes on one database behind Debian's nginx on loopback, with the repository's
 * nginx.conf. While clients send queries and mutations through nginx, each instance in turn gets
 * SIGTERM (it stops accepting and finishes what it has), is started again, and then the other.
 * Every request must succeed, and every acknowledged mutation must be stored exactly once.
 */
describeWithTool(
  NGINX ? null : 'nginx not found (Debian package `nginx`; scripts/test-all.mjs installs it when run as root)',
  'two instances behind nginx: rolling restart under load',
  () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-nginx-'));
    let db: Awaited<ReturnType<typeof cloneTestDatabase>>;
    let owner: Client;
    let nginx: ChildProcess | undefined;
    const instances: Instance[] = [];

    beforeAll(async () => {
      chmodSync(dir, 0o777); // nginx workers run as an unprivileged user when the master is root
      db = await cloneTestDatabase();
      owner = new Client({ connectionString: db.url });
      await owner.connect();
    });
    afterAll(async () => {
      for (const i of instances) if (i.child && i.child.exitCode === null) i.child.kill('SIGKILL');
      if (nginx && nginx.exitCode === null) nginx.kill('SIGQUIT');
      await owner?.end();
      await db?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('serves every request while the instances restart one after the other (0 failed)', async () => {
      const appUrl = new URL(db.url);
      appUrl.username = 'gemeinwerk_app';
      appUrl.password = 'gemeinwerk-test';
      const [pa, pb, pn] = [await freePort(), await freePort(), await freePort()];
      instances.push(new Instance('api-1', pa, appUrl.toString()), new Instance('api-2', pb, appUrl.toString()));
      await Promise.all(instances.map((i) => i.start()));

      writeFileSync(path.join(dir, 'nginx.conf'), nginxConf(dir, pn, pa, pb));
      nginx = spawn(NGINX!, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let nginxOutput = '';
      nginx.stderr!.on('data', (d) => (nginxOutput += d));
      for (
        let i = 0;
        !(await fetch(`http://127.0.0.1:${pn}/health/live`).then(
          (r) => r.ok,
          () => false,
        ));
        i++
      ) {
        if (nginx.exitCode !== null || i > 100) throw new Error(`nginx did not start: ${nginxOutput}${readFileSync(path.join(dir, 'error.log'), 'utf8')}`);
        await sleep(100);
      }

      // A backbone user, logged in through nginx: the session lives in PostgreSQL, so the token
      // works on whichever instance answers.
      const id = randomUUID();
      const email = `rolling-${id.slice(0, 8)}@example.org`;
      const organisationId = randomUUID();
      await owner.query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, 'Person', $3)`, [id, email, await hashPassword(PASSWORD)]);
      await owner.query(`INSERT INTO organisations (id, name, kind) VALUES ($1, 'Geschäftsstelle', 'NGO')`, [organisationId]);
      await owner.query(`INSERT INTO user_organisations (user_id, organisation_id) VALUES ($1, $2)`, [id, organisationId]);
      const login = await post(pn, { query: `mutation($i: LoginInput!) { login(input: $i) { token } }`, variables: { i: { email, password: PASSWORD } } }, '');
      const token = login.json.data.login.token as string;
      const alliance = await post(
        pn,
        { query: `mutation($i: CreateAllianceInput!) { createAlliance(input: $i) { id } }`, variables: { i: { name: 'Rollbündnis' } } },
        token,
      );
      expect(alliance.json.errors).toBeUndefined();
      const allianceId = alliance.json.data.createAlliance.id as string;

      // Load: 6 clients, each alternating a read and a write (a new goal), until told to stop.
      const outcomes: Outcome[] = [];
      const created = new Set<string>();
      let running = true;
      const client = async (c: number) => {
        for (let n = 0; running; n++) {
          const kind = n % 2 === 0 ? 'query' : 'mutation';
          const body =
            kind === 'query'
              ? { query: `query Overview($a: ID!) { alliance(allianceId: $a) { id name } }`, variables: { a: allianceId } }
              : { query: `mutation NewGoal($i: CreateGoalInput!) { createGoal(input: $i) { id } }`, variables: { i: { allianceId, title: `Ziel ${c}-${n}` } } };
          try {
            const r = await post(pn, body, token);
            const ok = r.status === 200 && !r.json.errors;
            outcomes.push({ ok, kind, status: r.status, error: ok ? undefined : JSON.stringify(r.json.errors ?? r.json).slice(0, 300) });
            if (ok && kind === 'mutation') created.add(r.json.data.createGoal.id);
          } catch (e) {
            outcomes.push({ ok: false, kind, error: String(e) });
          }
        }
      };
      const load = Promise.all([0, 1, 2, 3, 4, 5].map(client));

      const stops: { name: string; code: number | null; ms: number; drainLine?: string; before: number }[] = [];
      const accessLog = () =>
        readFileSync(path.join(dir, 'access.log'), 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { upstream: string; status: number });
      const servedBy = async (port: number) => {
        const seen = accessLog().length;
        for (let i = 0; i < 200; i++) {
          if (
            accessLog()
              .slice(seen)
              .some((l) => l.upstream === `127.0.0.1:${port}` && l.status === 200)
          )
            return;
          await sleep(50);
        }
        throw new Error(`nginx did not send requests to 127.0.0.1:${port} again within 10 s`);
      };
      const waitForRequests = async (n: number) => {
        const target = outcomes.length + n;
        while (outcomes.length < target) await sleep(20);
      };
      const reload = (down?: number) => {
        writeFileSync(path.join(dir, 'nginx.conf'), nginxConf(dir, pn, pa, pb, down));
        const r = spawnSync(NGINX!, ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-s', 'reload'], { encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`nginx -s reload: ${r.stderr}`);
      };
      const held: { name: string; status: number; errors?: unknown }[] = [];
      try {
        await waitForRequests(60);
        for (const instance of instances) {
          // The rolling restart as a deploy script (or Kubernetes, via the endpoints and preStop)
          // does it: out of the balancer first, then SIGTERM, then back in once it is ready.
          reload(instance.port);
          await sleep(300);
          await waitForRequests(20);
          // A request in flight on this instance when SIGTERM arrives: it must still be answered.
          const inFlight = heldRequest(instance.port, token, `query InFlight { me { id } }`);
          await sleep(200);
          const before = outcomes.length;
          const stopping = instance.stop();
          await sleep(300);
          inFlight.finish();
          const answer = await inFlight.response;
          held.push({ name: instance.name, status: answer.status, errors: answer.json.errors });
          stops.push({ name: instance.name, ...(await stopping), before });
          await waitForRequests(30); // the other instance alone
          await instance.start();
          reload();
          await servedBy(instance.port);
          await waitForRequests(60); // both again
        }
      } finally {
        running = false;
        await load;
      }

      const failed = outcomes.filter((o) => !o.ok);
      const access = accessLog();
      const upstreams = new Set(access.map((l) => l.upstream));
      const retried = access.filter((l) => String(l.upstream).includes(','));
      const [{ goals }] = (await owner.query(`SELECT count(*)::int AS goals FROM goals WHERE alliance_id = $1`, [allianceId])).rows;
      console.log(
        [
          `rolling restart behind nginx: ${outcomes.length} requests (${outcomes.filter((o) => o.kind === 'mutation').length} mutations), ${failed.length} failed`,
          ...stops.map(
            (s) =>
              `  SIGTERM ${s.name} after ${s.before} requests: exit ${s.code} in ${s.ms} ms (${s.drainLine ? JSON.parse(s.drainLine).msg : 'no drain line'}); request in flight at SIGTERM: HTTP ${held.find((h) => h.name === s.name)?.status}`,
          ),
          `  nginx passed ${retried.length} requests on to the other instance after a refused connection; upstreams: ${[...upstreams].join(' | ')}`,
          `  goals stored ${goals}, acknowledged ${created.size}`,
          ...(failed.length ? [`  nginx error log:\n${readFileSync(path.join(dir, 'error.log'), 'utf8').split('\n').slice(0, 15).join('\n')}`] : []),
        ].join('\n'),
      );
      expect(failed.slice(0, 5)).toEqual([]);
      expect(outcomes.length).toBeGreaterThan(250);
      for (const s of stops) {
        expect(s.code).toBe(0);
        expect(s.drainLine).toBeDefined();
      }
      // The request in flight at SIGTERM was answered in full (the drain waited for it).
      expect(held).toEqual(instances.map((i) => ({ name: i.name, status: 200, errors: undefined })));
      // Both instances answered through nginx, and the restarted ones did again.
      expect(upstreams).toContain(`127.0.0.1:${pa}`);
      expect(upstreams).toContain(`127.0.0.1:${pb}`);
      // Every acknowledged write is stored exactly once; none was run twice by a retry.
      expect(goals).toBe(created.size);
    }, 300_000);
  },
);
