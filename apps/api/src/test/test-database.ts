import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A fresh database cloned from the migrated template; dropped again by `drop()`. */
export async function cloneTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = process.env.GW_TEST_SERVER_URL;
  const template = process.env.GW_TEST_TEMPLATE;
  if (!server || !template) throw new Error('Run API tests through Jest (global setup prepares the database).');
  const name = `gw_t_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
      break;
    } catch (e) {
      // Two clones of one template at the same moment: PostgreSQL asks the second to wait.
      if (attempt > 40 || !/being accessed by other users/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
    }
  }
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
