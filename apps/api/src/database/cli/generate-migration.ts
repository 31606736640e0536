/**
 * Generates a migration from the difference between the entities and the committed
 * migrations, on a throwaway embedded PostgreSQL. Usage: pnpm migration:generate <Name>
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pendingSchemaChanges, runMigrations } from '../data-source';
import { startEmbeddedPostgres } from '../embedded-postgres';

async function main() {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) throw new Error('Usage: migration:generate <PascalCaseName>');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gw-migrate-'));
  const pg = await startEmbeddedPostgres(dir, { persistent: false, quiet: true });
  try {
    await runMigrations(pg.url);
    const { up, down } = await pendingSchemaChanges(pg.url);
    if (!up.length) {
      console.log('Entities and migrations agree: nothing to generate.');
      return;
    }
    const ts = Date.now();
    const esc = (q: string) => q.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
    const body = `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${name}${ts} implements MigrationInterface {
  name = '${name}${ts}';

  public async up(q: QueryRunner): Promise<void> {
${up.map((s) => `    await q.query(\`${esc(s)}\`);`).join('\n')}
  }

  public async down(q: QueryRunner): Promise<void> {
${down
  .reverse()
  .map((s) => `    await q.query(\`${esc(s)}\`);`)
  .join('\n')}
  }
}
`;
    const file = path.join(__dirname, '..', 'migrations', `${ts}-${name}.ts`);
    writeFileSync(file, body);
    console.log(`Wrote ${path.relative(process.cwd(), file)}; add it to migrations/index.ts and read it before committing.`);
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
