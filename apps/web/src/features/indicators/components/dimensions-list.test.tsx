import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { DimensionsList } from './dimensions-list';

const gender = {
  id: 'd-1',
  name: 'Geschlecht',
  version: 4,
  categories: [
    { id: 'c-1', name: 'weiblich' },
    { id: 'c-2', name: 'männlich' },
    { id: 'c-3', name: 'divers' },
  ],
};
const age = {
  id: 'd-2',
  name: 'Altersgruppe',
  version: 1,
  categories: [
    { id: 'c-4', name: 'unter 14' },
    { id: 'c-5', name: '14 bis 17' },
  ],
};

/** The page's state around the list: the header's "Merkmal anlegen" opens the create dialog. */
function Page({ canManage = true }: { canManage?: boolean }) {
  const [creating, setCreating] = useState(false);
  return (
    <>
      {canManage ? <button onClick={() => setCreating(true)}>Kopf: Merkmal anlegen</button> : null}
      <DimensionsList allianceId="a-1" canManage={canManage} creating={creating} onCreatingChange={setCreating} />
    </>
  );
}

async function openEdit(name: string) {
  const user = userEvent.setup({ delay: null });
  await user.click(await screen.findByRole('button', { name: `Bearbeiten – ${name}` }));
  return { user, dialog: within(screen.getByRole('dialog', { name: 'Merkmal bearbeiten' })) };
}

describe('DimensionsList', { timeout: 30_000 }, () => {
  it('lists the dimensions with their categories; only the backbone gets edit buttons', async () => {
    mockGraphQL({ IndicatorDimensionOptions: { data: { dimensions: [age, gender] } } });
    const { unmount } = renderWithProviders(<Page />);
    const table = await screen.findByRole('table', { name: '2 Merkmale mit Ausprägungen' });
    expect(within(table).getByRole('row', { name: /^Geschlecht weiblich, männlich, divers/ })).toBeInTheDocument();
    expect(within(table).getByRole('button', { name: 'Bearbeiten – Altersgruppe' })).toBeInTheDocument();
    unmount();

    renderWithProviders(<Page canManage={false} />);
    expect(await screen.findByRole('rowheader', { name: 'Geschlecht' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Bearbeiten/ })).not.toBeInTheDocument();
  });

  it('shows loading, then an empty state with a way to start, and a load error with retry', async () => {
    mockGraphQL({ IndicatorDimensionOptions: { data: { dimensions: [] } } });
    const { unmount } = renderWithProviders(<Page />);
    expect(screen.getByRole('status')).toHaveTextContent('Merkmale werden geladen');
    expect(await screen.findByRole('heading', { name: 'Noch keine Merkmale' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Merkmal anlegen' })).toBeInTheDocument();
    unmount();

    let fail = true;
    const api = mockGraphQL({ IndicatorDimensionOptions: () => (fail ? gqlError('INTERNAL_SERVER_ERROR', 'kaputt') : { data: { dimensions: [gender] } }) });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Page />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Die Merkmale konnten nicht geladen werden.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(await screen.findByRole('rowheader', { name: 'Geschlecht' })).toBeInTheDocument();
    expect(api.callsOf('IndicatorDimensionOptions')).toHaveLength(2);
  });

  it('creates a dimension with the shared form: refuses one category without sending, then sends exactly name and categories', async () => {
    const api = mockGraphQL({
      IndicatorDimensionOptions: { data: { dimensions: [gender] } },
      CreateDimension: (v) => ({ data: { createDimension: { id: 'd-9', name: v.input.name, version: 1, categories: [] } } }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Page />);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Kopf: Merkmal anlegen' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Merkmal anlegen' }));
    await user.click(dialog.getByRole('button', { name: 'Merkmal speichern' }));
    expect(dialog.getByLabelText('Merkmal')).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
    await user.type(dialog.getByLabelText('Merkmal'), 'Stadtteil');
    await user.type(dialog.getByLabelText(/^Ausprägungen/), 'Nord, nord');
    await user.click(dialog.getByRole('button', { name: 'Merkmal speichern' }));
    expect(dialog.getByText('Jede Ausprägung nur einmal angeben (Groß- und Kleinschreibung zählt nicht).')).toBeInTheDocument();
    expect(api.callsOf('CreateDimension')).toHaveLength(0);

    await user.clear(dialog.getByLabelText(/^Ausprägungen/));
    // Enter in a field saves, as in any form.
    await user.type(dialog.getByLabelText(/^Ausprägungen/), 'Nord, Süd ,Mitte{Enter}');
    await waitFor(() => expect(api.callsOf('CreateDimension')).toHaveLength(1));
    expect(api.callsOf('CreateDimension')[0]!.variables.input).toEqual({ allianceId: 'a-1', name: 'Stadtteil', categories: ['Nord', 'Süd', 'Mitte'] });
    expect(await screen.findByText('Das Merkmal „Stadtteil“ ist angelegt.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(api.callsOf('IndicatorDimensionOptions')).toHaveLength(2));
  });

  it('shows the API refusing a taken name at the name field', async () => {
    mockGraphQL({
      IndicatorDimensionOptions: { data: { dimensions: [gender] } },
      CreateDimension: gqlError('VALIDATION_FAILED', 'ungültig', { fields: [{ field: 'name', code: 'duplicate' }] }),
    });
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Page />);
    await screen.findByRole('table');
    await user.click(screen.getByRole('button', { name: 'Kopf: Merkmal anlegen' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Merkmal anlegen' }));
    await user.type(dialog.getByLabelText('Merkmal'), 'geschlecht');
    await user.type(dialog.getByLabelText(/^Ausprägungen/), 'a, b');
    await user.click(dialog.getByRole('button', { name: 'Merkmal speichern' }));
    await waitFor(() => expect(dialog.getByLabelText('Merkmal')).toHaveAccessibleDescription('Ein Merkmal mit diesem Namen gibt es schon.'));
  });

  it('renames the dimension and a category, adds one and removes one, sending the complete list with ids and version', async () => {
    const api = mockGraphQL({
      IndicatorDimensionOptions: { data: { dimensions: [gender] } },
      UpdateDimension: (v) => ({ data: { updateDimension: { id: 'd-1', name: v.input.name, version: 5, categories: [] } } }),
    });
    renderWithProviders(<Page />);
    const { user, dialog } = await openEdit('Geschlecht');
    expect(dialog.getByLabelText('Merkmal')).toHaveValue('Geschlecht');
    await user.clear(dialog.getByLabelText('Merkmal'));
    await user.type(dialog.getByLabelText('Merkmal'), 'Geschlecht (Selbstauskunft)');
    await user.clear(dialog.getByLabelText('Ausprägung 3'));
    await user.type(dialog.getByLabelText('Ausprägung 3'), 'divers/offen');
    await user.click(dialog.getByRole('button', { name: 'Entfernen – männlich' }));
    expect(dialog.getByText('Wird beim Speichern entfernt: männlich')).toBeInTheDocument();
    await user.click(dialog.getByRole('button', { name: 'Ausprägung hinzufügen' }));
    // The new row has the focus and says in words that it is new.
    expect(dialog.getByLabelText('Ausprägung 3')).toHaveFocus();
    expect(dialog.getByLabelText('Ausprägung 3')).toHaveAccessibleDescription('Neu');
    await user.keyboard('keine Angabe');
    await user.click(dialog.getByRole('button', { name: 'Änderungen speichern' }));

    await waitFor(() => expect(api.callsOf('UpdateDimension')).toHaveLength(1));
    expect(api.callsOf('UpdateDimension')[0]!.variables.input).toEqual({
      allianceId: 'a-1',
      dimensionId: 'd-1',
      version: 4,
      name: 'Geschlecht (Selbstauskunft)',
      categories: [
        { id: 'c-1', name: 'weiblich' },
        { id: 'c-3', name: 'divers/offen' },
        { id: null, name: 'keine Angabe' },
      ],
    });
    expect(await screen.findByText('Das Merkmal „Geschlecht (Selbstauskunft)“ ist gespeichert.')).toBeInTheDocument();
  });

  it('sends nothing while a category is empty, repeated, or fewer than two are left', async () => {
    const api = mockGraphQL({ IndicatorDimensionOptions: { data: { dimensions: [gender] } } });
    renderWithProviders(<Page />);
    const { user, dialog } = await openEdit('Geschlecht');
    await user.clear(dialog.getByLabelText('Ausprägung 1'));
    await user.type(dialog.getByLabelText('Ausprägung 3'), '{Backspace>6}Weiblich');
    await user.click(dialog.getByRole('button', { name: 'Änderungen speichern' }));
    expect(dialog.getByLabelText('Ausprägung 1')).toHaveAccessibleDescription('Bitte füllen Sie dieses Feld aus.');
    await user.type(dialog.getByLabelText('Ausprägung 1'), 'weiblich');
    expect(dialog.getByLabelText('Ausprägung 3')).toHaveAccessibleDescription('Jede Ausprägung nur einmal angeben (Groß- und Kleinschreibung zählt nicht).');
    await user.click(dialog.getByRole('button', { name: 'Entfernen – Weiblich' }));
    await user.click(dialog.getByRole('button', { name: 'Entfernen – männlich' }));
    await user.click(dialog.getByRole('button', { name: 'Änderungen speichern' }));
    expect(dialog.getByText('Ein Merkmal braucht mindestens zwei Ausprägungen.')).toBeInTheDocument();
    expect(api.callsOf('UpdateDimension')).toHaveLength(0);
  });

  it('explains in words when a removed category has reported values', async () => {
    mockGraphQL({
      IndicatorDimensionOptions: { data: { dimensions: [gender] } },
      UpdateDimension: gqlError('CATEGORY_IN_USE', 'in use', { params: { name: 'divers' } }),
    });
    renderWithProviders(<Page />);
    const { user, dialog } = await openEdit('Geschlecht');
    await user.click(dialog.getByRole('button', { name: 'Entfernen – divers' }));
    await user.click(dialog.getByRole('button', { name: 'Änderungen speichern' }));
    expect(await dialog.findByRole('alert')).toHaveTextContent(
      'Zur Ausprägung „divers“ gibt es schon gemeldete Werte, deshalb kann sie nicht entfernt werden. Sie können sie umbenennen.',
    );
    // The dialog stays open with the user's list, so they can put the category back.
    expect(dialog.queryByLabelText('Ausprägung 3')).not.toBeInTheDocument();
  });

  it('on a stale version shows stored and own state and re-applies on the new version when the categories are the same', async () => {
    // Meanwhile someone renamed "weiblich" to "Mädchen/Frauen" (version 5).
    const newer = { ...gender, version: 5, categories: [{ id: 'c-1', name: 'Mädchen/Frauen' }, gender.categories[1]!, gender.categories[2]!] };
    let stored = gender;
    const api = mockGraphQL({
      IndicatorDimensionOptions: () => ({ data: { dimensions: [stored] } }),
      UpdateDimension: (v) => (v.input.version === 5 ? { data: { updateDimension: { ...newer, version: 6, name: v.input.name } } } : gqlError('CONFLICT')),
    });
    renderWithProviders(<Page />);
    const { user, dialog } = await openEdit('Geschlecht');
    stored = newer;
    await user.type(dialog.getByLabelText('Ausprägung 3'), ' (offen)');
    await user.click(dialog.getByRole('button', { name: 'Änderungen speichern' }));

    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Jetzt gespeichert').nextElementSibling).toHaveTextContent('Geschlecht: Mädchen/Frauen, männlich, divers');
    expect(within(conflict).getByText('Ihre Änderung').nextElementSibling).toHaveTextContent('Geschlecht: weiblich, männlich, divers (offen)');
    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung anwenden' }));

    await waitFor(() => expect(api.callsOf('UpdateDimension')).toHaveLength(2));
    expect(api.callsOf('UpdateDimension')[1]!.variables.input).toEqual({
      allianceId: 'a-1',
      dimensionId: 'd-1',
      version: 5,
      name: 'Geschlecht',
      categories: [
        { id: 'c-1', name: 'weiblich' },
        { id: 'c-2', name: 'männlich' },
        { id: 'c-3', name: 'divers (offen)' },
      ],
    });
    expect(await screen.findByText('Das Merkmal „Geschlecht“ ist gespeichert.')).toBeInTheDocument();
  });

  it('offers only a reload when someone added a category meanwhile, and then edits the stored state', async () => {
    const newer = { ...gender, version: 5, categories: [...gender.categories, { id: 'c-9', name: 'keine Angabe' }] };
    let stored = gender;
    const api = mockGraphQL({
      IndicatorDimensionOptions: () => ({ data: { dimensions: [stored] } }),
      UpdateDimension: gqlError('CONFLICT'),
    });
    renderWithProviders(<Page />);
    const { user, dialog } = await openEdit('Geschlecht');
    stored = newer;
    await user.click(dialog.getByRole('button', { name: 'Entfernen – divers' }));
    await user.click(dialog.getByRole('button', { name: 'Änderungen speichern' }));

    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Jetzt gespeichert').nextElementSibling).toHaveTextContent('Geschlecht: weiblich, männlich, divers, keine Angabe');
    expect(within(conflict).queryByRole('button', { name: 'Meine Änderung anwenden' })).not.toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(dialog.getByLabelText('Ausprägung 3')).toHaveValue('divers');
    expect(dialog.getByLabelText('Ausprägung 4')).toHaveValue('keine Angabe');
    expect(api.callsOf('UpdateDimension')).toHaveLength(1);
  });
});
