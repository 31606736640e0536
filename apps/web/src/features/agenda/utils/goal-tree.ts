/** The goal tree from the flat list the API returns, and the moves the tree offers. */

export interface TreeGoal {
  id: string;
  parentId?: string | null;
  position: number;
  title: string;
}

export interface GoalNode<G extends TreeGoal> {
  goal: G;
  children: GoalNode<G>[];
}

/** Nests the goals under their parents, siblings by position. A goal whose parent is missing goes to the top. */
export function buildGoalTree<G extends TreeGoal>(goals: readonly G[]): GoalNode<G>[] {
  const nodes = new Map(goals.map((goal) => [goal.id, { goal, children: [] as GoalNode<G>[] }]));
  const roots: GoalNode<G>[] = [];
  for (const node of nodes.values()) {
    const parent = node.goal.parentId ? nodes.get(node.goal.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: GoalNode<G>[]) => {
    list.sort((a, b) => a.goal.position - b.goal.position);
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

export function siblingsOf<G extends TreeGoal>(goals: readonly G[], goal: G): G[] {
  return goals.filter((g) => (g.parentId ?? null) === (goal.parentId ?? null)).sort((a, b) => a.position - b.position);
}

/** The goal and everything below it: none of these can become its parent. */
export function subtreeIds(goals: readonly TreeGoal[], goalId: string): Set<string> {
  const ids = new Set([goalId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const g of goals) {
      if (g.parentId && ids.has(g.parentId) && !ids.has(g.id)) {
        ids.add(g.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** Where a goal goes: a parent (null for the top level) and a 0-based place among its siblings. */
export interface GoalPlace {
  parentId: string | null;
  position: number;
}

export type GoalMove = 'up' | 'down' | 'indent' | 'outdent';

/**
 * The place a keyboard move leads to, or null where the move is not possible: up and down swap
 * with the neighbour, indent makes the goal the last sub-goal of the goal above it, outdent puts
 * it right after its parent.
 */
export function placeAfterMove<G extends TreeGoal>(goals: readonly G[], goal: G, move: GoalMove): GoalPlace | null {
  const siblings = siblingsOf(goals, goal);
  const index = siblings.findIndex((g) => g.id === goal.id);
  const parentId = goal.parentId ?? null;
  switch (move) {
    case 'up':
      return index > 0 ? { parentId, position: index - 1 } : null;
    case 'down':
      return index >= 0 && index < siblings.length - 1 ? { parentId, position: index + 1 } : null;
    case 'indent': {
      const above = siblings[index - 1];
      if (!above) return null;
      return { parentId: above.id, position: goals.filter((g) => g.parentId === above.id).length };
    }
    case 'outdent': {
      const parent = goals.find((g) => g.id === parentId);
      if (!parent) return null;
      const parentIndex = siblingsOf(goals, parent).findIndex((g) => g.id === parent.id);
      return { parentId: parent.parentId ?? null, position: parentIndex + 1 };
    }
  }
}

/** The goals that may become the goal's parent (all of them for a new goal), in tree order. */
export function parentCandidates<G extends TreeGoal & { depth: number }>(goals: readonly G[], goalId?: string): G[] {
  const excluded = goalId ? subtreeIds(goals, goalId) : new Set<string>();
  return goals.filter((g) => !excluded.has(g.id));
}
