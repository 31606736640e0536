import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { ApiTokensSection } from './api-tokens-section';

const SECRET = `gw_${'A'.repeat(43)}`;
const token = (o: Record<string, unknown>): Record<string, unknown> => ({
  id: 't-1',
  name: 'Statistik-Export',
  role: 'READ_ONLY',
  membershipId: null,
  memberName: null,
  tokenPrefix: 'gw_AbCdEf',
  createdByName: 'Berta Backbone',
  createdAt: '2026-12-01T09:00:00.000Z',
  expiresAt: '2027-03-01T23:00:00.000Z',
  lastUsedAt: null,
  revokedAt: null,
  ...o,
});
const page = (nodes: unknown[]) => ({ data: { apiTokens: { totalCount: nodes.length, pageInfo: { endCursor: null, hasNextPage: false }, nodes } } });
const members = {
  data: {
    members: [
      { id: 'm-2', role: 'PARTNER', state: 'ACTIVE', organisation: { id: 'o-2', name: 'Jugendwerk Nord e. V.' } },
      { id: 'm-3', role: 'PARTNER', state: 'LEFT', organisation: { id: 'o-3', name: 'Ausgetreten e. V.' } },
    ],
  },
};

describe('ApiTokensSection', { timeout: 30_000 }, () => {
  it('creates a reporting token for a chosen member and shows its secret once, with a copy button', async () => {
    let tokens = [token({})];
    const api = mockGraphQL({
      ApiTokens: () => page(tokens),
      TokenMembers: members,
      CreateApiToken: (v) => {
        tokens = [token({ id: 't-2', name: (v.input as any).name, role: 'REPORTING', memberName: 'Jugendwerk Nord e. V.' }), ...tokens];
        return { data: { createApiToken: { secret: SECRET, token: { id: 't-2', name: (v.input as any).name } } } };
      },
    });
    // user-event puts its own clipboard in place of the browser's.
    const user = userEvent.setup();
    renderWithProviders(<ApiTokensSection allianceId="a-1" />);

    expect(await screen.findByRole('listitem', { name: 'Statistik-Export' })).toHaveTextContent('noch nie');
    await user.type(screen.getByLabelText(/^Name/), 'Fachverfahren');
    await user.selectOptions(screen.getByLabelText(/^Berechtigung/), 'REPORTING');
    const member = await screen.findByLabelText(/^Partner-Organisation/);
    // Only active members can be chosen.
    expect(within(member).queryByText('Ausgetreten e. V.')).not.toBeInTheDocument();
    await user.selectOptions(member, 'm-2');
    const expiry = screen.getByLabelText(/^Gültig bis/);
    await user.clear(expiry);
    await user.type(expiry, '31.03.2027');
    await user.click(screen.getByRole('button', { name: 'API-Zugang anlegen' }));

    await waitFor(() => expect(api.callsOf('CreateApiToken')).toHaveLength(1));
    expect(api.callsOf('CreateApiToken')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', name: 'Fachverfahren', role: 'REPORTING', membershipId: 'm-2', expiresOn: '2027-03-31' },
    });
    expect(await screen.findByTestId('api-token-secret')).toHaveTextContent(SECRET);
    expect(screen.getByText(/nur dieses eine Mal angezeigt/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Kopieren' }));
    expect(await navigator.clipboard.readText()).toBe(SECRET);
    expect(await screen.findByText('Der Schlüssel ist in der Zwischenablage.')).toBeInTheDocument();
    expect(await screen.findByRole('listitem', { name: 'Fachverfahren' })).toHaveTextContent('Werte melden für Jugendwerk Nord e. V.');
    // Once hidden, the secret is gone for good.
    await user.click(screen.getByRole('button', { name: 'Fertig, Schlüssel ausblenden' }));
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
  });

  it("shows the API's field problems at the fields and sends a read-only token without member", async () => {
    const api = mockGraphQL({
      ApiTokens: page([]),
      CreateApiToken: gqlError('VALIDATION_FAILED', 'Bitte prüfen', { fields: [{ field: 'expiresOn', code: 'expiryTooLate' }] }),
    });
    const user = userEvent.setup();
    renderWithProviders(<ApiTokensSection allianceId="a-1" />);
    expect(await screen.findByText('Es gibt noch keinen API-Zugang.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Name/), 'Export');
    await user.click(screen.getByRole('button', { name: 'API-Zugang anlegen' }));
    expect(await screen.findByText('Höchstens ein Jahr ab heute.', { selector: '.field__error' })).toBeInTheDocument();
    const sent = api.callsOf('CreateApiToken')[0]!.variables.input as Record<string, unknown>;
    expect(sent).toMatchObject({ role: 'READ_ONLY', name: 'Export' });
    expect(sent).not.toHaveProperty('membershipId');
    expect(api.callsOf('TokenMembers')).toHaveLength(0);
  });

  it('revokes only after confirmation; revoked and expired tokens offer no revoke', async () => {
    let tokens = [
      token({}),
      token({ id: 't-9', name: 'Alt', revokedAt: '2026-11-01T10:00:00.000Z' }),
      token({ id: 't-8', name: 'Abgelaufen', expiresAt: '2026-01-01T00:00:00.000Z' }),
    ];
    const api = mockGraphQL({
      ApiTokens: () => page(tokens),
      RevokeApiToken: () => {
        tokens = tokens.map((t) => (t.id === 't-1' ? { ...t, revokedAt: '2026-12-07T10:00:00.000Z' } : t));
        return { data: { revokeApiToken: { id: 't-1', revokedAt: '2026-12-07T10:00:00.000Z' } } };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<ApiTokensSection allianceId="a-1" />);
    const active = await screen.findByRole('listitem', { name: 'Statistik-Export' });
    expect(within(screen.getByRole('listitem', { name: 'Alt' })).getByText('Widerrufen')).toBeInTheDocument();
    expect(within(screen.getByRole('listitem', { name: 'Alt' })).queryByRole('button')).not.toBeInTheDocument();
    expect(within(screen.getByRole('listitem', { name: 'Abgelaufen' })).getByText('Abgelaufen', { selector: '.badge, .badge *' })).toBeInTheDocument();

    await user.click(within(active).getByRole('button', { name: 'Widerrufen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'API-Zugang widerrufen' });
    await user.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(api.callsOf('RevokeApiToken')).toHaveLength(0);

    await user.click(within(active).getByRole('button', { name: 'Widerrufen' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Widerrufen' }));
    await waitFor(() => expect(api.callsOf('RevokeApiToken')).toHaveLength(1));
    expect(api.callsOf('RevokeApiToken')[0]!.variables).toEqual({ input: { allianceId: 'a-1', apiTokenId: 't-1' } });
    await waitFor(() => expect(within(screen.getByRole('listitem', { name: 'Statistik-Export' })).queryByRole('button')).not.toBeInTheDocument());
    expect(await screen.findByText(/Der API-Zugang „Statistik-Export“ ist widerrufen./)).toBeInTheDocument();
  });
});
