/** Usage: pnpm --filter @gemeinwerk/api alliance:import <archive.json>  (as the owner of DATABASE_URL or the embedded database) */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ownerUrl, redact } from '../../../database/cli/pg-tools';
import { importArchive } from '../archive.repository';
import { inOwnerTransaction } from './owner-query';

async function main() {
  const file = process.argv[2];
  if (!file) throw new Error('Usage: alliance:import <archive.json>');
  const archive = JSON.parse(readFileSync(path.resolve(process.env.INIT_CWD ?? process.cwd(), file), 'utf8'));
  const url = ownerUrl();
  const { tables, rows } = await inOwnerTransaction(url, (q) => importArchive(q, archive));
  console.log(
    `Imported alliance ${archive.alliance.id} (${tables} tables, ${rows} rows) into ${redact(url)}. Imported users have no password: they use "forgot password" or a new invitation.`,
  );
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
