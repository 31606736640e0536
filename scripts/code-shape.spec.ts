import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The API's code shape (issue 15), checked by scripts/code-shape.mjs: one access-check shape
 * (core/access) and SQL only in repositories. The check also runs on planted files, to show
 * that it would fail.
 */
const ROOT = path.resolve(__dirname, '..');

type Shape = { sqlOutsideRepositories: string[]; adHocAccessChecks: string[]; requireRoleSites: number };
function shape(src?: string): Shape {
  const r = spawnSync(process.execPath, ['scripts/code-shape.mjs', '--json'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...(src ? { CODE_SHAPE_SRC: src } : {}) },
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Shape;
}

describe('code shape of the API', () => {
  const now = shape();

  it('access decisions go through core/access: no role or admin check anywhere else', () => {
    expect(now.adHocAccessChecks).toEqual([]);
    expect(now.requireRoleSites).toBe(0);
  });

  it('SQL only in repositories: no file of core/ or modules/ holds SQL outside a repository', () => {
    expect(now.sqlOutsideRepositories).toEqual([]);
  });

  it('fires on planted files: SQL in a service, a role check in a service; not in a repository or an access file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'code-shape-'));
    try {
      mkdirSync(path.join(dir, 'modules/x'), { recursive: true });
      const put = (file: string, code: string) => writeFileSync(path.join(dir, file), code);
      put('modules/x/x.service.ts', "export const q = (em: any) => em.query(`SELECT id FROM goals WHERE alliance_id = $1`, ['a']);\n");
      put('modules/x/y.service.ts', "export const ok = (ctx: any) => { if (ctx.role !== 'BACKBONE') throw new Error('no'); };\n");
      put('modules/x/z.service.ts', "import { requireRole } from 'r';\nexport const f = (ctx: any) => requireRole(ctx, 'BACKBONE');\n");
      put('modules/x/x.repository.ts', "export const q = (em: any) => em.query(`UPDATE goals SET title = $2 WHERE id = $1`, ['a', 'b']);\n");
      put('modules/x/x.access.ts', "export const mine = (ctx: any) => ctx.role === 'PARTNER';\n");
      put('modules/x/x.spec.ts', 'export const t = `DELETE FROM goals`; export const r = (ctx: any) => ctx.role;\n');
      const planted = shape(dir);
      expect(planted.sqlOutsideRepositories).toEqual(['modules/x/x.service.ts']);
      expect(planted.adHocAccessChecks).toEqual(['modules/x/y.service.ts:1', 'modules/x/z.service.ts:2']);
      expect(planted.requireRoleSites).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
