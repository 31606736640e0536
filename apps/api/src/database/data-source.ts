import { runMigrations as runQueueMigrations } from 'graphile-worker';
import { DataSource } from 'typeorm';
import { quietQueueLogger } from '../core/mail/queue-logger';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export interface DataSourceOptions {
  poolSize?: number;
  statementTimeoutMs?: number;
  applicationName?: string;
}

export function createDataSource(url: string, opts: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    extra: {
      max: opts.poolSize ?? 10,
      statement_timeout: opts.statementTimeoutMs ?? 15000,
      application_name: opts.applicationName ?? 'gemeinwerk',
    },
  });
}

/**
 * Applies pending migrations as the owner, one instance at a time (advisory lock), then installs
 * or upgrades the job queue's own schema (`graphile_worker`, versioned by graphile-worker), which
 * the mail outbox trigger writes to, and lets the app role (which runs the workers) use it.
 */
export async function runMigrations(ownerUrl: string): Promise<string[]> {
  const ds = createDataSource(ownerUrl, { poolSize: 2, applicationName: 'gemeinwerk-migrate' });
  await ds.initialize();
  const lock = ds.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock(7305201)');
    const applied = await ds.runMigrations({ transaction: 'each' });
    await runQueueMigrations({ connectionString: ownerUrl, logger: quietQueueLogger });
    // The queue's workers run as the app role (an instance may have no owner connection).
    // graphile-worker guards its private tables with row-level security against anyone but their
    // owner; the app role, which runs the workers, gets a policy of its own on each.
    for (const grant of [
      `GRANT USAGE ON SCHEMA graphile_worker TO gemeinwerk_app`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA graphile_worker TO gemeinwerk_app`,
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA graphile_worker TO gemeinwerk_app`,
      `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA graphile_worker TO gemeinwerk_app`,
      `DO $$ DECLARE r record; BEGIN
         FOR r IN SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'graphile_worker'::regnamespace AND c.relkind = 'r' AND c.relrowsecurity LOOP
           EXECUTE format('DROP POLICY IF EXISTS gemeinwerk_queue_worker ON graphile_worker.%I', r.relname);
           EXECUTE format('CREATE POLICY gemeinwerk_queue_worker ON graphile_worker.%I FOR ALL TO gemeinwerk_app USING (true) WITH CHECK (true)', r.relname);
         END LOOP;
       END $$`,
    ])
      await ds.query(grant);
    return applied.map((m) => m.name);
  } finally {
    await lock.query('SELECT pg_advisory_unlock(7305201)').catch(() => undefined);
    await lock.release();
    await ds.destroy();
  }
}

/** SQL TypeORM would still run to bring the schema in line with the entities (empty = in sync). */
export async function pendingSchemaChanges(ownerUrl: string): Promise<{ up: string[]; down: string[] }> {
  const ds = createDataSource(ownerUrl, { poolSize: 2 });
  await ds.initialize();
  try {
    const log = await ds.driver.createSchemaBuilder().log();
    return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query) };
  } finally {
    await ds.destroy();
  }
}
