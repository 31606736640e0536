import { describe, expect, it } from 'vitest';
import { shortestPath } from './shortest-path';

// A — B — C — D, and E alone; B — D as a short cut added in the second case.
const line = [
  { a: 'A', b: 'B' },
  { a: 'C', b: 'B' },
  { a: 'C', b: 'D' },
];

describe('the shortest way between two members', () => {
  it('walks the ties in either direction', () => {
    expect(shortestPath(line, 'A', 'D')).toEqual(['A', 'B', 'C', 'D']);
    expect(shortestPath(line, 'D', 'A')).toEqual(['D', 'C', 'B', 'A']);
  });
  it('takes a short cut when there is one', () => {
    expect(shortestPath([...line, { a: 'B', b: 'D' }], 'A', 'D')).toEqual(['A', 'B', 'D']);
  });
  it('finds none to an isolated member, and the member itself', () => {
    expect(shortestPath(line, 'A', 'E')).toBeNull();
    expect(shortestPath(line, 'A', 'A')).toEqual(['A']);
  });
});
