import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { downloadPersonalData, EXPORT_FILE_NAME } from '../api/personal-data';
import { PersonalDataSection } from './personal-data-section';
import { SessionsSection } from './sessions-section';

const sessions = [
  {
    id: 's1',
    userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0',
    ip: '203.0.113.7',
    createdAt: '2026-12-01T08:00:00Z',
    lastSeenAt: '2026-12-07T08:00:00Z',
    current: true,
  },
  {
    id: 's2',
    userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    ip: '198.51.100.2',
    createdAt: '2026-11-30T08:00:00Z',
    lastSeenAt: '2026-12-06T18:00:00Z',
    current: false,
  },
  { id: 's3', userAgent: null, ip: null, createdAt: '2026-11-29T08:00:00Z', lastSeenAt: '2026-12-05T18:00:00Z', current: false },
];

describe('SessionsSection', () => {
  it('lists the own sessions with device, IP and the current one marked; signs out one or all others', async () => {
    const api = mockGraphQL({
      MySessions: { data: { mySessions: sessions } },
      RevokeMySession: { data: { revokeMySession: true } },
      RevokeMyOtherSessions: { data: { revokeMyOtherSessions: 2 } },
    });
    renderWithProviders(<SessionsSection />);
    await screen.findByText('Firefox 133 · Linux', { exact: false });
    const list = screen.getByRole('list', { name: 'Angemeldete Geräte' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('Firefox 133 · Linux');
    expect(items[0]).toHaveTextContent('Dieses Gerät');
    expect(items[0]).toHaveTextContent('IP-Adresse 203.0.113.7');
    expect(within(items[0]!).queryByRole('button')).toBeNull(); // the current session is signed out with "Abmelden" in the menu
    expect(items[2]).toHaveTextContent('Unbekanntes Gerät');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /^Sitzung beenden: Safari 17 · iOS/ }));
    await waitFor(() => expect(api.callsOf('RevokeMySession')).toHaveLength(1));
    expect(api.callsOf('RevokeMySession')[0]!.variables).toEqual({ input: { sessionId: 's2' } });

    await user.click(screen.getByRole('button', { name: 'Überall sonst abmelden' }));
    expect(await screen.findByText('2 andere Sitzungen wurden beendet.')).toBeInTheDocument();
    expect(api.callsOf('RevokeMyOtherSessions')).toHaveLength(1);
  });
});

describe('PersonalDataSection', () => {
  it('downloads the export as a JSON file', async () => {
    const exported = { account: { email: 'anna@example.org' }, seats: [] };
    mockGraphQL({ MyPersonalData: { data: { myPersonalData: exported } } });
    const save = vi.fn();
    await downloadPersonalData(save);
    expect(save).toHaveBeenCalledTimes(1);
    const [blob, name] = save.mock.calls[0]! as [Blob, string];
    expect(name).toBe(EXPORT_FILE_NAME);
    expect(blob.type).toBe('application/json');
    expect(JSON.parse(await blob.text())).toEqual(exported);
  });

  it('erases only after the password and the typed word, and says what is deleted and what is kept', async () => {
    const api = mockGraphQL({ EraseMyAccount: { data: { eraseMyAccount: true } } });
    const onErased = vi.fn();
    renderWithProviders(<PersonalDataSection onErased={onErased} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Konto löschen …' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Gelöscht werden: Ihre E-Mail-Adresse');
    expect(dialog).toHaveTextContent('Anonymisiert bleiben');
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    expect(api.callsOf('EraseMyAccount')).toHaveLength(0);

    await user.type(within(dialog).getByLabelText('Ihr Passwort'), 'richtig-geheim-123');
    await user.type(within(dialog).getByLabelText('Tippen Sie zur Bestätigung LÖSCHEN ein'), 'löschen');
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    await waitFor(() => expect(onErased).toHaveBeenCalled());
    expect(api.callsOf('EraseMyAccount')[0]!.variables).toEqual({ input: { password: 'richtig-geheim-123', confirm: 'LÖSCHEN' } });
  });

  it('a wrong password keeps the account and says so', async () => {
    mockGraphQL({ EraseMyAccount: gqlError('INVALID_CREDENTIALS', 'falsch') });
    const onErased = vi.fn();
    renderWithProviders(<PersonalDataSection onErased={onErased} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Konto löschen …' }));
    const dialog = await screen.findByRole('alertdialog');
    await user.type(within(dialog).getByLabelText('Ihr Passwort'), 'falsch');
    await user.type(within(dialog).getByLabelText('Tippen Sie zur Bestätigung LÖSCHEN ein'), 'LÖSCHEN');
    await user.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    expect(await within(dialog).findByText('Das Passwort ist falsch.')).toBeInTheDocument();
    expect(onErased).not.toHaveBeenCalled();
  });
});
