import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { GoalTreeSection } from './goal-tree-section';

const goal = (id: string, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  parentId: null,
  depth: 0,
  position: 0,
  title,
  description: '',
  status: 'ACTIVE',
  periodStart: null,
  periodEnd: null,
  ownerMembershipId: null,
  ownerOrganisation: null,
  indicatorCount: 0,
  runningActivityCount: 0,
  version: 1,
  ...extra,
});

const goals = [
  goal('g-1', 'Schulabschlüsse sichern', { ownerMembershipId: 'm-2', ownerOrganisation: { id: 'o-2', name: 'Jugendtreff Oststadt e.V.' }, indicatorCount: 2 }),
  goal('g-2', 'Lernförderung ausbauen', { parentId: 'g-1', depth: 1, position: 0, status: 'PLANNED', periodStart: '2026-01-01', periodEnd: '2026-12-31' }),
  goal('g-3', 'Übergänge begleiten', { position: 1, version: 4 }),
];

const owners = {
  data: {
    members: [
      { id: 'm-2', state: 'ACTIVE', organisation: { id: 'o-2', name: 'Jugendtreff Oststadt e.V.' } },
      { id: 'm-9', state: 'LEFT', organisation: { id: 'o-9', name: 'Ehemalige e.V.' } },
    ],
  },
};

/** Deletes „Übergänge begleiten“ while the server already holds `after`; returns the conflict dialog. */
async function deleteStale(after: typeof goals) {
  let stored = goals;
  const api = mockGraphQL({
    AgendaGoals: () => ({ data: { goals: stored } }),
    DeleteGoal: () => {
      stored = after;
      return gqlError('CONFLICT');
    },
  });
  const user = userEvent.setup();
  renderWithProviders(<GoalTreeSection allianceId="a-1" editable />);
  await user.click(await screen.findByRole('button', { name: 'Mehr zu „Übergänge begleiten“' }));
  await user.click(screen.getByRole('button', { name: 'Löschen' }));
  await user.click(within(screen.getByRole('alertdialog', { name: 'Ziel löschen' })).getByRole('button', { name: 'Endgültig löschen' }));
  return { api, conflict: await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' }) };
}

// Typing through user-event is slow on a busy machine; the default 5 s is too tight for the dialog flows.
describe('GoalTreeSection', { timeout: 30_000 }, () => {
  it('shows the tree read-only to members who are not the backbone', async () => {
    mockGraphQL({ AgendaGoals: { data: { goals } } });
    renderWithProviders(<GoalTreeSection allianceId="a-1" editable={false} />);

    const tree = await screen.findByRole('list', { name: 'Zielbaum' });
    const top = within(tree).getByRole('article', { name: 'Schulabschlüsse sichern' });
    expect(top).toHaveTextContent('Verantwortlich: Jugendtreff Oststadt e.V.');
    expect(top).toHaveTextContent('2 Indikatoren');
    expect(top).toHaveTextContent('Aktiv');
    const sub = screen.getByRole('list', { name: 'Teilziele von „Schulabschlüsse sichern“' });
    expect(within(sub).getByRole('heading', { level: 4, name: 'Lernförderung ausbauen' })).toBeInTheDocument();
    expect(within(sub).getByText('01.01.2026 bis 31.12.2026')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('moves a goal up among its siblings with the version it saw', async () => {
    const api = mockGraphQL({
      AgendaGoals: { data: { goals } },
      MoveGoal: (v) => ({ data: { moveGoal: { id: v.input.goalId, title: 'Übergänge begleiten', parentId: null, position: 0, version: 5 } } }),
    });
    const user = userEvent.setup();
    renderWithProviders(<GoalTreeSection allianceId="a-1" editable />);

    expect(await screen.findByRole('button', { name: '„Schulabschlüsse sichern“ nach oben verschieben' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '„Übergänge begleiten“ nach oben verschieben' }));
    await waitFor(() => expect(api.callsOf('MoveGoal')).toHaveLength(1));
    expect(api.callsOf('MoveGoal')[0]!.variables).toEqual({ input: { allianceId: 'a-1', goalId: 'g-3', parentId: null, position: 0, version: 4 } });
    expect(await screen.findByText('„Übergänge begleiten“ wurde verschoben.')).toBeInTheDocument();
    await waitFor(() => expect(api.callsOf('AgendaGoals').length).toBe(2));
  });

  it('after a conflict on a move shows where the goal stands now and repeats the move with the newer version', async () => {
    let stored = goals;
    const api = mockGraphQL({
      AgendaGoals: () => ({ data: { goals: stored } }),
      MoveGoal: (v) => {
        if (v.input.version === 4) {
          stored = goals.map((g) => (g.id === 'g-3' ? { ...g, title: 'Übergänge gestalten', version: 5 } : g));
          return gqlError('CONFLICT');
        }
        return { data: { moveGoal: { id: 'g-3', title: 'Übergänge gestalten', parentId: null, position: 0, version: 6 } } };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<GoalTreeSection allianceId="a-1" editable />);

    await user.click(await screen.findByRole('button', { name: '„Übergänge begleiten“ nach oben verschieben' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('„Übergänge gestalten“ (Aktiv), an Stelle 2 der obersten Ebene')).toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung anwenden' }));

    await waitFor(() => expect(api.callsOf('MoveGoal')).toHaveLength(2));
    expect(api.callsOf('MoveGoal')[1]!.variables).toEqual({ input: { allianceId: 'a-1', goalId: 'g-3', parentId: null, position: 0, version: 5 } });
  });

  it('offers only to reload when the goal already stands where the move would take it', async () => {
    let stored = goals;
    const api = mockGraphQL({
      AgendaGoals: () => ({ data: { goals: stored } }),
      MoveGoal: () => {
        stored = goals.map((g) => (g.id === 'g-3' ? { ...g, position: 0, version: 5 } : g.id === 'g-1' ? { ...g, position: 1, version: 2 } : g));
        return gqlError('CONFLICT');
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<GoalTreeSection allianceId="a-1" editable />);

    await user.click(await screen.findByRole('button', { name: '„Übergänge begleiten“ nach oben verschieben' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('„Übergänge begleiten“ (Aktiv), an Stelle 1 der obersten Ebene')).toBeInTheDocument();
    expect(within(conflict).queryByRole('button', { name: 'Meine Änderung anwenden' })).not.toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.callsOf('MoveGoal')).toHaveLength(1);
  });

  it('says the goal is gone when a stale delete finds it deleted, and offers only to reload', async () => {
    const { api, conflict } = await deleteStale(goals.filter((g) => g.id !== 'g-3'));
    expect(within(conflict).getByText('Inzwischen gelöscht')).toBeInTheDocument();
    expect(within(conflict).queryByRole('button', { name: 'Meine Änderung anwenden' })).not.toBeInTheDocument();
    expect(api.callsOf('DeleteGoal')).toHaveLength(1);
  });

  it('shows a goal changed before a stale delete and does not offer to delete it unseen', async () => {
    const { conflict } = await deleteStale(goals.map((g) => (g.id === 'g-3' ? { ...g, status: 'ACHIEVED', version: 5 } : g)));
    expect(within(conflict).getByText('„Übergänge begleiten“ (Erreicht), an Stelle 2 der obersten Ebene')).toBeInTheDocument();
    expect(within(conflict).queryByRole('button', { name: 'Meine Änderung anwenden' })).not.toBeInTheDocument();
  });

  it('creates a sub-goal with owner and period typed the German way', async () => {
    const api = mockGraphQL({
      AgendaGoals: { data: { goals } },
      AgendaGoalOwners: owners,
      CreateGoal: (v) => ({ data: { createGoal: { id: 'g-new', title: v.input.title, version: 1 } } }),
    });
    const user = userEvent.setup();
    renderWithProviders(<GoalTreeSection allianceId="a-1" editable />);

    await user.click(await screen.findByRole('button', { name: 'Mehr zu „Übergänge begleiten“' }));
    await user.click(screen.getByRole('button', { name: 'Teilziel hinzufügen' }));
    const dialog = screen.getByRole('dialog', { name: 'Teilziel hinzufügen' });
    expect(dialog).toHaveTextContent('Das neue Ziel wird „Übergänge begleiten“ untergeordnet.');
    await user.type(within(dialog).getByLabelText('Titel'), 'Mentoring');
    const owner = within(dialog).getByLabelText(/Verantwortliche Organisation/);
    await waitFor(() => expect(owner).toBeEnabled());
    // Members who left cannot lead a goal.
    expect(within(owner).queryByRole('option', { name: 'Ehemalige e.V.' })).not.toBeInTheDocument();
    await user.selectOptions(owner, 'Jugendtreff Oststadt e.V.');
    await user.type(within(dialog).getByLabelText(/Beginn/), '01.02.2027');
    await user.click(within(dialog).getByRole('button', { name: 'Ziel anlegen' }));

    await waitFor(() => expect(api.callsOf('CreateGoal')).toHaveLength(1));
    expect(api.callsOf('CreateGoal')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', title: 'Mentoring', status: 'PLANNED', ownerMembershipId: 'm-2', parentId: 'g-3', periodStart: '2027-02-01' },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('refuses an end before the start without asking the API', async () => {
    const api = mockGraphQL({ AgendaGoals: { data: { goals } }, AgendaGoalOwners: owners });
    const user = userEvent.setup();
    renderWithProviders(<GoalTreeSection allianceId="a-1" editable />);

    await user.click(await screen.findByRole('button', { name: 'Ziel hinzufügen' }));
    const dialog = screen.getByRole('dialog', { name: 'Ziel hinzufügen' });
    await user.type(within(dialog).getByLabelText('Titel'), 'Neu');
    await user.type(within(dialog).getByLabelText(/Beginn/), '01.06.2027');
    await user.type(within(dialog).getByLabelText(/Ende/), '01.01.2027');
    await user.click(within(dialog).getByRole('button', { name: 'Ziel anlegen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Das Ende darf nicht vor dem Beginn liegen.');
    expect(api.callsOf('CreateGoal')).toHaveLength(0);
  });

  it('sends only changed fields, moves on a new parent, and re-applies after a conflict against the newest version', async () => {
    let stored = goals;
    let updates = 0;
    const api = mockGraphQL({
      AgendaGoals: () => ({ data: { goals: stored } }),
      AgendaGoalOwners: owners,
      UpdateGoal: (v) => {
        updates += 1;
        if (updates === 1) {
          // Someone else renamed it in the meantime.
          stored = goals.map((g) => (g.id === 'g-3' ? { ...g, title: 'Übergänge gestalten', version: 5 } : g));
          return gqlError('CONFLICT');
        }
        return { data: { updateGoal: { id: 'g-3', title: v.input.title, version: 6 } } };
      },
      MoveGoal: (v) => ({ data: { moveGoal: { id: 'g-3', title: 'x', parentId: v.input.parentId, position: 1, version: 7 } } }),
    });
    const user = userEvent.setup();
    renderWithProviders(<GoalTreeSection allianceId="a-1" editable />);

    await user.click(await screen.findByRole('button', { name: '„Übergänge begleiten“ bearbeiten' }));
    const dialog = screen.getByRole('dialog', { name: 'Ziel bearbeiten' });
    const title = within(dialog).getByLabelText('Titel');
    await user.clear(title);
    await user.type(title, 'Übergänge sichern');
    await user.selectOptions(within(dialog).getByLabelText(/Übergeordnetes Ziel/), 'Schulabschlüsse sichern');
    await user.click(within(dialog).getByRole('button', { name: 'Änderungen speichern' }));

    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(api.callsOf('UpdateGoal')[0]!.variables).toEqual({ input: { allianceId: 'a-1', goalId: 'g-3', version: 4, title: 'Übergänge sichern' } });
    await within(conflict).findByText('Übergänge gestalten');
    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung anwenden' }));

    await waitFor(() => expect(api.callsOf('MoveGoal')).toHaveLength(1));
    expect(api.callsOf('UpdateGoal')[1]!.variables).toEqual({ input: { allianceId: 'a-1', goalId: 'g-3', version: 5, title: 'Übergänge sichern' } });
    expect(api.callsOf('MoveGoal')[0]!.variables).toEqual({ input: { allianceId: 'a-1', goalId: 'g-3', version: 6, parentId: 'g-1', position: 100000 } });
  });

  it('explains why a goal in use cannot be deleted', async () => {
    mockGraphQL({ AgendaGoals: { data: { goals } }, DeleteGoal: gqlError('GOAL_IN_USE', 'server text') });
    const user = userEvent.setup();
    renderWithProviders(<GoalTreeSection allianceId="a-1" editable />);

    await user.click(await screen.findByRole('button', { name: 'Mehr zu „Schulabschlüsse sichern“' }));
    await user.click(screen.getByRole('button', { name: 'Löschen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Ziel löschen' });
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Setzen Sie es stattdessen auf „Verworfen“.');
  });
});
