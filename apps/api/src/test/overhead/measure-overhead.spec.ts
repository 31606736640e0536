import { TestApp } from '../test-app';
import { SqlCounter } from './sql-counter';

/**
 * Prints round trips and milliseconds per request for trivial operations (200 sequential
 * requests). Only with OVERHEAD_MEASURE=1: a measurement, not a test (no timing assertions).
 */
const run = process.env.OVERHEAD_MEASURE === '1' ? describe : describe.skip;

run('per-request overhead (measurement)', () => {
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

  it('measures me and alliance(allianceId)', async () => {
    const u = await t.userWithToken();
    const allianceId = await t.createAlliance(u.token);
    const ops = {
      me: [`{ me { id } }`, {}],
      alliance: [`query($id: ID!) { alliance(allianceId: $id) { id name } }`, { id: allianceId }],
    } as const;
    const lines: string[] = [];
    for (const [name, [query, vars]] of Object.entries(ops)) {
      await t.ok(query, vars, { token: u.token });
      const one = await counter.during(() => t.ok(query, vars, { token: u.token }));
      for (let i = 0; i < 20; i++) await t.ok(query, vars, { token: u.token });
      // 200 sequential requests in 5 blocks of 40; the median block resists a noisy shared machine.
      const blocks: number[] = [];
      for (let b = 0; b < 5; b++) {
        const started = process.hrtime.bigint();
        for (let i = 0; i < 40; i++) await t.ok(query, vars, { token: u.token });
        blocks.push(Number(process.hrtime.bigint() - started) / 1e6 / 40);
      }
      const ms = [...blocks].sort((x, y) => x - y)[2];
      lines.push(
        `${name}: ${one.roundTrips} round trips, ${one.statements} statements, ${ms.toFixed(2)} ms/request (median block; all ${blocks.map((x) => x.toFixed(1)).join(' ')})\n  ${one.texts.map((s) => s.replace(/\s+/g, ' ').slice(0, 140)).join('\n  ')}`,
      );
    }
    console.log(lines.join('\n'));
  });
});
