/** The goal an indicator list groups under; null is the group of indicators without a goal. */
export interface GoalRef {
  id: string;
  title: string;
  /** Levels below the top of the goal tree, when known (0 for a top-level goal). */
  depth?: number;
}

export interface IndicatorGroup<T> {
  goal: GoalRef | null;
  indicators: T[];
}

/**
 * Groups indicators by the goals they measure, in the order of the goal tree (`goalOrder`, as the
 * API lists goals). An indicator appears once: under the first of its goals in tree order (a goal
 * comes before its sub-goals); the list names its other goals beside it. Goals unknown to
 * `goalOrder` follow in the order met; indicators without a goal come last. Empty groups are left out.
 */
export function groupByGoal<T extends { goals: GoalRef[] }>(indicators: T[], goalOrder: GoalRef[] = []): IndicatorGroup<T>[] {
  const groups = new Map<string, IndicatorGroup<T>>();
  for (const goal of goalOrder) groups.set(goal.id, { goal, indicators: [] });
  const rank = new Map(goalOrder.map((g, i) => [g.id, i]));
  const without: T[] = [];
  for (const indicator of indicators) {
    if (indicator.goals.length === 0) {
      without.push(indicator);
      continue;
    }
    const home = [...indicator.goals].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity))[0]!;
    let group = groups.get(home.id);
    if (!group) groups.set(home.id, (group = { goal: home, indicators: [] }));
    group.indicators.push(indicator);
  }
  const result = [...groups.values()].filter((g) => g.indicators.length > 0);
  if (without.length > 0) result.push({ goal: null, indicators: without });
  return result;
}

/** The goals an indicator also measures, besides the group it is listed under. */
export function otherGoals(indicator: { goals: GoalRef[] }, listedUnder: GoalRef | null): GoalRef[] {
  return indicator.goals.filter((g) => g.id !== listedUnder?.id);
}
