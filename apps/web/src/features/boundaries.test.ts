import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Features never import each other; routes in src/app compose them. Shared pieces belong in
 * src/components or src/lib. (A lint rule would do the same; this keeps the rule without one.)
 */
const FEATURES = path.resolve(__dirname);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

describe('feature boundaries', () => {
  const features = readdirSync(FEATURES).filter((name) => statSync(path.join(FEATURES, name)).isDirectory());

  it.each(features)('%s imports no other feature and nothing from src/app', (feature) => {
    const offending: string[] = [];
    for (const file of files(path.join(FEATURES, feature))) {
      const source = readFileSync(file, 'utf8');
      for (const [, specifier] of source.matchAll(/from\s+['"]([^'"]+)['"]/g)) {
        const target = specifier!.startsWith('.') ? path.resolve(path.dirname(file), specifier!) : specifier!;
        const other = features.find((f) => f !== feature && (target.startsWith(`@/features/${f}`) || target.startsWith(path.join(FEATURES, f))));
        if (other || target.startsWith('@/app') || target.includes(`${path.sep}src${path.sep}app${path.sep}`)) {
          offending.push(`${path.relative(FEATURES, file)} → ${specifier}`);
        }
      }
    }
    expect(offending).toEqual([]);
  });
});
