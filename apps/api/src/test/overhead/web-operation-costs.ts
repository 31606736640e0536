import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DefinitionNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, print, visit } from 'graphql';
import { operationCost } from '../../core/graphql/limits';

/** Every document of the web app, from its generated map (apps/web/src/gql/gql.ts). */
function webDefinitions(): DefinitionNode[] {
  const source = readFileSync(join(__dirname, '../../../../web/src/gql/gql.ts'), 'utf8');
  const start = source.indexOf('type Documents = {');
  const block = source.slice(start, source.indexOf('};', start));
  const texts = [...block.matchAll(/^\s{4}("(?:[^"\\]|\\.)*"):/gm)].map((m) => JSON.parse(m[1]) as string);
  return texts.flatMap((t) => parse(t).definitions);
}

function fragmentsOf(defs: DefinitionNode[]): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(defs.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
}

/** The rate-limit cost of every operation the web app sends, keyed by operation name. */
export function webOperationCosts(): Record<string, number> {
  const defs = webDefinitions();
  const fragments = fragmentsOf(defs);
  const costs: Record<string, number> = {};
  for (const d of defs) {
    if (d.kind === Kind.OPERATION_DEFINITION && d.name) costs[d.name.value] = operationCost(d as OperationDefinitionNode, fragments);
  }
  return costs;
}

/** The text the web app sends for one operation: the operation and every fragment it spreads. */
export function webDocument(name: string): string {
  const defs = webDefinitions();
  const fragments = fragmentsOf(defs);
  const op = defs.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name);
  if (!op) throw new Error(`the web app has no operation ${name}`);
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(s) {
        if (used.has(s.name.value)) return;
        used.set(s.name.value, fragments[s.name.value]);
        collect(fragments[s.name.value]);
      },
    });
  collect(op);
  return [op, ...used.values()].map((d) => print(d)).join('\n');
}
