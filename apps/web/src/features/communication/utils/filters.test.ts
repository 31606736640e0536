import { describe, expect, it } from 'vitest';
import { logFeedQueryOptions } from '../api/get-log-feed';
import { EMPTY_FILTER, filterFromParams, serverFilter, withFilter } from './filters';

describe('timeline filters', () => {
  it('round-trip through the URL, keeping other parameters and dropping unknown values', () => {
    const params = withFilter(new URLSearchParams('tab=x'), { type: 'CONFLICT', text: 'Börse 50%', from: '2026-10-01', goalId: '' });
    expect(params.toString()).toBe('tab=x&type=CONFLICT&search=B%C3%B6rse+50%25&from=2026-10-01');
    expect(filterFromParams(params)).toEqual({ ...EMPTY_FILTER, type: 'CONFLICT', text: 'Börse 50%', from: '2026-10-01' });
    expect(filterFromParams(new URLSearchParams('type=RUMOUR&conflict=MAYBE&from=01.10.2026'))).toEqual(EMPTY_FILTER);
    expect(withFilter(params, EMPTY_FILTER).toString()).toBe('tab=x');
  });

  it('sends trimmed text and a range only when it is the right way round', () => {
    expect(serverFilter({ ...EMPTY_FILTER, text: '  ' })).toEqual({});
    expect(serverFilter({ ...EMPTY_FILTER, text: ' Börse ', to: '2026-10-31' })).toEqual({ search: 'Börse', to: '2026-10-31' });
    expect(serverFilter({ ...EMPTY_FILTER, membershipId: 'm-2', from: '2026-11-01', to: '2026-10-31' })).toEqual({ membershipId: 'm-2' });
  });

  it('keys the feed by alliance first, then the filters', () => {
    expect(logFeedQueryOptions('a-1', { search: 'Börse' }).queryKey).toEqual(['alliance', 'a-1', 'communication', 'feed', { search: 'Börse' }]);
  });
});
