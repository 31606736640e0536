import { pendingSchemaChanges } from './data-source';
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
});
