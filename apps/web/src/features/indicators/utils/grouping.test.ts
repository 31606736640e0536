import { describe, expect, it } from 'vitest';
import { groupByGoal } from './grouping';

const lesen = { id: 'g-1', title: 'Lesekompetenz stärken' };
const abbruch = { id: 'g-2', title: 'Schulabbrüche verringern' };
const eltern = { id: 'g-3', title: 'Eltern als Bildungspartner stärken' };

describe('groupByGoal', () => {
  it('groups in goal-tree order, lists an indicator under each of its goals and puts those without a goal last', () => {
    const indicators = [
      { id: 'a', goals: [abbruch] },
      { id: 'b', goals: [] },
      { id: 'c', goals: [lesen, abbruch] },
    ];
    const groups = groupByGoal(indicators, [lesen, eltern, abbruch]);
    expect(groups.map((g) => [g.goal?.title ?? null, g.indicators.map((i) => i.id)])).toEqual([
      ['Lesekompetenz stärken', ['c']],
      ['Schulabbrüche verringern', ['a', 'c']],
      [null, ['b']],
    ]);
  });

  it('still groups by the indicators’ own goals when the goal tree is unknown', () => {
    const groups = groupByGoal([{ id: 'a', goals: [eltern] }, { id: 'b', goals: [lesen] }]);
    expect(groups.map((g) => g.goal?.id)).toEqual(['g-3', 'g-1']);
  });

  it('is empty for no indicators', () => {
    expect(groupByGoal([], [lesen])).toEqual([]);
  });
});
