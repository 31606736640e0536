/** Usage: pnpm --filter @gemeinwerk/api alliance:export <allianceId> <archive.json>  (as the owner; the same archive as the allianceExport query) */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ownerUrl } from '../../../database/cli/pg-tools';
import { buildArchive } from '../archive.repository';
import { inOwnerTransaction } from './owner-query';

async function main() {
  const [allianceId, file] = process.argv.slice(2);
  if (!allianceId || !file) throw new Error('Usage: alliance:export <allianceId> <archive.json>');
  const archive = await inOwnerTransaction(ownerUrl(), (q) => buildArchive(q, allianceId));
  const target = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  writeFileSync(target, JSON.stringify(archive, null, 2));
  console.log(`Exported alliance ${allianceId} to ${target}`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
