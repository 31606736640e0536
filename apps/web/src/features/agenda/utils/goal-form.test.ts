import { describe, expect, it } from 'vitest';
import type { Goal } from '../api/get-goals';
import { goalChanges, goalFormProblem, initialValues, TOP } from './goal-form';

const goal = {
  id: 'g-1',
  title: 'Leseförderung',
  description: 'Alle Kinder lesen',
  status: 'ACTIVE',
  ownerMembershipId: null,
  parentId: 'g-0',
  periodStart: '2026-01-01',
  periodEnd: null,
  version: 3,
} as unknown as Goal;

describe('the goal form', () => {
  it('starts empty under the chosen parent, or from the goal with "none" as an empty choice', () => {
    expect(initialValues({ mode: 'create', parentId: null }).parentId).toBe(TOP);
    expect(initialValues({ mode: 'create', parentId: 'g-0' })).toMatchObject({ title: '', status: 'PLANNED', parentId: 'g-0' });
    expect(initialValues({ mode: 'edit', goal })).toEqual({
      title: 'Leseförderung',
      description: 'Alle Kinder lesen',
      status: 'ACTIVE',
      ownerMembershipId: '',
      parentId: 'g-0',
      periodStart: '2026-01-01',
      periodEnd: null,
    });
  });

  it('sends only what changed; a new parent appends the goal there', () => {
    const values = initialValues({ mode: 'edit', goal });
    expect(goalChanges(goal, values)).toEqual({});
    expect(goalChanges(goal, { ...values, title: ' Lesen ', ownerMembershipId: 'm-1' })).toEqual({ title: 'Lesen', ownerMembershipId: 'm-1' });
    const moved = goalChanges(goal, { ...values, parentId: TOP });
    expect(moved.moveTo?.parentId).toBeNull();
    expect(moved.moveTo?.position).toBeGreaterThan(1000);
  });

  it('asks for a title, parsable dates and an end not before the start', () => {
    const values = initialValues({ mode: 'edit', goal });
    const fine = { start: false, end: false };
    expect(goalFormProblem(values, fine)).toBeNull();
    expect(goalFormProblem({ ...values, title: '  ' }, fine)).toBe('titleRequired');
    expect(goalFormProblem(values, { start: false, end: true })).toBe('datesInvalid');
    expect(goalFormProblem({ ...values, periodEnd: '2025-12-31' }, fine)).toBe('periodOrder');
  });
});
