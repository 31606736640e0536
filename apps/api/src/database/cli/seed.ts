/**
 * Usage: pnpm --filter @gemeinwerk/api seed — seeds the German demo alliances into DATABASE_URL
 * (or the embedded database of a running app), once: a database that has them already is left
 * alone. Applies pending migrations first. DEMO_TODAY pins the day the demo is seeded as.
 */
import { loadConfig } from '../../config/app-config';
import { runMigrations } from '../data-source';
import { seedDemo } from '../seeds/demo.seed';
import { ownerUrl, redact } from './pg-tools';

async function main() {
  const config = loadConfig();
  const url = ownerUrl();
  await runMigrations(url);
  const seeded = await seedDemo(url, { today: config.DEMO_TODAY });
  console.log(seeded ? `Seeded the demo alliances into ${redact(url)}` : `${redact(url)} has the demo alliances already: nothing to do`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
