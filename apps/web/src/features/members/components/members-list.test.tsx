import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixtures, gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import type { Viewer } from '../utils/viewer';
import { MembersList } from './members-list';

const backbone: Viewer = { role: 'BACKBONE', isAdmin: true, membershipId: 'm-1', organisationName: 'Jugendwerk Nord e. V.' };
const partner: Viewer = { role: 'PARTNER', isAdmin: true, membershipId: 'm-2', organisationName: 'Agentur für Arbeit Hamburg' };

/** Opens the agency's role dialog and saves „Beobachter“. */
async function makeAgencyObserver(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Rolle ändern – Agentur für Arbeit Hamburg' }));
  await user.click(within(screen.getByRole('dialog')).getByRole('radio', { name: /Beobachter/ }));
  await user.click(screen.getByRole('button', { name: 'Rolle speichern' }));
}

describe('MembersList', () => {
  it("names each member's people (names only) under the people count", async () => {
    mockGraphQL({
      Members: { data: { members: fixtures.members } },
      MemberPeople: {
        data: {
          memberPeople: [
            { membershipId: 'm-2', userId: 'u-1', name: 'Petra Paulsen', isAdmin: true },
            { membershipId: 'm-2', userId: 'u-2', name: 'Karl Kollege', isAdmin: false },
          ],
        },
      },
    });
    renderWithProviders(<MembersList allianceId="a-1" viewer={backbone} />);
    const people = await screen.findByRole('list', { name: 'Personen von Agentur für Arbeit Hamburg' });
    const names = within(people).getAllByRole('listitem');
    expect(names.map((n) => n.textContent)).toEqual(['Petra Paulsen · Verwaltung', 'Karl Kollege']);
    expect(screen.queryByRole('list', { name: 'Personen von Jugendwerk Nord e. V.' })).not.toBeInTheDocument();
  });

  it('lists organisations with role, state and joining date in German', async () => {
    mockGraphQL({ Members: { data: { members: fixtures.members } } });
    renderWithProviders(<MembersList allianceId="a-1" viewer={partner} />);

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const first = within(rows[1]!);
    expect(first.getByRole('rowheader')).toHaveTextContent('Jugendwerk Nord e. V.');
    expect(first.getByText('Geschäftsstelle')).toBeInTheDocument();
    expect(first.getByText('Aktiv')).toBeInTheDocument();
    expect(first.getByText('15.01.2026')).toBeInTheDocument();
    expect(within(rows[3]!).getByText('Eingeladen')).toBeInTheDocument();
    expect(within(rows[2]!).getByText('Ihre Organisation')).toBeInTheDocument();
    // Partners see the list but get no role controls.
    expect(screen.queryByRole('button', { name: /Rolle ändern/ })).not.toBeInTheDocument();
  });

  it('lets the backbone change a role, sending the version it saw', async () => {
    const api = mockGraphQL({
      Members: { data: { members: fixtures.members } },
      ChangeMemberRole: (v) => ({ data: { changeMemberRole: { id: v.input.membershipId, role: v.input.role, state: 'ACTIVE', version: 4 } } }),
    });
    const user = userEvent.setup();
    renderWithProviders(<MembersList allianceId="a-1" viewer={backbone} />);

    await user.click(await screen.findByRole('button', { name: 'Rolle ändern – Agentur für Arbeit Hamburg' }));
    const dialog = screen.getByRole('dialog', { name: 'Rolle ändern' });
    await user.click(within(dialog).getByRole('radio', { name: /Förderer/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Rolle speichern' }));

    await waitFor(() => expect(api.callsOf('ChangeMemberRole')).toHaveLength(1));
    expect(api.callsOf('ChangeMemberRole')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', membershipId: 'm-2', role: 'FUNDER', version: 3 },
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The list is fetched again after the change.
    await waitFor(() => expect(api.callsOf('Members').length).toBeGreaterThan(1));
  });

  it('shows the role stored now after a conflict and re-applies the change with the new version', async () => {
    let stored: unknown[] = fixtures.members;
    const api = mockGraphQL({
      Members: () => ({ data: { members: stored } }),
      ChangeMemberRole: (v) => {
        if (v.input.version === 3) {
          // Someone else made the agency a funder in the meantime.
          stored = fixtures.members.map((m) => (m.id === 'm-2' ? { ...m, role: 'FUNDER', version: 4 } : m));
          return gqlError('CONFLICT', 'Die Mitgliedschaft wurde inzwischen von jemand anderem geändert.');
        }
        return { data: { changeMemberRole: { id: v.input.membershipId, role: v.input.role, state: 'ACTIVE', version: 5 } } };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<MembersList allianceId="a-1" viewer={backbone} />);

    await makeAgencyObserver(user);

    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Förderer, Aktiv')).toBeInTheDocument();
    expect(within(conflict).getByText('Beobachter')).toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung anwenden' }));

    await waitFor(() => expect(api.callsOf('ChangeMemberRole')).toHaveLength(2));
    expect(api.callsOf('ChangeMemberRole')[1]!.variables).toEqual({ input: { allianceId: 'a-1', membershipId: 'm-2', role: 'OBSERVER', version: 4 } });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
  });

  it('offers only to reload when the member has left in the meantime', async () => {
    let stored: unknown[] = fixtures.members;
    const api = mockGraphQL({
      Members: () => ({ data: { members: stored } }),
      ChangeMemberRole: () => {
        stored = fixtures.members.map((m) => (m.id === 'm-2' ? { ...m, state: 'LEFT', leftAt: '2026-03-01T10:00:00.000Z', version: 4 } : m));
        return gqlError('CONFLICT', 'Die Mitgliedschaft wurde inzwischen von jemand anderem geändert.');
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<MembersList allianceId="a-1" viewer={backbone} />);

    await makeAgencyObserver(user);

    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Partner, Ausgetreten')).toBeInTheDocument();
    expect(within(conflict).queryByRole('button', { name: 'Meine Änderung anwenden' })).not.toBeInTheDocument();
    const before = api.callsOf('Members').length;
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));

    await waitFor(() => expect(api.callsOf('Members').length).toBe(before + 1));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.callsOf('ChangeMemberRole')).toHaveLength(1);
  });

  it('explains when the last backbone would lose its role', async () => {
    mockGraphQL({
      Members: { data: { members: fixtures.members } },
      ChangeMemberRole: gqlError('LAST_BACKBONE', 'server text'),
    });
    const user = userEvent.setup();
    renderWithProviders(<MembersList allianceId="a-1" viewer={backbone} />);

    await user.click(await screen.findByRole('button', { name: 'Rolle ändern – Jugendwerk Nord e. V.' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('radio', { name: /Partner/ }));
    await user.click(screen.getByRole('button', { name: 'Rolle speichern' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Das Bündnis braucht mindestens eine Geschäftsstelle.');
    expect(screen.getByRole('dialog', { name: 'Rolle ändern' })).toBeInTheDocument();
  });
});
