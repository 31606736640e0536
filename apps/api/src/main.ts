import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig, securityWarnings } from './config/app-config';
import { openDatabase } from './database/database';

// Safe by default: `pnpm start` (and any other start of the built app) runs in production mode.
// Development conveniences need `pnpm dev` (src/dev.ts) or an explicit NODE_ENV.
process.env.NODE_ENV ||= 'production';

async function bootstrap() {
  const logger = new Logger('Gemeinwerk');
  const config = loadConfig();
  const database = await openDatabase(config);
  const app = await createApp(config, database);

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: shutting down`);
    await app.close().catch((e) => logger.error(e));
    await database.close().catch((e) => logger.error(e));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen(config.PORT, config.HOST);
  const security = new Logger('Security');
  for (const warning of securityWarnings(config)) security.warn(warning);
  logger.log(`Gemeinwerk is ready on http://localhost:${config.PORT} (${config.NODE_ENV} mode)`);
}

bootstrap().catch((e) => {
  if (e instanceof ConfigError) console.error(e.message);
  else console.error(e);
  process.exit(1);
});
