import {
  DisclosureTable,
  isPrimarySuppressed,
  isSmallCount,
  isValidThreshold,
  recoverableCells,
  suppressTable,
  valueKindOf,
  type DisclosureCell,
} from './small-numbers.rules';

const count = (id: string, value: number | null, k: number, known = false): DisclosureCell => ({
  id,
  value,
  primary: isPrimarySuppressed({ kind: 'COUNT', value }, k),
  known,
});

/** A one-dimension table: categories and their total. */
function oneWay(k: number, total: number, parts: Record<string, number>, known: string[] = []): DisclosureTable {
  return {
    cells: [count('total', total, k), ...Object.entries(parts).map(([id, v]) => count(id, v, k, known.includes(id)))],
    groups: [{ total: 'total', parts: Object.keys(parts) }],
  };
}

/** What an attacker reads: the visible values. */
const visible = (t: DisclosureTable, hidden: Set<string>) => Object.fromEntries(t.cells.filter((c) => !hidden.has(c.id)).map((c) => [c.id, c.value]));

describe('primary suppression', () => {
  it('hides counts 1 … k−1 and shows true zeros and counts from k on', () => {
    expect([0, 1, 4, 5, 6, -3, null].map((v) => isSmallCount(v, 5))).toEqual([false, true, true, false, false, true, false]);
    expect(isPrimarySuppressed({ kind: 'COUNT', value: 0 }, 5)).toBe(false);
    expect(isPrimarySuppressed({ kind: 'COUNT', value: 2.5 }, 5)).toBe(true);
  });

  it('hides a share computed from fewer than k people, however large the share', () => {
    expect(isPrimarySuppressed({ kind: 'SHARE', value: 0.75, base: 4 }, 5)).toBe(true);
    expect(isPrimarySuppressed({ kind: 'SHARE', value: 0.75, base: 40 }, 5)).toBe(false);
    expect(isPrimarySuppressed({ kind: 'SHARE', value: 0.75, base: null }, 5)).toBe(false);
  });

  it('hides a mean only when its head count is known and small', () => {
    expect(isPrimarySuppressed({ kind: 'MEAN', value: 4.2, base: null }, 5)).toBe(false);
    expect(isPrimarySuppressed({ kind: 'MEAN', value: 4.2, base: 3 }, 5)).toBe(true);
  });

  it('knows which aggregations are counts, shares and means', () => {
    expect(['SUM', 'LATEST', 'RATIO', 'AVERAGE'].map(valueKindOf)).toEqual(['COUNT', 'COUNT', 'SHARE', 'MEAN']);
  });

  it('accepts thresholds 2 … 20 (whole numbers)', () => {
    expect([1, 2, 5, 20, 21, 4.5, '5'].map(isValidThreshold)).toEqual([false, true, true, true, false, false, false]);
  });
});

describe('complementary suppression', () => {
  it('the issue’s example: "divers: 7" with k = 8 is hidden, and so is the next smallest category', () => {
    const t = oneWay(8, 92, { maennlich: 40, weiblich: 45, divers: 7 });
    const hidden = suppressTable(t, 8);
    expect([...hidden].sort()).toEqual(['divers', 'maennlich']);
    expect(visible(t, hidden)).toEqual({ total: 92, weiblich: 45 });
    // The attack: total − visible siblings gives only männlich + divers = 47, never divers alone.
    expect(92 - 45).toBe(47);
    expect(recoverableCells(t, hidden, 8)).toEqual([]);
  });

  it('without complementary suppression the attack would work (the check can fail)', () => {
    const t = oneWay(8, 92, { maennlich: 40, weiblich: 45, divers: 7 });
    const primaryOnly = new Set(t.cells.filter((c) => c.primary).map((c) => c.id));
    expect(recoverableCells(t, primaryOnly, 8)).toEqual(['divers']);
  });

  it('two small hidden cells that add up to less than k take a third one with them', () => {
    const t = oneWay(5, 53, { a: 1, b: 2, c: 20, d: 30 });
    const hidden = suppressTable(t, 5);
    expect([...hidden].sort()).toEqual(['a', 'b', 'c']);
    expect(recoverableCells(t, hidden, 5)).toEqual([]);
  });

  it('prefers a non-zero sibling: hiding a true zero protects nothing', () => {
    const t = oneWay(5, 33, { none: 0, small: 3, big: 30 });
    const hidden = suppressTable(t, 5);
    expect([...hidden].sort()).toEqual(['big', 'small']);
  });

  it('hides the total when the only member is small (the total is that member’s value)', () => {
    const t = oneWay(5, 3, { only: 3 });
    expect([...suppressTable(t, 5)].sort()).toEqual(['only', 'total']);
  });

  it('hides the total when no sibling can be hidden: the viewer knows them all', () => {
    // A partner sees its own 10 and the total: 13 − 10 would give the other member's 3.
    const t = oneWay(5, 13, { own: 10, other: 3 }, ['own']);
    const hidden = suppressTable(t, 5);
    expect([...hidden].sort()).toEqual(['other', 'total']);
    expect(visible(t, hidden)).toEqual({ own: 10 });
  });

  it('never hides what the viewer knows, even when it is small', () => {
    const t = oneWay(5, 63, { own: 3, a: 20, b: 40 }, ['own']);
    expect(suppressTable(t, 5).size).toBe(0);
  });

  it('nothing small, nothing hidden', () => {
    const t = oneWay(5, 60, { a: 0, b: 20, c: 40 });
    expect(suppressTable(t, 5).size).toBe(0);
  });

  it('a table with rows, columns and totals stays safe after cascading (iterates until stable)', () => {
    // Members × categories of one dimension, with member totals, category totals and the grand total.
    //            w    m   | Σ
    //   A        3   17   | 20
    //   B       25   30   | 55
    //   Σ       28   47   | 75
    const k = 5;
    const values: Record<string, number> = { Aw: 3, Am: 17, A: 20, Bw: 25, Bm: 30, B: 55, w: 28, m: 47, T: 75 };
    const t: DisclosureTable = {
      cells: Object.entries(values).map(([id, v]) => count(id, v, k)),
      groups: [
        { total: 'A', parts: ['Aw', 'Am'] },
        { total: 'B', parts: ['Bw', 'Bm'] },
        { total: 'w', parts: ['Aw', 'Bw'] },
        { total: 'm', parts: ['Am', 'Bm'] },
        { total: 'T', parts: ['A', 'B'] },
        { total: 'T', parts: ['w', 'm'] },
      ],
    };
    const hidden = suppressTable(t, k);
    // Aw is small; its row and column each need a second hidden cell, which then needs a partner.
    expect([...hidden].sort()).toEqual(['Am', 'Aw', 'Bm', 'Bw']);
    expect(recoverableCells(t, hidden, k)).toEqual([]);
  });

  it('random tables never leave a hidden cell recoverable', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) as number;
    for (let round = 0; round < 500; round++) {
      const k = 2 + Math.floor(rnd() * 9);
      const n = 1 + Math.floor(rnd() * 6);
      const parts: Record<string, number> = {};
      for (let i = 0; i < n; i++) parts[`p${i}`] = rnd() < 0.3 ? Math.floor(rnd() * k) : Math.floor(rnd() * 60);
      const total = Object.values(parts).reduce((s, v) => s + v, 0);
      const known = rnd() < 0.3 ? ['p0'] : [];
      const t = oneWay(k, total, parts, known);
      const hidden = suppressTable(t, k);
      expect(recoverableCells(t, hidden, k)).toEqual([]);
      for (const c of t.cells) if (c.primary && !c.known) expect(hidden.has(c.id)).toBe(true);
      for (const id of known) expect(hidden.has(id)).toBe(false);
    }
  });
});
