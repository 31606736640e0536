/** Usage: pnpm --filter @gemeinwerk/api db:backup <file>  (pg_dump -Fc of DATABASE_URL or the embedded database) */
import path from 'node:path';
import { backupDatabase, ownerUrl, redact } from './pg-tools';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: db:backup <file>');
  const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const url = ownerUrl();
  await backupDatabase(url, target);
  console.log(`Backed up ${redact(url)} to ${target}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
