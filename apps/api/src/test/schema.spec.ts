import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TestApp } from './test-app';

const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');
const HEADER = '# Generated from the code-first resolvers. Do not edit: run `pnpm --filter @gemeinwerk/api schema:write`.\n\n';

describe('schema.graphql', () => {
  it('is the schema the API serves (UPDATE_SCHEMA=1 rewrites it)', async () => {
    const t = await TestApp.start();
    try {
      const sdl = HEADER + t.schemaSdl() + '\n';
      if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, sdl);
      expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(sdl);
    } finally {
      await t.close();
    }
  });
});
