import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import type { SettingsAlliance } from '../utils/alliance';
import { SettingsPage } from './settings-page';

const alliance: SettingsAlliance = {
  id: 'a-1',
  name: 'Bündnis Ausbildung Nord',
  kind: 'ALLIANCE',
  lifecycle: 'ACTIVE',
  problemStatement: 'Zu viele Jugendliche finden keinen Ausbildungsplatz.',
  vision: 'Jede und jeder hat eine Perspektive.',
  periodStart: '2026-01-01',
  periodEnd: '2028-12-31',
  guestComments: false,
  requireTwoFactorForAdmins: false,
  myIsAdmin: true,
  logoDataUrl: null,
  primaryColor: null,
  version: 3,
  myRole: 'BACKBONE',
};

const savedProfile = (input: Record<string, unknown>) => ({ data: { updateAllianceProfile: { ...alliance, ...input, version: 4 } } });

/** The API tokens section of an admin's page reads the tokens: none here. */
const noTokens = { ApiTokens: { data: { apiTokens: { totalCount: 0, pageInfo: { endCursor: null, hasNextPage: false }, nodes: [] } } } };

/** The public progress page's section reads its settings: never saved yet here. */
const noProgressPage = {
  PublicProgressSettings: {
    data: {
      publicProgressSettings: { allianceId: 'a-1', published: false, slug: null, goalIds: [], indicatorIds: [], version: 0 },
      goals: [],
      indicators: { nodes: [] },
    },
  },
};

const allianceReads = { Alliance: { data: { alliance } }, MyAlliances: { data: { myAlliances: [] } }, ...noTokens, ...noProgressPage };

/** Asks to conclude the alliance and confirms; the mocked API answers CONFLICT first. */
async function concludeStale() {
  const user = userEvent.setup();
  renderWithProviders(<SettingsPage alliance={alliance} />);
  await user.click(screen.getByRole('button', { name: 'Bündnis abschließen' }));
  await user.click(within(screen.getByRole('alertdialog', { name: 'Bündnis abschließen' })).getByRole('button', { name: 'Phase ändern' }));
  return { user, conflict: await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' }) };
}

describe('SettingsPage', { timeout: 30_000 }, () => {
  it('tells other roles that the settings belong to the backbone', () => {
    renderWithProviders(<SettingsPage alliance={{ ...alliance, myRole: 'PARTNER' }} />);
    expect(screen.getByText('Nur für die Geschäftsstelle')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Profil speichern' })).not.toBeInTheDocument();
  });

  it('saves only the changed profile fields with the version it saw', async () => {
    const api = mockGraphQL({
      AllianceDistricts: { data: { districts: [] } },
      UpdateAllianceProfile: (v) => savedProfile(v.input),
      Alliance: { data: { alliance } },
      MyAlliances: { data: { myAlliances: [] } },
      ...noTokens,
      ...noProgressPage,
    });
    const user = userEvent.setup();
    renderWithProviders(<SettingsPage alliance={alliance} />);

    const vision = screen.getByLabelText(/^Vision/);
    await user.clear(vision);
    await user.type(vision, 'Alle haben eine Perspektive.');
    await user.click(screen.getByRole('radio', { name: /Formelles Bündnis/ }));
    await user.click(screen.getByRole('checkbox', { name: /kommentieren/ }));
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));

    await waitFor(() => expect(api.callsOf('UpdateAllianceProfile')).toHaveLength(1));
    expect(api.callsOf('UpdateAllianceProfile')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', version: 3, kind: 'COALITION', vision: 'Alle haben eine Perspektive.', guestComments: true },
    });
    expect(await screen.findByText('Das Profil wurde gespeichert.')).toBeInTheDocument();
  });

  it('lets an admin require a second factor of admins; others see the switch but cannot change it', async () => {
    const api = mockGraphQL({ AllianceDistricts: { data: { districts: [] } }, UpdateAllianceProfile: (v) => savedProfile(v.input), ...allianceReads });
    const user = userEvent.setup();
    const { unmount } = renderWithProviders(<SettingsPage alliance={alliance} />);
    await user.click(screen.getByRole('checkbox', { name: 'Admins brauchen eine Zwei-Faktor-Anmeldung' }));
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));
    await waitFor(() => expect(api.callsOf('UpdateAllianceProfile')).toHaveLength(1));
    expect(api.callsOf('UpdateAllianceProfile')[0]!.variables).toEqual({ input: { allianceId: 'a-1', version: 3, requireTwoFactorForAdmins: true } });
    unmount();

    renderWithProviders(<SettingsPage alliance={{ ...alliance, myIsAdmin: false }} />);
    expect(screen.getByRole('checkbox', { name: 'Admins brauchen eine Zwei-Faktor-Anmeldung' })).toBeDisabled();
    expect(screen.getByText('Nur Admins der Geschäftsstelle können das ändern.')).toBeInTheDocument();
  });

  it('refuses a too short name before asking the API and opens the conflict dialog on CONFLICT', async () => {
    const api = mockGraphQL({
      AllianceDistricts: { data: { districts: [] } },
      UpdateAllianceProfile: gqlError('CONFLICT'),
      Alliance: { data: { alliance } },
      MyAlliances: { data: { myAlliances: [] } },
      ...noTokens,
      ...noProgressPage,
    });
    const user = userEvent.setup();
    renderWithProviders(<SettingsPage alliance={alliance} />);

    const name = screen.getByLabelText('Name des Bündnisses');
    await user.clear(name);
    await user.type(name, 'B');
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('mindestens zwei Zeichen');
    expect(api.callsOf('UpdateAllianceProfile')).toHaveLength(0);

    await user.type(name, 'ündnis Nord');
    await user.click(screen.getByRole('button', { name: 'Profil speichern' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(conflict).toHaveTextContent('Bündnis Nord');
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));
    expect(screen.getByLabelText('Name des Bündnisses')).toHaveValue('Bündnis Ausbildung Nord');
  });

  it('checks the colour contrast live, refuses a light colour and saves a dark one', async () => {
    const api = mockGraphQL({
      AllianceDistricts: { data: { districts: [] } },
      UpdateAllianceProfile: (v) => savedProfile(v.input),
      Alliance: { data: { alliance } },
      MyAlliances: { data: { myAlliances: [] } },
      ...noTokens,
      ...noProgressPage,
    });
    const user = userEvent.setup();
    renderWithProviders(<SettingsPage alliance={alliance} />);

    // Without a colour of its own, the default colour is shown as passing.
    expect(screen.getByText(/Kontrast zu weißer Schrift 7,9 : 1 – erfüllt WCAG AA/)).toBeInTheDocument();
    const code = screen.getByLabelText(/Farbcode/);
    await user.type(code, '#ffcc00');
    expect(screen.getByText(/nur 1,5 : 1 – zu gering/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Erscheinungsbild speichern' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Diese Farbe ist zu hell für weiße Schrift.');
    expect(api.callsOf('UpdateAllianceProfile')).toHaveLength(0);

    await user.clear(code);
    await user.type(code, '#8A1C7C');
    expect(screen.getByText(/8,2 : 1 – erfüllt WCAG AA/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Erscheinungsbild speichern' }));
    await waitFor(() => expect(api.callsOf('UpdateAllianceProfile')).toHaveLength(1));
    expect(api.callsOf('UpdateAllianceProfile')[0]!.variables).toEqual({ input: { allianceId: 'a-1', version: 3, primaryColor: '#8a1c7c' } });
  });

  it('explains a logo of the wrong type or size and sends a good one as a data URL', async () => {
    const api = mockGraphQL({
      AllianceDistricts: { data: { districts: [] } },
      UpdateAllianceProfile: (v) => savedProfile(v.input),
      Alliance: { data: { alliance } },
      MyAlliances: { data: { myAlliances: [] } },
      ...noTokens,
      ...noProgressPage,
    });
    const user = userEvent.setup({ applyAccept: false });
    renderWithProviders(<SettingsPage alliance={alliance} />);

    const input = screen.getByLabelText('Logo hochladen');
    await user.upload(input, new File(['GIF89a'], 'logo.gif', { type: 'image/gif' }));
    expect(await screen.findByText(/kein unterstütztes Bild/)).toBeInTheDocument();
    const big = new File([new Uint8Array(200 * 1024 + 1)], 'gross.png', { type: 'image/png' });
    await user.upload(input, big);
    expect(await screen.findByText(/größer als 200 kB/)).toBeInTheDocument();

    await user.upload(input, new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'logo.svg', { type: 'image/svg+xml' }));
    expect(await screen.findByRole('img', { name: 'Vorschau des Logos' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Erscheinungsbild speichern' }));
    await waitFor(() => expect(api.callsOf('UpdateAllianceProfile')).toHaveLength(1));
    expect((api.callsOf('UpdateAllianceProfile')[0]!.variables as { input: { logoDataUrl: string } }).input.logoDataUrl).toMatch(
      /^data:image\/svg\+xml;base64,/,
    );
  });

  it('asks before changing the phase and needs a new goal to renew', async () => {
    const api = mockGraphQL({
      ...noTokens,
      ...noProgressPage,
      ChangeAllianceLifecycle: (v) => ({
        data: {
          changeAllianceLifecycle: {
            alliance: { id: 'a-1', lifecycle: v.input.to, version: 4 },
            warnings: [{ code: 'GOAL_WITHOUT_TARGET', goalId: 'g-1', goalTitle: 'Praktika vermitteln' }],
          },
        },
      }),
      Alliance: { data: { alliance } },
      MyAlliances: { data: { myAlliances: [] } },
    });
    const user = userEvent.setup();
    renderWithProviders(<SettingsPage alliance={alliance} />);

    expect(screen.queryByRole('button', { name: 'Bündnis aktivieren' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mit neuem Ziel erneuern' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Mit neuem Ziel erneuern' });
    await user.click(within(dialog).getByRole('button', { name: 'Phase ändern' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('braucht das Bündnis ein neues Ziel');
    expect(api.callsOf('ChangeAllianceLifecycle')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Titel des neuen Ziels'), 'Ausbildung für alle');
    await user.click(within(dialog).getByRole('button', { name: 'Phase ändern' }));
    await waitFor(() => expect(api.callsOf('ChangeAllianceLifecycle')).toHaveLength(1));
    expect(api.callsOf('ChangeAllianceLifecycle')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', to: 'RENEWED', version: 3, renewalGoal: { title: 'Ausbildung für alle' } },
    });
    expect(await screen.findByText('Das Ziel „Praktika vermitteln“ hat noch keinen verknüpften Indikator mit Zielwert.')).toBeInTheDocument();
  });

  it('after a conflict shows the phase stored now and repeats a move it still allows with the newer version', async () => {
    const api = mockGraphQL({
      ...noTokens,
      ...noProgressPage,
      ChangeAllianceLifecycle: (v) =>
        v.input.version === 3
          ? gqlError('CONFLICT')
          : { data: { changeAllianceLifecycle: { alliance: { id: 'a-1', lifecycle: 'CONCLUDED', version: 5 }, warnings: [] } } },
      // Someone renewed the alliance meanwhile; concluding is still allowed from there.
      AllianceLifecycle: { data: { alliance: { id: 'a-1', lifecycle: 'RENEWED', version: 4 } } },
      ...allianceReads,
    });
    const { user, conflict } = await concludeStale();
    expect(within(conflict).getByText('Erneuert')).toBeInTheDocument();
    expect(within(conflict).getByText('Abgeschlossen')).toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung anwenden' }));

    await waitFor(() => expect(api.callsOf('ChangeAllianceLifecycle')).toHaveLength(2));
    expect(api.callsOf('ChangeAllianceLifecycle')[1]!.variables).toEqual({ input: { allianceId: 'a-1', to: 'CONCLUDED', version: 4 } });
  });

  it('offers only to reload when the new phase no longer allows the move', async () => {
    const api = mockGraphQL({
      ...noTokens,
      ...noProgressPage,
      ChangeAllianceLifecycle: gqlError('CONFLICT'),
      AllianceLifecycle: { data: { alliance: { id: 'a-1', lifecycle: 'CONCLUDED', version: 4 } } },
      ...allianceReads,
    });
    const { user, conflict } = await concludeStale();
    expect(within(conflict).getAllByText('Abgeschlossen')).toHaveLength(2);
    expect(within(conflict).queryByRole('button', { name: 'Meine Änderung anwenden' })).not.toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.callsOf('ChangeAllianceLifecycle')).toHaveLength(1);
  });
});
