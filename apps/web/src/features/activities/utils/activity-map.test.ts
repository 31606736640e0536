import { describe, expect, it } from 'vitest';
import type { ActivityMapData } from '../api/get-activity-map';
import { buildMatrix, intensity } from './activity-map';

const map: ActivityMapData = {
  asOf: '2026-12-06',
  goals: [
    { id: 'g-1', parentId: null, title: 'Lesen' },
    { id: 'g-2', parentId: 'g-1', title: 'Lesen Oststadt' },
    { id: 'g-3', parentId: null, title: 'Eltern' },
  ],
  members: [
    { membershipId: 'm-1', organisation: { id: 'o-1', name: 'Lesestart' } },
    { membershipId: 'm-2', organisation: { id: 'o-2', name: 'Jugendtreff' } },
  ],
  cells: [
    { goalId: 'g-1', membershipId: 'm-1', activityCount: 2, runningCount: 1 },
    { goalId: 'g-2', membershipId: 'm-1', activityCount: 1, runningCount: 1 },
    { goalId: 'g-2', membershipId: 'm-2', activityCount: 1, runningCount: 1 },
    { goalId: 'g-3', membershipId: 'm-2', activityCount: 4, runningCount: 0 },
  ],
  gaps: [{ goalId: 'g-3', goalTitle: 'Eltern' }],
  overlaps: [
    { goalId: 'g-2', goalTitle: 'Lesen Oststadt', district: 'Oststadt', targetGroup: 'Grundschulkinder', activities: [] },
    { goalId: 'g-2', goalTitle: 'Lesen Oststadt', district: 'Oststadt', targetGroup: 'Eltern', activities: [] },
  ],
};

describe('buildMatrix', () => {
  it('makes one row per goal in tree order with a cell per member, missing cells as 0', () => {
    const m = buildMatrix(map);
    expect(m.columns.map((c) => c.name)).toEqual(['Lesestart', 'Jugendtreff']);
    expect(m.rows.map((r) => [r.title, r.depth, r.cells.map((c) => c.activityCount), r.total])).toEqual([
      ['Lesen', 0, [2, 0], 2],
      ['Lesen Oststadt', 1, [1, 1], 2],
      ['Eltern', 0, [0, 4], 4],
    ]);
    expect(m.rows[0]!.cells[0]!.runningCount).toBe(1);
    expect(m.max).toBe(4);
  });

  it('marks gaps and counts overlaps on their goal', () => {
    const m = buildMatrix(map);
    expect(m.rows.map((r) => [r.isGap, r.overlapCount])).toEqual([
      [false, 0],
      [false, 2],
      [true, 0],
    ]);
  });
});

describe('intensity', () => {
  it('is 0 for nothing and steps 1–4 relative to the largest cell', () => {
    expect(intensity(0, 4)).toBe(0);
    expect(intensity(1, 4)).toBe(1);
    expect(intensity(2, 4)).toBe(2);
    expect(intensity(3, 4)).toBe(3);
    expect(intensity(4, 4)).toBe(4);
    expect(intensity(1, 100)).toBe(1);
    expect(intensity(1, 0)).toBe(0);
  });
});
