import { describe, expect, it } from 'vitest';
import { buildGoalTree, parentCandidates, placeAfterMove, subtreeIds } from './goal-tree';

// A (B, C (D)), E — given out of order on purpose.
const goals = [
  { id: 'E', parentId: null, position: 1, depth: 0, title: 'E' },
  { id: 'C', parentId: 'A', position: 1, depth: 1, title: 'C' },
  { id: 'A', parentId: null, position: 0, depth: 0, title: 'A' },
  { id: 'D', parentId: 'C', position: 0, depth: 2, title: 'D' },
  { id: 'B', parentId: 'A', position: 0, depth: 1, title: 'B' },
];
const byId = (id: string) => goals.find((g) => g.id === id)!;

describe('goal tree', () => {
  it('nests goals under their parents, siblings by position', () => {
    const tree = buildGoalTree(goals);
    const shape = (nodes: ReturnType<typeof buildGoalTree>): unknown => nodes.map((n) => (n.children.length ? { [n.goal.id]: shape(n.children) } : n.goal.id));
    expect(shape(tree)).toEqual([{ A: ['B', { C: ['D'] }] }, 'E']);
  });

  it('puts a goal whose parent is unknown at the top instead of losing it', () => {
    const tree = buildGoalTree([{ id: 'X', parentId: 'gone', position: 0, title: 'X' }]);
    expect(tree.map((n) => n.goal.id)).toEqual(['X']);
  });

  it('finds a goal with everything below it', () => {
    expect([...subtreeIds(goals, 'A')].sort()).toEqual(['A', 'B', 'C', 'D']);
    expect([...subtreeIds(goals, 'D')]).toEqual(['D']);
  });

  it('offers every goal outside its own subtree as a new parent', () => {
    expect(parentCandidates(goals, 'C').map((g) => g.id)).toEqual(['E', 'A', 'B']);
    expect(parentCandidates(goals).map((g) => g.id)).toHaveLength(5);
  });

  it('moves up and down among siblings, not past the ends', () => {
    expect(placeAfterMove(goals, byId('C'), 'up')).toEqual({ parentId: 'A', position: 0 });
    expect(placeAfterMove(goals, byId('B'), 'up')).toBeNull();
    expect(placeAfterMove(goals, byId('A'), 'down')).toEqual({ parentId: null, position: 1 });
    expect(placeAfterMove(goals, byId('E'), 'down')).toBeNull();
  });

  it('indents under the goal above (as its last sub-goal) and outdents right after the parent', () => {
    expect(placeAfterMove(goals, byId('C'), 'indent')).toEqual({ parentId: 'B', position: 0 });
    expect(placeAfterMove(goals, byId('E'), 'indent')).toEqual({ parentId: 'A', position: 2 });
    expect(placeAfterMove(goals, byId('B'), 'indent')).toBeNull();
    expect(placeAfterMove(goals, byId('D'), 'outdent')).toEqual({ parentId: 'A', position: 2 });
    expect(placeAfterMove(goals, byId('B'), 'outdent')).toEqual({ parentId: null, position: 1 });
    expect(placeAfterMove(goals, byId('A'), 'outdent')).toBeNull();
  });
});
