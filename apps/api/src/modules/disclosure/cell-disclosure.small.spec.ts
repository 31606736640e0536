import { buildCellTable, discloseCell, totalHiddenFor, type CellFacts } from './cell-disclosure';
import { NO_SUPPRESSION, publicPolicy, type DisclosurePolicy } from './disclosure.policy';
import { recoverableCells } from './small-numbers.rules';

const funder = (k = 5): DisclosurePolicy => publicPolicy(k);
const partner = (own: string, k = 5): DisclosurePolicy => ({ suppress: true, k, ownMembershipId: own });

/** A SUM cell: members' values (no overlaps), broken down by one dimension "Geschlecht" (w, m, d). */
function sumCell(members: Record<string, Record<string, number> | number>): CellFacts {
  const parts: CellFacts['parts'] = [];
  const ms: CellFacts['members'] = [];
  const lines = new Map<string, number>([
    ['w', 0],
    ['m', 0],
    ['d', 0],
    ['none:g', 0],
  ]);
  for (const [id, v] of Object.entries(members)) {
    if (typeof v === 'number') {
      ms.push({ membershipId: id, reported: v, net: v, denominator: null });
      lines.set('none:g', lines.get('none:g')! + v);
    } else {
      const sum = Object.values(v).reduce((s, x) => s + x, 0);
      ms.push({ membershipId: id, reported: sum, net: sum, denominator: null });
      for (const [cat, x] of Object.entries(v)) {
        parts.push({ membershipId: id, dimensionId: 'g', categoryId: cat, value: x });
        lines.set(cat, lines.get(cat)! + x);
      }
    }
  }
  return {
    aggregation: 'SUM',
    total: ms.reduce((s, m) => s + m.net!, 0),
    totalBase: null,
    members: ms,
    dimensions: [{ dimensionId: 'g', lines: [...lines].map(([key, value]) => ({ key, value })) }],
    parts,
  };
}

describe('one roll-up cell', () => {
  it('the backbone sees everything', () => {
    const d = discloseCell(sumCell({ a: 2, b: 40 }), NO_SUPPRESSION);
    expect(d.total || d.members.size || d.lines.size || d.parts.size).toBeFalsy();
  });

  it('a funder does not see "divers: 7" (k = 8), nor a category that would give it away', () => {
    const cell = sumCell({ a: { w: 20, m: 20, d: 4 }, b: { w: 25, m: 20, d: 3 } });
    const d = discloseCell(cell, funder(8));
    expect(d.total).toBe(false);
    expect(d.lines.has('d')).toBe(true);
    expect(d.lines.size).toBeGreaterThanOrEqual(2);
    // Each member's small part, and enough around it.
    expect(d.parts.has('a:d') && d.parts.has('b:d')).toBe(true);
    expect(recoverableCells(buildCellTable(cell, funder(8)), hiddenIds(d), 8)).toEqual([]);
  });

  it("a member's value of 5 is shown at k = 5, a value of 4 is hidden with the next smallest member", () => {
    expect(discloseCell(sumCell({ a: 5, b: 40, c: 60 }), funder()).members.size).toBe(0);
    const d = discloseCell(sumCell({ a: 4, b: 40, c: 60 }), funder());
    expect([...d.members].sort()).toEqual(['a', 'b']);
    expect(d.total).toBe(false);
  });

  it('a partner sees its own small value, and not the total when that would give away the only other member', () => {
    const cell = sumCell({ own: 10, other: 3 });
    const d = discloseCell(cell, partner('own'));
    expect(d.members.has('own')).toBe(false);
    expect(d.members.has('other')).toBe(true);
    expect(d.total).toBe(true);
    // The funder, who knows neither, sees the total of 13.
    expect(discloseCell(cell, funder()).total).toBe(false);
  });

  it('shares: hidden when computed from fewer than k people; a member by its own denominator', () => {
    const cell: CellFacts = {
      aggregation: 'RATIO',
      total: 0.5,
      totalBase: 24,
      members: [
        { membershipId: 'a', reported: 0.75, net: 3 / 24, denominator: 4 },
        { membershipId: 'b', reported: 0.45, net: 9 / 24, denominator: 20 },
      ],
      dimensions: [],
      parts: [],
    };
    const d = discloseCell(cell, funder());
    expect(d.total).toBe(false);
    expect([...d.members].sort()).toEqual(['a', 'b']); // b goes with a: total − b's net would give a's
    expect(totalHiddenFor(funder(), 'RATIO', 0.75, 4)).toBe(true);
    expect(totalHiddenFor(funder(), 'RATIO', 0.5, 24)).toBe(false);
  });

  it('means are shown (no head count behind them)', () => {
    const cell: CellFacts = {
      aggregation: 'AVERAGE',
      total: 4.2,
      totalBase: null,
      members: [{ membershipId: 'a', reported: 1, net: 1, denominator: null }],
      dimensions: [],
      parts: [],
    };
    expect(discloseCell(cell, funder()).members.size).toBe(0);
  });

  it('for a viewer who knows no member, the total is hidden exactly when it is small itself (so TOTAL lines need no member data)', () => {
    let seed = 11;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 400; round++) {
      const k = 2 + Math.floor(rnd() * 9);
      const members: Record<string, Record<string, number> | number> = {};
      const n = 1 + Math.floor(rnd() * 5);
      for (let i = 0; i < n; i++) {
        const v = () => (rnd() < 0.35 ? Math.floor(rnd() * k) : Math.floor(rnd() * 50));
        members[`m${i}`] = rnd() < 0.5 ? v() : { w: v(), m: v(), d: v() };
      }
      const cell = sumCell(members);
      const policy = funder(k);
      const d = discloseCell(cell, policy);
      expect(d.total).toBe(totalHiddenFor(policy, 'SUM', cell.total, null));
      expect(recoverableCells(buildCellTable(cell, policy), hiddenIds(d), k)).toEqual([]);
      // And a partner's view is safe too.
      const p = partner('m0', k);
      const dp = discloseCell(cell, p);
      expect(dp.members.has('m0')).toBe(false);
      expect(recoverableCells(buildCellTable(cell, p), hiddenIds(dp), k)).toEqual([]);
    }
  });
});

function hiddenIds(d: ReturnType<typeof discloseCell>): Set<string> {
  const out = new Set<string>();
  if (d.total) out.add('T');
  for (const m of d.members) out.add(`m:${m}`).add(`r:${m}`);
  for (const l of d.lines) out.add(`c:${l}`);
  for (const p of d.parts) out.add(`p:${p}`);
  return out;
}
