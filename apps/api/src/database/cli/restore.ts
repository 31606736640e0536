/** Usage: pnpm --filter @gemeinwerk/api db:restore <file>  (pg_restore --clean --if-exists --no-owner into DATABASE_URL or the embedded database) */
import path from 'node:path';
import { ownerUrl, redact, restoreDatabase } from './pg-tools';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: db:restore <file>');
  const source = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const url = ownerUrl();
  await restoreDatabase(url, source);
  console.log(`Restored ${source} into ${redact(url)}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
