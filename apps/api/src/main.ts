// First: when OTEL_EXPORTER_OTLP_ENDPOINT is set, tracing must patch http/express/pg before they load.
import { tracing } from './tracing';
import 'reflect-metadata';
import type { Server } from 'node:http';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';
import { bootLogger, createBaseLogger } from './core/observability/logging';
import { openDatabase } from './database/database';
import { drain } from './drain';

async function bootstrap() {
  const config = loadConfig();
  // JSON logs from the first line on (migrations, seeding), before the app and its logger exist.
  Logger.overrideLogger(bootLogger(createBaseLogger(config)));
  const logger = new Logger('Gemeinwerk');
  const database = await openDatabase(config);
  const app = await createApp(config, database);
  const server = app.getHttpServer() as Server;
  // Behind a load balancer that keeps upstream connections open (nginx `keepalive`, cloud LBs
  // with 60 s idle timeouts), the server must not close an idle connection first.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    logger.log(`${signal}: draining — no new connections, finishing in-flight requests`);
    const started = Date.now();
    // The HTTP server first: Nest's close() would stop Apollo before the last requests are answered.
    await drain(server);
    logger.log(`drained in ${Date.now() - started} ms; closing`);
    await app.close().catch((e) => logger.error(e));
    await database.close().catch((e) => logger.error(e));
    await tracing?.shutdown().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen(config.PORT, config.HOST);
  logger.log(`Gemeinwerk is ready on http://localhost:${config.PORT}`);
}

bootstrap().catch((e) => {
  if (e instanceof ConfigError) console.error(e.message);
  else console.error(e);
  process.exit(1);
});
