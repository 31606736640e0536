import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '../../config/app-config';
import { bootLogger, createBaseLogger } from '../../core/observability/logging';
import { openDatabase } from '../database';

/**
 * The migration step on its own, for deployments that keep it apart from the app (the container
 * image's `migrate` command, the Kubernetes Job): as the owner (DATABASE_URL) it applies pending
 * migrations, gives the app role its password (DATABASE_APP_PASSWORD) and seeds the demo when
 * SEED_DEMO=true, then exits. Concurrent runs wait for each other (advisory lock).
 */
async function main() {
  const config = loadConfig({ ...process.env, MIGRATE_ON_START: 'true' });
  Logger.overrideLogger(bootLogger(createBaseLogger(config)));
  if (!config.DATABASE_URL) throw new ConfigError('Invalid configuration:\n  DATABASE_URL (the owner connection) is required to migrate');
  const database = await openDatabase(config, new Logger('Migrate'));
  await database.close();
  new Logger('Migrate').log('Database schema is current');
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? e.message : e);
  process.exit(1);
});
