import { TestApp } from '../../test/test-app';
import { Metrics } from './metrics';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';
const EMAIL = 'grete.beispiel@example.org';

/** The JSON log lines the app wrote (pino, one object per line). */
class LogLines {
  readonly raw: string[] = [];
  write(chunk: string) {
    this.raw.push(...chunk.split('\n').filter(Boolean));
  }
  get objects(): Record<string, any>[] {
    return this.raw.map((l) => JSON.parse(l));
  }
}

describe('observability: JSON request logs and /metrics', () => {
  let t: TestApp;
  const logs = new LogLines();
  let token: string;
  let allianceId: string;

  beforeAll(async () => {
    t = await TestApp.start({ LOG_LEVEL: 'log', METRICS_TOKEN }, { logDestination: logs });
    const user = await t.createUser({ email: EMAIL, name: 'Grete Beispiel' });
    token = await t.login(user.email);
    allianceId = await t.createAlliance(token, 'Logbündnis');
  });
  afterAll(() => t?.close());

  const requestLine = (id: string) => logs.objects.find((o) => o.req?.id === id && typeof o.durationMs === 'number');
  const until = async <T>(f: () => T | undefined): Promise<T> => {
    for (let i = 0; i < 50; i++) {
      const v = f();
      if (v) return v;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`log line not written; lines:\n${logs.raw.slice(-10).join('\n')}`);
  };

  it('logs one JSON line per request with the caller’s request id, operation, alliance and duration', async () => {
    const r = await t.gql(
      `query AllianceName($a: ID!) { alliance(allianceId: $a) { name } }`,
      { a: allianceId },
      { token, headers: { 'x-request-id': 'req-test-0001' } },
    );
    expect(r.errors).toBeUndefined();
    expect(r.headers.get('x-request-id')).toBe('req-test-0001');
    const line = await until(() => requestLine('req-test-0001'));
    expect(line).toMatchObject({
      level: 30,
      operation: 'AllianceName',
      allianceId,
      req: { method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
      msg: expect.stringMatching(/^POST \/graphql 200 \d+ ms$/),
    });
    expect(line.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('makes up a request id when none (or an unsafe one) is given, and answers with it', async () => {
    const plain = await t.gql(`query Me { me { id } }`, {}, { token });
    expect(plain.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const unsafe = await t.gql(`query Me { me { id } }`, {}, { token, headers: { 'x-request-id': 'a b"c' } });
    const id = unsafe.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await until(() => requestLine(id))).toMatchObject({ operation: 'Me' });
  });

  it('writes no e-mail address, name, password, token, cookie or variables', async () => {
    // A failed and a successful login: the e-mail address and password travel as variables.
    await t.gql(
      `mutation Login($i: LoginInput!) { login(input: $i) { token } }`,
      { i: { email: EMAIL, password: 'falsch-falsch-falsch' } },
      { headers: { 'x-request-id': 'req-login-bad', cookie: 'gw_session=cookie-secret-value' } },
    );
    const ok = await t.ok(
      `mutation Login($i: LoginInput!) { login(input: $i) { token } }`,
      { i: { email: EMAIL, password: 'richtig-geheim-123' } },
      { headers: { 'x-request-id': 'req-login-ok' } },
    );
    expect(await until(() => requestLine('req-login-bad'))).toMatchObject({ operation: 'Login' });
    expect(await until(() => requestLine('req-login-ok'))).toMatchObject({ operation: 'Login' });
    const all = logs.raw.join('\n');
    expect(logs.raw.length).toBeGreaterThan(5);
    for (const secret of [
      EMAIL,
      'Grete Beispiel',
      'richtig-geheim-123',
      'falsch-falsch-falsch',
      token,
      ok.login.token,
      'cookie-secret-value',
      'authorization',
      '"variables"',
    ]) {
      expect(all).not.toContain(secret);
    }
  });

  it('refuses /metrics without the token or with a wrong one', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-wrong-token-000' } })).status).toBe(401);
    expect((await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}x` } })).status).toBe(401);
  });

  it('answers /metrics with the token: operation durations, errors by code, HTTP, DB pool, queue depth', async () => {
    t.get(Metrics).registerQueueDepthGauge('test-queue', async () => 7);
    await t.gql(`query CountedOnce { me { id } }`, {}, { token });
    await t.gql(`query Forbidden($a: ID!) { alliance(allianceId: $a) { name } }`, { a: '00000000-0000-4000-8000-000000000000' }, { token });
    const r = await fetch(`${t.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('text/plain');
    const text = await r.text();
    expect(text).toContain('gemeinwerk_graphql_operation_duration_seconds_count{operation="CountedOnce",type="query"} 1');
    expect(text).toMatch(/gemeinwerk_graphql_operation_duration_seconds_count\{operation="AllianceName",type="query"\} 1\n/);
    expect(text).toMatch(/gemeinwerk_graphql_errors_total\{code="INVALID_CREDENTIALS",operation="Login"\} 1\n/);
    expect(text).toMatch(/gemeinwerk_graphql_errors_total\{code="NOT_FOUND",operation="Forbidden"\} 1\n/);
    expect(text).toMatch(/gemeinwerk_http_request_duration_seconds_count\{method="POST",route="\/graphql",status_code="200"\} \d+/);
    expect(text).toMatch(/gemeinwerk_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/gemeinwerk_db_pool_connections\{state="idle"\} \d+/);
    expect(text).toMatch(/gemeinwerk_db_pool_connections\{state="waiting"\} 0/);
    expect(text).toContain('gemeinwerk_job_queue_depth{queue="test-queue"} 7');
    expect(text).toContain('gemeinwerk_process_cpu_seconds_total');
    expect(text).not.toContain(EMAIL);
  });

  it('keeps client-chosen operation names from multiplying series', () => {
    const m = new Metrics();
    expect(m.operationLabel(undefined)).toBe('(anonymous)');
    expect(m.operationLabel('evil name{}')).toBe('(other)');
    for (let i = 0; i < 200; i++) expect(m.operationLabel(`Op${i}`)).toBe(`Op${i}`);
    expect(m.operationLabel('OneTooMany')).toBe('(other)');
    expect(m.operationLabel('Op3')).toBe('Op3');
  });
});

describe('observability: /metrics without METRICS_TOKEN', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t?.close());

  it('does not exist (404), with or without a bearer token', async () => {
    expect((await fetch(`${t.url}/metrics`)).status).toBe(404);
    expect((await fetch(`${t.url}/metrics`, { headers: { authorization: 'Bearer anything-anything-anything' } })).status).toBe(404);
  });
});
