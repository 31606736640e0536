import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import type { Activity } from '../api/get-activity';
import type { ActivityOptions } from '../api/get-activity-options';
import { activity, districts, goals, members } from '../testing/fixtures';
import { ActivityForm } from './activity-form';

const opts = { goals, members, indicators: [{ id: 'i-1', name: 'Kinder in Leseförderung' }], districts } as unknown as ActivityOptions;
const partner = { role: 'PARTNER' as const, membershipId: 'm-2' };
const backbone = { role: 'BACKBONE' as const, membershipId: 'm-1' };

// Typing whole forms is slow on a busy machine; the default 5 s is too tight.
describe('ActivityForm', { timeout: 20_000 }, () => {
  it('creates a partner activity with German dates and numbers, goals and target groups', async () => {
    const api = mockGraphQL({ CreateActivity: { data: { createActivity: { id: 'new-1', title: 'Lesecafé', status: 'PLANNED', version: 1 } } } });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<ActivityForm allianceId="a-1" viewer={partner} options={opts} onSaved={onSaved} cancelTo="/a/a-1/activities" />);

    // Partners act for their own organisation: no owner choice.
    expect(screen.queryByLabelText('Durchführende Organisation')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('Titel'), 'Lesecafé');
    await user.type(screen.getByLabelText(/^Zielgruppen/), 'Grundschulkinder, Eltern');
    await user.selectOptions(screen.getByLabelText(/^Stadtteil/), 'Oststadt');
    await user.type(screen.getByLabelText(/^Beginn/), '01.02.2027');
    await user.type(screen.getByLabelText(/^Ende/), '30.06.2027');
    await user.type(screen.getByLabelText(/^Budget in Euro/), '1.500,50');
    await user.click(screen.getByRole('checkbox', { name: 'Leseförderung Oststadt' }));
    await user.click(screen.getByRole('checkbox', { name: 'Kinder in Leseförderung' }));
    await user.click(screen.getByRole('button', { name: 'Aktivität anlegen' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('new-1'), { timeout: 5000 });
    expect(api.callsOf('CreateActivity')[0]!.variables.input).toEqual({
      allianceId: 'a-1',
      title: 'Lesecafé',
      description: '',
      targetGroups: ['Grundschulkinder', 'Eltern'],
      districtId: 'd-1',
      place: null,
      periodStart: '2027-02-01',
      periodEnd: '2027-06-30',
      goalIds: ['g-2'],
      indicatorIds: ['i-1'],
      resources: '',
      budgetEur: 1500.5,
      staffHoursPerMonth: null,
      status: 'PLANNED',
    });
  });

  it('lets the backbone create for another member', async () => {
    const api = mockGraphQL({ CreateActivity: { data: { createActivity: { id: 'new-2', title: 'x', status: 'RUNNING', version: 1 } } } });
    const user = userEvent.setup();
    renderWithProviders(<ActivityForm allianceId="a-1" viewer={backbone} options={opts} onSaved={() => {}} cancelTo="/" />);
    await user.type(screen.getByLabelText('Titel'), 'Sprachcafé');
    await user.selectOptions(screen.getByLabelText('Durchführende Organisation'), 'm-3');
    await user.selectOptions(screen.getByLabelText('Status zu Beginn'), 'RUNNING');
    await user.click(screen.getByRole('button', { name: 'Aktivität anlegen' }));
    await waitFor(() => expect(api.callsOf('CreateActivity')).toHaveLength(1), { timeout: 5000 });
    expect(api.callsOf('CreateActivity')[0]!.variables.input).toMatchObject({ membershipId: 'm-3', status: 'RUNNING', title: 'Sprachcafé' });
  });

  it('refuses an empty title and an end before the start without calling the API', async () => {
    const api = mockGraphQL({});
    const user = userEvent.setup();
    renderWithProviders(<ActivityForm allianceId="a-1" viewer={partner} options={opts} onSaved={() => {}} cancelTo="/" />);
    await user.type(screen.getByLabelText(/^Beginn/), '01.05.2027');
    await user.type(screen.getByLabelText(/^Ende/), '01.04.2027');
    await user.click(screen.getByRole('button', { name: 'Aktivität anlegen' }));
    expect(screen.getByText('Bitte geben Sie einen Titel ein.')).toBeInTheDocument();
    expect(screen.getByText('Das Ende darf nicht vor dem Beginn liegen.')).toBeInTheDocument();
    expect(screen.getByLabelText('Titel')).toHaveAttribute('aria-invalid', 'true');
    expect(api.calls).toHaveLength(0);
  });

  it('edits with the version it started from and, on a conflict, re-applies the change on the newest version', async () => {
    const current = activity() as unknown as Activity;
    let updates = 0;
    const api = mockGraphQL({
      UpdateActivity: (v) =>
        updates++ === 0 ? gqlError('CONFLICT') : { data: { updateActivity: { id: 'act-1', title: v.input.title, status: 'RUNNING', version: 5 } } },
      Activity: { data: { activity: { ...current, title: 'Lesezeit (neu)', version: 4 } } },
    });
    const onSaved = vi.fn();
    const user = userEvent.setup();
    renderWithProviders(<ActivityForm allianceId="a-1" viewer={partner} options={opts} activity={current} onSaved={onSaved} cancelTo="/" />);

    expect(screen.getByLabelText('Titel')).toHaveValue('Lesezeit im Jugendtreff');
    expect(screen.getByLabelText(/^Beginn/)).toHaveValue('01.09.2025');
    expect(screen.getByRole('checkbox', { name: 'Leseförderung Oststadt' })).toBeChecked();
    await user.clear(screen.getByLabelText('Titel'));
    await user.type(screen.getByLabelText('Titel'), 'Lesezeit am Nachmittag');
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    const dialog = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(api.callsOf('UpdateActivity')[0]!.variables.input).toMatchObject({ activityId: 'act-1', version: 3, title: 'Lesezeit am Nachmittag' });
    await within(dialog).findByText('Lesezeit (neu)');
    await user.click(within(dialog).getByRole('button', { name: 'Meine Änderung anwenden' }));

    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('act-1'));
    expect(api.callsOf('UpdateActivity')[1]!.variables.input).toMatchObject({ version: 4, title: 'Lesezeit am Nachmittag' });
  });

  it('shows a clear message when the API refuses the edit', async () => {
    mockGraphQL({ UpdateActivity: gqlError('FORBIDDEN') });
    const user = userEvent.setup();
    renderWithProviders(
      <ActivityForm allianceId="a-1" viewer={partner} options={opts} activity={activity() as unknown as Activity} onSaved={() => {}} cancelTo="/" />,
    );
    await user.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Diese Aktivität dürfen nur die durchführende Organisation und die Geschäftsstelle bearbeiten.');
  });
});
