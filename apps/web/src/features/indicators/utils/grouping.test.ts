import { describe, expect, it } from 'vitest';
import { groupByGoal, otherGoals } from './grouping';

const lesen = { id: 'g-1', title: 'Lesekompetenz stärken' };
const abbruch = { id: 'g-2', title: 'Schulabbrüche verringern' };
const eltern = { id: 'g-3', title: 'Eltern als Bildungspartner stärken' };

describe('groupByGoal', () => {
  it('groups in goal-tree order, lists an indicator once (under its first goal in the tree) and puts those without a goal last', () => {
    const indicators = [
      { id: 'a', goals: [abbruch] },
      { id: 'b', goals: [] },
      { id: 'c', goals: [lesen, abbruch] },
    ];
    const groups = groupByGoal(indicators, [lesen, eltern, abbruch]);
    expect(groups.map((g) => [g.goal?.title ?? null, g.indicators.map((i) => i.id)])).toEqual([
      ['Lesekompetenz stärken', ['c']],
      ['Schulabbrüche verringern', ['a']],
      [null, ['b']],
    ]);
  });

  it('still groups by the indicators’ own goals when the goal tree is unknown', () => {
    const groups = groupByGoal([
      { id: 'a', goals: [eltern] },
      { id: 'b', goals: [lesen] },
    ]);
    expect(groups.map((g) => g.goal?.id)).toEqual(['g-3', 'g-1']);
  });

  it('names the other goals of an indicator beside the group it is listed under', () => {
    const c = { id: 'c', goals: [abbruch, lesen] };
    const [group] = groupByGoal([c], [lesen, abbruch]);
    expect(group!.goal).toEqual(lesen);
    expect(otherGoals(c, group!.goal)).toEqual([abbruch]);
  });

  it('is empty for no indicators', () => {
    expect(groupByGoal([], [lesen])).toEqual([]);
  });
});
