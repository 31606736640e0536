import { describe, expect, it } from 'vitest';
import type { Measurement } from '../api/get-measurements';
import { draftOf, draftPayload } from './draft';

const dimension = { id: 'd-g', name: 'Geschlecht', categories: [{ id: 'c-w', name: 'weiblich', position: 0 }] };

describe('the measurement draft', () => {
  it('starts empty without a stored value, and from the stored value with its parts by category', () => {
    expect(draftOf(undefined)).toEqual({ value: null, numerator: null, denominator: null, parts: {}, note: '' });
    const stored = { value: 12, numerator: null, denominator: null, note: 'geschätzt', parts: [{ categoryId: 'c-w', value: 7 }] } as unknown as Measurement;
    expect(draftOf(stored)).toEqual({ value: 12, numerator: null, denominator: null, parts: { 'c-w': 7 }, note: 'geschätzt' });
  });

  it('sends the value of a sum with its parts, and numerator and denominator of a ratio without parts', () => {
    const draft = { value: 12, numerator: 3, denominator: 4, parts: { 'c-w': 7, 'c-m': null }, note: '  geschätzt ' };
    expect(draftPayload({ id: 'i-1', aggregation: 'SUM', dimensions: [dimension] } as never, 'p-1', draft, true, 3)).toEqual({
      indicatorId: 'i-1',
      reportingPeriodId: 'p-1',
      value: 12,
      parts: [{ categoryId: 'c-w', value: 7 }],
      note: 'geschätzt',
      version: 3,
      submit: true,
    });
    expect(draftPayload({ id: 'i-2', aggregation: 'RATIO', dimensions: [] } as never, 'p-1', draft, false, undefined)).toEqual({
      indicatorId: 'i-2',
      reportingPeriodId: 'p-1',
      numerator: 3,
      denominator: 4,
      parts: undefined,
      note: 'geschätzt',
      version: undefined,
      submit: false,
    });
  });
});
