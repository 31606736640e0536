import { describe, expect, it } from 'vitest';
import type { Measurement } from '../api/get-measurements';
import { mergeDecided, stillWaiting, toggled } from './review';

const m = (id: string, version: number, status: string) => ({ id, version, status }) as unknown as Measurement;

describe('the review page’s bookkeeping', () => {
  it('drops from the queue what was decided in this visit, but not an older decision', () => {
    const queued = [m('a', 2, 'SUBMITTED'), m('b', 1, 'SUBMITTED')];
    expect(stillWaiting(queued, [m('a', 3, 'APPROVED')]).map((x) => x.id)).toEqual(['b']);
    // Handed in again after an earlier decision: it waits again.
    expect(stillWaiting(queued, [m('a', 1, 'REJECTED')]).map((x) => x.id)).toEqual(['a', 'b']);
  });

  it('shows the approved values with this visit’s decisions, the newer version winning', () => {
    const fetched = [m('a', 3, 'APPROVED'), m('b', 2, 'APPROVED')];
    const decided = [m('a', 4, 'DRAFT'), m('c', 5, 'APPROVED'), m('b', 1, 'SUBMITTED')];
    expect(mergeDecided(fetched, decided).map((x) => `${x.id}${x.version}`)).toEqual(['b2', 'c5']);
  });

  it('adds and takes out ids without changing the given selection', () => {
    const start: ReadonlySet<string> = new Set(['a']);
    expect([...toggled(start, ['b', 'c'], true)]).toEqual(['a', 'b', 'c']);
    expect([...toggled(start, ['a'], false)]).toEqual([]);
    expect([...start]).toEqual(['a']);
  });
});
