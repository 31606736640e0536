import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { DistrictsSection } from './districts-section';

const district = (id: string, name: string, over: Record<string, unknown> = {}) => ({ id, name, version: 1, hasShape: false, activityCount: 0, ...over });
const square = JSON.stringify({
  type: 'Polygon',
  coordinates: [
    [
      [9.99, 53.55],
      [10.01, 53.55],
      [10.01, 53.56],
      [9.99, 53.55],
    ],
  ],
});

describe('DistrictsSection', { timeout: 20_000 }, () => {
  it('lists the districts with shape and activity count, and adds one with a GeoJSON file', async () => {
    let list = [district('d-1', 'Oststadt', { hasShape: true, activityCount: 4 })];
    const api = mockGraphQL({
      AllianceDistricts: () => ({ data: { districts: list } }),
      CreateDistrict: (v) => {
        const created = district('d-2', v.input.name, { hasShape: v.input.geojson !== null });
        list = [...list, created];
        return { data: { createDistrict: created } };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<DistrictsSection allianceId="a-1" />);

    const row = (await screen.findByRole('rowheader', { name: 'Oststadt' })).closest('tr')!;
    expect(within(row).getByText('hinterlegt')).toBeInTheDocument();
    expect(within(row).getByText('4')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name'), 'Weststadt');
    await user.upload(screen.getByLabelText(/Umriss als GeoJSON-Datei/), new File([square], 'weststadt.geojson', { type: 'application/geo+json' }));
    expect(screen.getByText('Gewählt: weststadt.geojson')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Hinzufügen' }));

    await waitFor(() => expect(api.callsOf('CreateDistrict')[0]!.variables.input).toEqual({ allianceId: 'a-1', name: 'Weststadt', geojson: square }));
    expect(await screen.findByText('„Weststadt“ wurde hinzugefügt.')).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'Weststadt' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('');
  });

  it('names the problem of a refused file at the field', async () => {
    mockGraphQL({
      AllianceDistricts: { data: { districts: [] } },
      CreateDistrict: gqlError('VALIDATION_FAILED', 'Bitte prüfen', { fields: [{ field: 'geojson', code: 'geojsonNotWgs84' }] }),
    });
    const user = userEvent.setup();
    renderWithProviders(<DistrictsSection allianceId="a-1" />);
    expect(await screen.findByText(/Noch keine Stadtteile/)).toBeInTheDocument();
    await user.type(screen.getByLabelText('Name'), 'Hafen');
    await user.upload(screen.getByLabelText(/Umriss als GeoJSON-Datei/), new File(['{}'], 'hafen.json'));
    await user.click(screen.getByRole('button', { name: 'Hinzufügen' }));
    expect(await screen.findByText(/Längen- und Breitengrade sein \(WGS 84\)/)).toBeInTheDocument();
  });

  it('deletes a district in use only by moving its activities to another one', async () => {
    const api = mockGraphQL({
      AllianceDistricts: { data: { districts: [district('d-1', 'Ost-Stadt', { activityCount: 2 }), district('d-2', 'Oststadt')] } },
      DeleteDistrict: { data: { deleteDistrict: { id: 'd-1', movedActivities: 2 } } },
    });
    const user = userEvent.setup();
    renderWithProviders(<DistrictsSection allianceId="a-1" />);
    await user.click(await screen.findByRole('button', { name: 'Ost-Stadt löschen' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(/2 Aktivitäten liegen in diesem Stadtteil/)).toBeInTheDocument();
    // Without a choice nothing is sent.
    await user.click(within(dialog).getByRole('button', { name: 'Verschieben und löschen' }));
    expect(api.callsOf('DeleteDistrict')).toHaveLength(0);
    await user.selectOptions(within(dialog).getByLabelText('Aktivitäten verschieben nach'), 'Oststadt');
    await user.click(within(dialog).getByRole('button', { name: 'Verschieben und löschen' }));
    await waitFor(() => expect(api.callsOf('DeleteDistrict')[0]!.variables.input).toEqual({ allianceId: 'a-1', districtId: 'd-1', moveActivitiesTo: 'd-2' }));
    expect(await screen.findByText('„Ost-Stadt“ wurde gelöscht; 2 Aktivitäten liegen jetzt in „Oststadt“.')).toBeInTheDocument();
  });

  it('renames with the version it opened and removes the shape on request', async () => {
    const api = mockGraphQL({
      AllianceDistricts: { data: { districts: [district('d-1', 'Nordviertel', { version: 3, hasShape: true })] } },
      UpdateDistrict: (v) => ({ data: { updateDistrict: district('d-1', v.input.name, { version: 4 }) } }),
    });
    const user = userEvent.setup();
    renderWithProviders(<DistrictsSection allianceId="a-1" />);
    await user.click(await screen.findByRole('button', { name: 'Nordviertel bearbeiten' }));
    const dialog = await screen.findByRole('dialog');
    const name = within(dialog).getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Nordstadt');
    await user.click(within(dialog).getByLabelText('Umriss entfernen'));
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() =>
      expect(api.callsOf('UpdateDistrict')[0]!.variables.input).toEqual({ allianceId: 'a-1', districtId: 'd-1', version: 3, name: 'Nordstadt', geojson: null }),
    );
    expect(await screen.findByText('„Nordstadt“ wurde gespeichert.')).toBeInTheDocument();
  });
});
