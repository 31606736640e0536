import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { createDataSource, runMigrations } from './data-source';
import { EmbeddedServer, embeddedAppPassword, startEmbeddedPostgres } from './embedded-postgres';
import { seedDemo } from './seeds/demo.seed';

export const APP_ROLE = 'gemeinwerk_app';
/** Nest token of the app role's connection string (the job queue's workers use it). */
export const DATABASE_APP_URL = 'DATABASE_APP_URL';

export interface Database {
  /** Pool of the non-owner app role: row-level security applies to every query it runs. */
  dataSource: DataSource;
  ownerUrl: string;
  appUrl: string;
  embedded?: EmbeddedServer;
  close(): Promise<void>;
}

function withCredentials(url: string, user: string, password: string | undefined): string {
  const u = new URL(url);
  u.username = encodeURIComponent(user);
  u.password = password ? encodeURIComponent(password) : '';
  return u.toString();
}

async function setAppRolePassword(ownerUrl: string, password: string): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${APP_ROLE} WITH LOGIN PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
}

/**
 * Start-up of the persistence layer: pick (or start) the server, migrate as owner, then open
 * the app pool as the non-owner role, and seed the demo alliances when asked to.
 */
export async function openDatabase(config: AppConfig, logger = new Logger('Database')): Promise<Database> {
  let embedded: EmbeddedServer | undefined;
  // An instance that does not migrate needs no owner connection: the app role's URL is enough.
  let ownerUrl = config.DATABASE_URL ?? (!config.MIGRATE_ON_START ? config.DATABASE_APP_URL : undefined);
  let appPassword = config.DATABASE_APP_PASSWORD;
  if (!ownerUrl) {
    embedded = await startEmbeddedPostgres(config.DATA_DIR);
    ownerUrl = embedded.url;
    appPassword = embeddedAppPassword(config.DATA_DIR);
  }
  try {
    // With MIGRATE_ON_START=false a separate step (`migrate`, the Kubernetes Job) has done this.
    if (config.MIGRATE_ON_START || embedded) {
      const applied = await runMigrations(ownerUrl);
      if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);
      if (appPassword && !config.DATABASE_APP_URL) await setAppRolePassword(ownerUrl, appPassword);
      if (config.SEED_DEMO) {
        const seeded = await seedDemo(ownerUrl, { today: config.DEMO_TODAY });
        if (seeded) logger.log('Seeded the demo alliances');
      }
    }
    const appUrl = config.DATABASE_APP_URL ?? withCredentials(ownerUrl, APP_ROLE, appPassword);
    const dataSource = createDataSource(appUrl, {
      poolSize: config.DATABASE_POOL_SIZE,
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    });
    await dataSource.initialize();
    return {
      dataSource,
      ownerUrl,
      appUrl,
      embedded,
      async close() {
        if (dataSource.isInitialized) await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (e) {
    await embedded?.stop();
    throw e;
  }
}
