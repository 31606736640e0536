import type { ActivityMapData } from '../api/get-activity-map';

export interface MapRow {
  goalId: string;
  title: string;
  /** Levels below the top, from the parent chain (the map lists goals in tree order). */
  depth: number;
  isGap: boolean;
  overlapCount: number;
  cells: { membershipId: string; activityCount: number; runningCount: number }[];
  total: number;
}

export interface MapMatrix {
  columns: { membershipId: string; name: string }[];
  rows: MapRow[];
  /** The largest cell count; intensity levels are relative to it. */
  max: number;
}

/**
 * Shapes the activity map for a table: one row per goal in tree order, one column per member,
 * missing cells read as 0. Gaps and overlaps are marked on their goal's row.
 */
export function buildMatrix(map: ActivityMapData): MapMatrix {
  const columns = map.members.map((m) => ({ membershipId: m.membershipId, name: m.organisation.name }));
  const cellOf = new Map(map.cells.map((c) => [`${c.goalId}|${c.membershipId}`, c]));
  const parentOf = new Map(map.goals.map((g) => [g.id, g.parentId ?? null]));
  const gaps = new Set(map.gaps.map((g) => g.goalId));
  const overlaps = new Map<string, number>();
  for (const o of map.overlaps) overlaps.set(o.goalId, (overlaps.get(o.goalId) ?? 0) + 1);

  const depth = (id: string): number => {
    let d = 0;
    for (let p = parentOf.get(id); p && d < 20; p = parentOf.get(p)) d++;
    return d;
  };

  let max = 0;
  const rows = map.goals.map((goal) => {
    const cells = columns.map(({ membershipId }) => {
      const cell = cellOf.get(`${goal.id}|${membershipId}`);
      const activityCount = cell?.activityCount ?? 0;
      max = Math.max(max, activityCount);
      return { membershipId, activityCount, runningCount: cell?.runningCount ?? 0 };
    });
    return {
      goalId: goal.id,
      title: goal.title,
      depth: depth(goal.id),
      isGap: gaps.has(goal.id),
      overlapCount: overlaps.get(goal.id) ?? 0,
      cells,
      total: cells.reduce((sum, c) => sum + c.activityCount, 0),
    };
  });
  return { columns, rows, max };
}

/** 0 for an empty cell, else 1–4 by share of the largest count: the colour step, always shown with the number. */
export function intensity(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(4, Math.ceil((count / max) * 4))) as 1 | 2 | 3 | 4;
}
