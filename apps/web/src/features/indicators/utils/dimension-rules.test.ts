import { describe, expect, it } from 'vitest';
import { categoryProblem, repeatedAt } from './dimension-rules';

describe('dimension rules', () => {
  it('asks for at least two named categories, each once regardless of case and blanks', () => {
    expect(categoryProblem(['weiblich', 'männlich'])).toBeUndefined();
    expect(categoryProblem(['weiblich'])).toBe('atLeastTwo');
    expect(categoryProblem(['weiblich', ' '])).toBe('required');
    expect(categoryProblem(['Divers', 'divers '])).toBe('duplicate');
  });

  it('marks the later of two equal names', () => {
    expect([...repeatedAt(['a', 'b', 'A', ' b', ''])]).toEqual([2, 3]);
  });
});
