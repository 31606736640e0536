import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { UnsubscribeResult } from './unsubscribe-result';

describe('UnsubscribeResult', () => {
  it('unsubscribes with the token from the link at once and names the kind', async () => {
    const api = mockGraphQL({ Unsubscribe: { data: { unsubscribe: { kind: 'VALUE_REJECTED' } } } });
    renderWithProviders(<UnsubscribeResult token="u.VALUE_REJECTED.sig" />);
    expect(await screen.findByText(/keine E-Mails der Art „Wert zurückgegeben“ mehr/)).toBeInTheDocument();
    expect(api.callsOf('Unsubscribe')).toHaveLength(1);
    expect(api.callsOf('Unsubscribe')[0]!.variables).toEqual({ input: { token: 'u.VALUE_REJECTED.sig' } });
    expect(screen.getByRole('link', { name: 'Alle Einstellungen' })).toHaveAttribute('href', '/account');
  });

  it('says so when the link is not valid', async () => {
    mockGraphQL({ Unsubscribe: gqlError('UNSUBSCRIBE_LINK_INVALID', 'Dieser Abmeldelink ist ungültig.') });
    renderWithProviders(<UnsubscribeResult token="kaputt" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Dieser Abmeldelink ist ungültig.');
  });
});
