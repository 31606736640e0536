import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { SeriesBreakdownName } from '../../core/graphql/enums';
import { RollupsRepository, type SeriesPeriods } from '../../modules/measurements/rollups.repository';
import { HealthRepository } from '../../modules/reports/health.repository';
import { PortfolioRepository } from '../../modules/reports/portfolio.repository';
import { cloneTestDatabase } from '../test-database';
import { explainingEm, generateAlliance, type Work } from './scaling.fixture';

/**
 * The guard of issue 10: the roll-up, series, indicatorProgress, contributions, health and
 * portfolio statements must do work proportional to the alliance's data, whatever the planner
 * estimates under row-level security. The same statements run on a generated alliance at two
 * sizes (10 and 40 indicators × 24 months × 8 partners, with overlaps and breakdowns, beside
 * other alliances); EXPLAIN ANALYZE counts their work (Σ rows × loops over the plan nodes, and
 * shared buffers), and the work may grow at most 1.5× as fast as the data. No clock is read:
 * a quadratic plan grows 16× where the data grows 4×.
 */
const PERIODS = 24;
const PARTNERS = 8;
const SIZES = { small: 10, large: 40 };
const SLACK = 1.5;
// Buffer counts of a small statement jump with one more B-tree level (a buffer more per probe);
// differences below this many buffers (16 MB) say nothing about the plan's shape.
const BUFFER_ALLOWANCE = 2000;
/** Rows touched per measurement: the set-based statements stay below ~40, the quadratic plans of issue 10 reached 1000+. */
const MAX_WORK_PER_MEASUREMENT = 150;

/** The months 2024-01 … as the service builds them (MONTHLY only: every generated indicator is monthly). */
function months(n: number): SeriesPeriods {
  const p: SeriesPeriods = { frequency: [], periodKey: [], ord: [], quarterKey: [], yearKey: [] };
  for (let g = 0; g < n; g++) {
    const year = 2024 + Math.floor(g / 12);
    const month = (g % 12) + 1;
    p.frequency.push('MONTHLY');
    p.periodKey.push(`${year}-${String(month).padStart(2, '0')}`);
    p.ord.push(g);
    p.quarterKey.push(`${year}-Q${Math.ceil(month / 3)}`);
    p.yearKey.push(String(year));
  }
  return p;
}

describe('roll-up statements scale linearly with the alliance (EXPLAIN work, two sizes)', () => {
  let db: { url: string; drop: () => Promise<void> };
  let owner: Client;
  let app: Client;
  const userId = randomUUID();
  const alliances = { small: randomUUID(), large: randomUUID(), other1: randomUUID(), other2: randomUUID() };

  beforeAll(async () => {
    db = await cloneTestDatabase();
    owner = new Client({ connectionString: db.url });
    await owner.connect();
    const appUrl = new URL(db.url);
    appUrl.username = 'gemeinwerk_app';
    appUrl.password = 'gemeinwerk-test';
    app = new Client({ connectionString: appUrl.toString() });
    await app.connect();
    await owner.query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, 'Skalierung', 'x')`, [userId, `scale-${userId}@example.org`]);
    for (const [name, indicators] of [
      ['other1', 10],
      ['small', SIZES.small],
      ['other2', 10],
      ['large', SIZES.large],
    ] as const) {
      await generateAlliance(owner, { allianceId: alliances[name], userId, indicators, periods: PERIODS, partners: PARTNERS });
    }
    await owner.query('ANALYZE');
  });
  afterAll(async () => {
    await app?.end();
    await owner?.end();
    await db?.drop();
  });

  /** Runs every guarded statement for one alliance; returns the work per statement name. */
  async function measure(allianceId: string): Promise<Record<string, Work>> {
    const rollups = new RollupsRepository();
    const [{ ids }] = (await owner.query(`SELECT array_agg(id ORDER BY code) AS ids FROM indicators WHERE alliance_id = $1`, [allianceId])).rows;
    const out: Record<string, Work> = {};
    const run = async (name: string, settings: Record<string, string>, f: (em: any) => Promise<unknown>) => {
      const work: Work[] = [];
      await f(explainingEm(app, { 'app.user_id': userId, ...settings }, work));
      out[name] = work.reduce((s, w) => ({ sql: s.sql + w.sql, rows: s.rows + w.rows, buffers: s.buffers + w.buffers, ms: s.ms + w.ms }), {
        sql: '',
        rows: 0,
        buffers: 0,
        ms: 0,
      });
    };
    const own = { 'app.alliance_id': allianceId };
    const periods = months(PERIODS);
    await run('rollup', own, (em) => rollups.rollup(em, allianceId, ids[0], '2025-06', ['2025-06', '2025-Q2', '2025']));
    await run('contributions', own, (em) => rollups.contributions(em, allianceId, ids[0], '2025-06'));
    for (const by of ['TOTAL', 'MEMBER', 'CATEGORY'] as SeriesBreakdownName[]) {
      await run(`series ${by}`, own, (em) => rollups.series(em, allianceId, ids, periods, by));
    }
    // The old repository had no indicatorProgress; a run against it skips this line.
    if ('progress' in rollups) await run('indicatorProgress', own, (em) => (rollups as any).progress(em, allianceId, periods));
    await run('health', own, (em) => new HealthRepository().health(em, allianceId));
    const funded = [allianceId, alliances.other1, alliances.other2];
    await run('portfolio', { 'app.alliance_ids': `{${funded.join(',')}}` }, (em) => new PortfolioRepository().portfolio(em, funded));
    return out;
  }

  it('work grows at most 1.5× as fast as the data from 10 to 40 indicators', async () => {
    const count = async (id: string) => Number((await owner.query(`SELECT count(*) FROM measurements WHERE alliance_id = $1`, [id])).rows[0].count);
    const [smallData, largeData] = [await count(alliances.small), await count(alliances.large)];
    const others = (await count(alliances.other1)) + (await count(alliances.other2));
    const dataRatio = largeData / smallData;
    const small = await measure(alliances.small);
    const large = await measure(alliances.large);
    const table = Object.keys(small).map((name) => ({
      name,
      rowsSmall: small[name].rows,
      rowsLarge: large[name].rows,
      rowsRatio: +(large[name].rows / small[name].rows).toFixed(2),
      buffersSmall: small[name].buffers,
      buffersLarge: large[name].buffers,
      buffersRatio: +(large[name].buffers / Math.max(1, small[name].buffers)).toFixed(2),
      msSmall: +small[name].ms.toFixed(1),
      msLarge: +large[name].ms.toFixed(1),
    }));
    // For the record (issue 10's report), not asserted: times are noisy on shared machines.
    console.log(`data ratio ${dataRatio.toFixed(2)}\n${table.map((r) => JSON.stringify(r)).join('\n')}`);
    expect(Object.keys(small)).toEqual(
      expect.arrayContaining(['rollup', 'contributions', 'series TOTAL', 'series MEMBER', 'series CATEGORY', 'health', 'portfolio']),
    );
    const superLinear = table
      .filter((r) => r.rowsRatio > SLACK * dataRatio || r.buffersLarge > SLACK * dataRatio * r.buffersSmall + BUFFER_ALLOWANCE)
      .map((r) => r.name);
    expect(superLinear).toEqual([]);
    // A plan can be quadratic at the small size and not at the large one (the ratio then even drops):
    // the work per measurement of the alliance(s) read is bounded at both sizes too.
    const perMeasurement = table.flatMap((r) => [
      [r.name, 'small', Math.round(r.rowsSmall / (r.name === 'portfolio' ? smallData + others : smallData))],
      [r.name, 'large', Math.round(r.rowsLarge / (r.name === 'portfolio' ? largeData + others : largeData))],
    ]);
    console.log(JSON.stringify(perMeasurement));
    expect(perMeasurement.filter(([, , work]) => (work as number) > MAX_WORK_PER_MEASUREMENT)).toEqual([]);
  });

  // The size (50 indicators × 36 months × 5 partners), for the report only: GW_SCALING_REPORT=1.
  (process.env.GW_SCALING_REPORT ? it : it.skip)('reports the series TOTAL time at 50 × 36 × 5', async () => {
    const allianceId = randomUUID();
    await generateAlliance(owner, { allianceId, userId, indicators: 50, periods: 36, partners: 5 });
    await owner.query('ANALYZE');
    const [{ ids }] = (await owner.query(`SELECT array_agg(id ORDER BY code) AS ids FROM indicators WHERE alliance_id = $1`, [allianceId])).rows;
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const work: Work[] = [];
      await new RollupsRepository().series(
        explainingEm(app, { 'app.user_id': userId, 'app.alliance_id': allianceId }, work),
        allianceId,
        ids,
        months(36),
        'TOTAL',
      );
      times.push(work[0].ms);
    }
    console.log(`series TOTAL 50×36×5: EXPLAIN ANALYZE execution ms ${times.map((t) => t.toFixed(1)).join(', ')}`);
  });
});
