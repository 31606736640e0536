import { describe, expect, it } from 'vitest';
import { daysBetween, formatLongDay, groupByDay } from './timeline';
import { voteResults } from './votes';

const e = (id: string, occurredOn: string, title = id, body = '', organisation = 'Jugendtreff') => ({
  id,
  occurredOn,
  title,
  body,
  authorMember: { organisation: { name: organisation } },
});

describe('timeline helpers', () => {
  it('groups a newest-first list by day, keeping the order', () => {
    const groups = groupByDay([e('a', '2026-11-10'), e('b', '2026-11-10'), e('c', '2026-10-27'), e('d', '2026-11-10')]);
    expect(groups.map((g) => [g.day, g.entries.map((x) => x.id)])).toEqual([
      ['2026-11-10', ['a', 'b']],
      ['2026-10-27', ['c']],
      ['2026-11-10', ['d']],
    ]);
  });

  it('writes days out in the UI language without shifting them by a time zone', () => {
    expect(formatLongDay('2026-11-10', 'de')).toBe('Dienstag, 10. November 2026');
    expect(formatLongDay('2026-11-10', 'en')).toBe('Tuesday, 10 November 2026');
  });

  it('counts whole days between calendar days', () => {
    expect(daysBetween('2026-11-30', '2026-12-06')).toBe(6);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });

  it('gives each vote option its count and share of the votes cast', () => {
    expect(voteResults({ agree: 4, disagree: 1, abstain: 1, block: 0, total: 6 })).toEqual([
      { vote: 'AGREE', count: 4, share: 4 / 6 },
      { vote: 'DISAGREE', count: 1, share: 1 / 6 },
      { vote: 'ABSTAIN', count: 1, share: 1 / 6 },
      { vote: 'BLOCK', count: 0, share: 0 },
    ]);
    expect(voteResults({ agree: 0, disagree: 0, abstain: 0, block: 0, total: 0 }).every((r) => r.share === 0)).toBe(true);
  });
});
