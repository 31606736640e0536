import { TestApp } from '../test-app';

const CREATE = `mutation($i: CreateGoalInput!) { createGoal(input: $i) { id version } }`;
const UPDATE = `mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id title version } }`;
const N = 1000;
const CONCURRENCY = 50;

/** Runs `work(i)` for i in 0..n-1 with at most `limit` in flight. */
async function pool<T>(n: number, limit: number, work: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < n) {
        const i = next++;
        out[i] = await work(i);
      }
    }),
  );
  return out;
}

/**
 * Lost-update proof over real HTTP: many clients write the same goal at once. Optimistic
 * versioning must turn every collision into CONFLICT, never into a silently overwritten write.
 */
describe('durability: 1,000 concurrent conflicting updates', () => {
  let t: TestApp;
  // A high rate limit: this suite measures versioning, not the per-caller throttle.
  beforeAll(async () => (t = await TestApp.start({ RATE_LIMIT_POINTS_PER_MINUTE: '100000000' })));
  afterAll(() => t.close());

  const goalState = async (goalId: string) =>
    (
      await t.sql(
        `SELECT title, version, (SELECT count(*)::int FROM audit_events a WHERE a.alliance_id = g.alliance_id AND a.entity_id = g.id AND a.action = 'goal.updated') AS audited
                  FROM goals g WHERE id = $1`,
        [goalId],
      )
    )[0];

  it('blind writers with stale versions: each update applies or gets CONFLICT, none is lost', async () => {
    const backbone = await t.userWithToken();
    const allianceId = await t.createAlliance(backbone.token);
    const goal = (await t.ok(CREATE, { i: { allianceId, title: 'Start' } }, { token: backbone.token })).createGoal;
    const start = goal.version as number;
    const started = Date.now();
    // Each request carries one of a few versions near the moving head, so most of them collide.
    const results = await pool(N, CONCURRENCY, async (i) => {
      const version = start + Math.floor(i / 10) + (i % 3);
      const title = `Titel ${i}`;
      const r = await t.gql(UPDATE, { i: { allianceId, goalId: goal.id, version, title } }, { token: backbone.token });
      return { title, version, r };
    });
    const ms = Date.now() - started;

    const applied = results.filter((x) => !x.r.errors && x.r.data?.updateGoal);
    const conflicts = results.filter((x) => x.r.errors?.[0]?.extensions?.code === 'CONFLICT');
    const other = results.filter((x) => !applied.includes(x) && !conflicts.includes(x));
    console.log(
      `concurrent blind updates: N=${N} concurrency=${CONCURRENCY} applied=${applied.length} conflicts=${conflicts.length} other=${other.length} in ${ms} ms`,
    );
    expect(other.map((x) => x.r.errors ?? x.r.status)).toEqual([]);
    expect(applied.length).toBeGreaterThan(0);
    expect(conflicts.length).toBeGreaterThan(0);

    // Each success moved the version by exactly one from the version it carried.
    const versions = applied.map((x) => x.r.data.updateGoal.version as number).sort((a, b) => a - b);
    expect(versions).toEqual(Array.from({ length: applied.length }, (_, k) => start + 1 + k));
    for (const x of applied) expect(x.r.data.updateGoal.version).toBe(x.version + 1);
    const last = applied.reduce((a, b) => (a.r.data.updateGoal.version > b.r.data.updateGoal.version ? a : b));

    const final = await goalState(goal.id);
    expect(final).toEqual({ title: last.title, version: start + applied.length, audited: applied.length });
  }, 300_000);

  it('read-modify-write clients retry on CONFLICT until applied: all N land, version = start + N', async () => {
    const backbone = await t.userWithToken();
    const allianceId = await t.createAlliance(backbone.token);
    const goal = (await t.ok(CREATE, { i: { allianceId, title: 'Start' } }, { token: backbone.token })).createGoal;
    const start = goal.version as number;
    const READ = `query($id: ID!) { goals(allianceId: $id) { id version } }`;
    let conflicts = 0;
    const started = Date.now();
    // Fewer writers here: every round only one of them wins, so retries grow with concurrency².
    const writers = 4;
    await pool(N, writers, async (i) => {
      for (let attempt = 0; ; attempt++) {
        const read = await t.ok(READ, { id: allianceId }, { token: backbone.token });
        const version = read.goals.find((g: { id: string }) => g.id === goal.id).version;
        const r = await t.gql(UPDATE, { i: { allianceId, goalId: goal.id, version, title: `RMW ${i}` } }, { token: backbone.token });
        if (!r.errors) return;
        if (r.errors[0]?.extensions?.code !== 'CONFLICT' || attempt > 5000) throw new Error(JSON.stringify(r.errors));
        conflicts++;
      }
    });
    const ms = Date.now() - started;
    console.log(`read-modify-write with retry: N=${N} concurrency=${writers} applied=${N} conflicts(retried)=${conflicts} in ${ms} ms`);
    const final = await goalState(goal.id);
    expect(final.version).toBe(start + N);
    expect(final.audited).toBe(N);
    expect(final.title).toMatch(/^RMW \d+$/);
  }, 600_000);
});
