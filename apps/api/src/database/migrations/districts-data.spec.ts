import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { cloneTestDatabase } from '../../test/test-database';
import { createDataSource, runMigrations } from '../data-source';

/**
 * Migration Districts (issue 17) on data, both ways: free-text districts become one list per
 * alliance (spellings that differ in case or blanks are one district, the first activity's
 * spelling wins), every activity points to its district; undone, the names come back as text.
 */
describe('migration Districts on existing activities', () => {
  it('turns free-text districts into a list per alliance and back', async () => {
    const db = await cloneTestDatabase();
    const c = new Client({ connectionString: db.url });
    await c.connect();
    try {
      const ds = createDataSource(db.url, { poolSize: 1 });
      await ds.initialize();
      const applied = async () => (await ds.query(`SELECT name FROM schema_migrations`)).map((r: { name: string }) => r.name);
      while ((await applied()).includes('Districts1796700000000')) await ds.undoLastMigration({ transaction: 'each' });
      await ds.destroy();

      const org = randomUUID();
      await c.query(`INSERT INTO organisations (id, name, kind) VALUES ($1, 'Jugendtreff', 'NGO')`, [org]);
      const activities: Record<string, string> = {};
      for (const [alliance, name] of [
        [randomUUID(), 'Bündnis A'],
        [randomUUID(), 'Bündnis B'],
      ]) {
        await c.query(`INSERT INTO alliances (id, name) VALUES ($1, $2)`, [alliance, name]);
        const m = randomUUID();
        await c.query(`INSERT INTO memberships (alliance_id, id, organisation_id, role, state) VALUES ($1, $2, $3, 'PARTNER', 'ACTIVE')`, [alliance, m, org]);
        const texts = name === 'Bündnis A' ? ['Oststadt', ' oststadt ', 'Weststadt', null, '  '] : ['Oststadt'];
        for (const [i, district] of texts.entries()) {
          const id = randomUUID();
          activities[`${name}/${i}`] = id;
          await c.query(
            `INSERT INTO activities (alliance_id, id, membership_id, title, district, created_at) VALUES ($1, $2, $3, $4, $5, now() + $6 * interval '1 minute')`,
            [alliance, id, m, `Aktivität ${i}`, district, i],
          );
        }
      }

      await runMigrations(db.url);
      const districts = (await c.query(`SELECT a.name AS alliance, d.name FROM districts d JOIN alliances a ON a.id = d.alliance_id ORDER BY 1, 2`)).rows;
      expect(districts).toEqual([
        { alliance: 'Bündnis A', name: 'Oststadt' },
        { alliance: 'Bündnis A', name: 'Weststadt' },
        { alliance: 'Bündnis B', name: 'Oststadt' },
      ]);
      const named = async () =>
        Object.fromEntries(
          (
            await c.query(
              `SELECT x.id, d.name, d.alliance_id = x.alliance_id AS same FROM activities x LEFT JOIN districts d ON d.alliance_id = x.alliance_id AND d.id = x.district_id`,
            )
          ).rows.map((r: { id: string; name: string | null; same: boolean | null }) => [r.id, r.name]),
        );
      const after = await named();
      expect(Object.fromEntries(Object.entries(activities).map(([k, id]) => [k, after[id]]))).toEqual({
        'Bündnis A/0': 'Oststadt',
        'Bündnis A/1': 'Oststadt',
        'Bündnis A/2': 'Weststadt',
        'Bündnis A/3': null,
        'Bündnis A/4': null,
        'Bündnis B/0': 'Oststadt',
      });

      // Undone: the names are text again (the list's spelling), and the table is gone.
      const back = createDataSource(db.url, { poolSize: 1 });
      await back.initialize();
      while ((await back.query(`SELECT name FROM schema_migrations`)).some((r: { name: string }) => r.name === 'Districts1796700000000'))
        await back.undoLastMigration({ transaction: 'each' });
      await back.destroy();
      const texts = (await c.query(`SELECT id, district FROM activities`)).rows;
      expect(Object.fromEntries(texts.map((r: { id: string; district: string | null }) => [r.id, r.district]))[activities['Bündnis A/1']]).toBe('Oststadt');
      expect((await c.query(`SELECT to_regclass('districts') AS t`)).rows[0].t).toBeNull();
    } finally {
      await c.end();
      await db.drop();
    }
  });
});
