import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { PublicProgressSection } from './public-progress-section';

const settings = (o: Record<string, unknown> = {}) => ({
  data: {
    publicProgressSettings: { allianceId: 'a-1', published: false, slug: null, goalIds: [], indicatorIds: [], version: 0, ...o },
    goals: [
      { id: 'g1', title: 'Mehr Jugendliche in Ausbildung', depth: 0 },
      { id: 'g2', title: 'Beratung an allen Schulen', depth: 1 },
    ],
    indicators: { nodes: [{ id: 'i1', code: 'T1', name: 'Teilnehmende an Beratungen' }] },
  },
});

describe('PublicProgressSection', { timeout: 30_000 }, () => {
  it('publishes with a suggested address and the chosen goals and indicators, then shows the link and the iframe code to copy', async () => {
    let stored = settings();
    const api = mockGraphQL({
      PublicProgressSettings: () => stored,
      UpdatePublicProgress: (v) => {
        const input = v.input as Record<string, unknown>;
        stored = settings({ ...input, version: 1 });
        return { data: { updatePublicProgress: stored.data.publicProgressSettings } };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<PublicProgressSection allianceId="a-1" allianceName="Bildungsbündnis Nord" />);

    const address = await screen.findByLabelText(/Adresse der Seite/);
    expect(address).toHaveValue('bildungsbuendnis-nord');
    await user.click(screen.getByLabelText('Seite veröffentlichen (ohne Anmeldung für alle sichtbar)'));
    await user.click(screen.getByLabelText('Mehr Jugendliche in Ausbildung'));
    await user.click(screen.getByLabelText('T1 · Teilnehmende an Beratungen'));
    await user.click(screen.getByRole('button', { name: 'Fortschrittsseite speichern' }));

    expect(await screen.findByText('Gespeichert. Die Seite ist öffentlich.')).toBeInTheDocument();
    expect(api.callsOf('UpdatePublicProgress')[0].variables.input).toEqual({
      allianceId: 'a-1',
      version: 0,
      published: true,
      slug: 'bildungsbuendnis-nord',
      goalIds: ['g1'],
      indicatorIds: ['i1'],
    });
    expect(screen.getByRole('link', { name: `${window.location.origin}/fortschritt/bildungsbuendnis-nord` })).toBeInTheDocument();
    const code = screen.getByLabelText('Code zum Einbinden') as HTMLTextAreaElement;
    expect(code.value).toContain(`src="${window.location.origin}/fortschritt/bildungsbuendnis-nord/embed"`);
    await user.click(screen.getByRole('button', { name: 'Code kopieren' }));
    expect(await screen.findByText('Code kopiert.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(code.value);
  });

  it('refuses a malformed address before asking the API and shows a taken one at the field', async () => {
    const api = mockGraphQL({
      PublicProgressSettings: settings(),
      UpdatePublicProgress: gqlError('VALIDATION_FAILED', 'Bitte prüfen Sie Ihre Eingaben.', { fields: [{ field: 'slug', code: 'slugTaken' }] }),
    });
    const user = userEvent.setup();
    renderWithProviders(<PublicProgressSection allianceId="a-1" allianceName="Nord" />);
    const address = await screen.findByLabelText(/Adresse der Seite/);
    await user.clear(address);
    await user.type(address, 'a');
    expect(screen.getByText('Nur Kleinbuchstaben a–z, Ziffern und Bindestriche, 2 bis 63 Zeichen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fortschrittsseite speichern' }));
    expect(api.callsOf('UpdatePublicProgress')).toHaveLength(0);
    await user.type(address, 'nderswo');
    await user.click(screen.getByRole('button', { name: 'Fortschrittsseite speichern' }));
    expect(await screen.findByText('Diese Adresse ist schon vergeben. Bitte wählen Sie eine andere.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Öffentliche Fortschrittsseite' })).queryByText('Nicht gespeichert')).not.toBeInTheDocument();
  });
});
