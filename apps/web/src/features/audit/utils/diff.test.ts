import { describe, expect, it } from 'vitest';
import { diffRows, valueText } from './diff';

describe('diffRows', () => {
  it('puts every field of either side in a row and marks what changed', () => {
    expect(diffRows({ title: 'Ziel', version: 1, status: 'ACTIVE' }, { title: 'Besseres Ziel', version: 2, status: 'ACTIVE', owner: 'x' })).toEqual([
      { field: 'title', before: 'Ziel', after: 'Besseres Ziel', changed: true },
      { field: 'version', before: 1, after: 2, changed: true },
      { field: 'status', before: 'ACTIVE', after: 'ACTIVE', changed: false },
      { field: 'owner', before: undefined, after: 'x', changed: true },
    ]);
  });

  it('treats a missing side as empty (created, deleted) and ignores key order inside values', () => {
    expect(diffRows(null, { name: 'A' })).toEqual([{ field: 'name', before: undefined, after: 'A', changed: true }]);
    expect(diffRows({ name: 'A' }, null)).toEqual([{ field: 'name', before: 'A', after: undefined, changed: true }]);
    expect(diffRows({ p: { a: 1, b: 2 } }, { p: { b: 2, a: 1 } })[0]!.changed).toBe(false);
    expect(diffRows({ ids: ['a', 'b'] }, { ids: ['b', 'a'] })[0]!.changed).toBe(true);
  });

  it('shows a scalar or list as one row without a field name', () => {
    expect(diffRows(['g1'], ['g1', 'g2'])).toEqual([{ field: '', before: ['g1'], after: ['g1', 'g2'], changed: true }]);
    expect(diffRows(null, null)).toEqual([]);
  });
});

describe('valueText', () => {
  it('writes values readably', () => {
    expect(valueText(undefined)).toBe('—');
    expect(valueText(null)).toBe('—');
    expect(valueText('Text')).toBe('Text');
    expect(valueText(12.5)).toBe('12.5');
    expect(valueText(false)).toBe('false');
    expect(valueText({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}');
  });
});
