import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { actionItem, logContext } from '../testing/fixtures';
import { NewLogEntry } from './new-log-entry';

const partner = { role: 'PARTNER' as const, membershipId: 'm-2' };

describe('NewLogEntry', { timeout: 30_000 }, () => {
  it('checks the fields, then writes the entry and its action items (a partner assigns its own organisation)', async () => {
    const api = mockGraphQL({
      LogContext: logContext,
      CreateLogEntry: { data: { createLogEntry: { id: 'e-42', version: 1 } } },
      CreateActionItem: (v) => ({ data: { createActionItem: actionItem({ id: 'ai-9', title: v.input.title }) } }),
    });
    const user = userEvent.setup();
    renderWithProviders(<NewLogEntry allianceId="a-1" viewer={partner} />);

    // Announcements are the backbone's.
    expect(await screen.findByRole('radio', { name: /Konflikt/ })).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: /Ankündigung/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: /Entscheidung/ }));
    expect(screen.getByLabelText(/^Beschluss/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Aufgabe hinzufügen' }));
    const row = screen.getByRole('group', { name: 'Aufgabe 1' });
    // On its own entry a partner may assign any active member; its own organisation comes preselected.
    const owner = within(row).getByRole('combobox', { name: 'Verantwortlich' });
    expect(owner).toHaveValue('m-2');
    expect(within(owner).getAllByRole('option')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Eintrag speichern' }));
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveAccessibleDescription(/Bitte füllen Sie dieses Feld aus/);
    expect(within(row).getByRole('textbox', { name: 'Aufgabe' })).toHaveAccessibleDescription(/Bitte füllen Sie dieses Feld aus/);
    expect(api.callsOf('CreateLogEntry')).toHaveLength(0);

    await user.type(screen.getByRole('textbox', { name: 'Titel' }), 'Lesezeit wird verlängert');
    const date = screen.getByRole('textbox', { name: /Datum der Entscheidung/ });
    await user.clear(date);
    await user.type(date, '3.12.2026');
    await user.click(screen.getByRole('checkbox', { name: 'Heinrich-Vogel-Stiftung' }));
    await user.click(screen.getByRole('checkbox', { name: 'Lesen in der Oststadt' }));
    await user.type(within(row).getByRole('textbox', { name: 'Aufgabe' }), 'Raum anfragen');
    await user.type(within(row).getByRole('textbox', { name: /Fällig am/ }), '15.01.2027');
    await user.click(screen.getByRole('button', { name: 'Eintrag speichern' }));

    await waitFor(() => expect(api.callsOf('CreateActionItem')).toHaveLength(1));
    expect(api.callsOf('CreateLogEntry')[0]!.variables).toEqual({
      input: {
        allianceId: 'a-1',
        type: 'DECISION',
        title: 'Lesezeit wird verlängert',
        occurredOn: '2026-12-03',
        participantMembershipIds: ['m-3'],
        goalIds: ['g-1'],
        indicatorIds: [],
      },
    });
    expect(api.callsOf('CreateActionItem')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', logEntryId: 'e-42', title: 'Raum anfragen', ownerMembershipId: 'm-2', dueOn: '2027-01-15' },
    });
  });
});
