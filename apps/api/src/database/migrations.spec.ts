import { createDataSource, pendingSchemaChanges, runMigrations } from './data-source';
import { MIGRATIONS } from './migrations';
import { cloneTestDatabase } from '../test/test-database';

describe('migrations', () => {
  it('from an empty database produce exactly the schema the entities describe', async () => {
    const db = await cloneTestDatabase(); // the template was migrated from empty in global setup
    try {
      const { up } = await pendingSchemaChanges(db.url);
      expect(up).toEqual([]);
    } finally {
      await db.drop();
    }
  });

  it('can be undone to empty and applied again', async () => {
    const db = await cloneTestDatabase();
    try {
      const ds = createDataSource(db.url, { poolSize: 1 });
      await ds.initialize();
      for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      const tables = await ds.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'`);
      expect(tables).toEqual([]);
      await ds.destroy();
      expect(await runMigrations(db.url)).toHaveLength(MIGRATIONS.length);
      expect((await pendingSchemaChanges(db.url)).up).toEqual([]);
    } finally {
      await db.drop();
    }
  });
});
