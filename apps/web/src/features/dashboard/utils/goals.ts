export const GOAL_STATUSES = ['ACTIVE', 'PLANNED', 'ACHIEVED', 'DROPPED'] as const;
export type GoalStatusName = (typeof GOAL_STATUSES)[number];

/** Goals by status, with how many are top-level goals (the rest are sub-goals). */
export function goalStatusCounts(goals: readonly { depth: number; status: string }[]): {
  total: number;
  topLevel: number;
  byStatus: Record<GoalStatusName, number>;
} {
  const byStatus: Record<GoalStatusName, number> = { ACTIVE: 0, PLANNED: 0, ACHIEVED: 0, DROPPED: 0 };
  for (const goal of goals) {
    if (goal.status in byStatus) byStatus[goal.status as GoalStatusName] += 1;
  }
  return { total: goals.length, topLevel: goals.filter((g) => g.depth === 0).length, byStatus };
}
