import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * The architecture's import boundaries are lint rules (eslint.config.mjs, import-x/no-restricted-paths);
 * this proves they fire: code placed where a boundary forbids an import is reported, the same
 * import where it is allowed is not. (It replaces the regex test apps/web/src/features/boundaries.test.ts.)
 */
const ROOT = path.resolve(__dirname, '..');

type Case = { file: string; code: string };
function lint(cases: Case[]): string[][] {
  const script = `
    import { ESLint } from 'eslint';
    const eslint = new ESLint({ cwd: process.cwd() });
    const cases = JSON.parse(process.argv[1]);
    const out = [];
    for (const c of cases) {
      const [r] = await eslint.lintText(c.code, { filePath: c.file });
      out.push(r.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths').map((m) => m.message));
    }
    console.log(JSON.stringify(out));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(cases)], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

describe('import boundaries (ESLint)', () => {
  it('a web feature may not import another feature or the app shell; its own files, src/lib and src/components it may', () => {
    const [other, alias, shell, own, lib] = lint([
      {
        file: 'apps/web/src/features/activities/components/x.tsx',
        code: "import { useMembers } from '../../members/api/get-members';\nexport const x = useMembers;\n",
      },
      {
        file: 'apps/web/src/features/activities/components/x.tsx',
        code: "import { useMembers } from '@/features/members/api/get-members';\nexport const x = useMembers;\n",
      },
      { file: 'apps/web/src/features/activities/components/x.tsx', code: "import { router } from '@/app/router';\nexport const x = router;\n" },
      {
        file: 'apps/web/src/features/activities/components/x.tsx',
        code: "import { filterFromParams } from '../utils/filters';\nexport const x = filterFromParams;\n",
      },
      { file: 'apps/web/src/features/activities/components/x.tsx', code: "import { useDistricts } from '@/lib/districts';\nexport const x = useDistricts;\n" },
    ]);
    expect(other).toEqual([expect.stringContaining('Features never import each other')]);
    expect(alias).toEqual([expect.stringContaining('Features never import each other')]);
    expect(shell).toEqual([expect.stringContaining('Features never import the app shell')]);
    expect(own).toEqual([]);
    expect(lib).toEqual([]);
  }, 60_000);

  it("the API's core/ may not import a module; a module may import core/", () => {
    const [core, module] = lint([
      { file: 'apps/api/src/core/audit/x.ts', code: "import { GoalEntity } from '../../modules/agenda/goal.entity';\nexport const x = GoalEntity;\n" },
      { file: 'apps/api/src/modules/agenda/x.ts', code: "import { AuditService } from '../../core/audit/audit.service';\nexport const x = AuditService;\n" },
    ]);
    expect(core).toEqual([expect.stringContaining('core/ imports no module')]);
    expect(module).toEqual([]);
  }, 60_000);
});
