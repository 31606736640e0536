import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { DeadLetters } from './dead-letters';

const letter = {
  id: 'm-1',
  kind: 'PASSWORD_RESET',
  toAddress: 'anna.berger@example.org',
  subject: 'Neues Passwort für Gemeinwerk festlegen',
  attempts: 8,
  lastError: '550 mailbox unavailable',
  createdAt: '2026-12-01T09:00:00Z',
  deadAt: '2026-12-01T10:00:00Z',
};

describe('DeadLetters', () => {
  it('lists undeliverable mails with the server answer and delivers one again', async () => {
    let requeued = false;
    const api = mockGraphQL({
      DeadLetters: () => ({ data: { mailDeadLetters: requeued ? [] : [letter] } }),
      RequeueDeadLetter: () => {
        requeued = true;
        return { data: { requeueDeadLetter: true } };
      },
    });
    renderWithProviders(<DeadLetters />);
    const row = (await screen.findByRole('rowheader', { name: 'anna.berger@example.org' })).closest('tr')!;
    expect(within(row).getByText('Neues Passwort für Gemeinwerk festlegen')).toBeInTheDocument();
    expect(within(row).getByText('8 Versuche')).toBeInTheDocument();
    expect(within(row).getByText('550 mailbox unavailable')).toBeInTheDocument();
    expect(screen.getByRole('table', { name: '1 unzustellbare E-Mail' })).toBeInTheDocument();

    await userEvent.setup().click(within(row).getByRole('button', { name: 'Erneut zustellen an anna.berger@example.org' }));
    await waitFor(() => expect(api.callsOf('RequeueDeadLetter')).toHaveLength(1));
    expect(api.callsOf('RequeueDeadLetter')[0]!.variables).toEqual({ input: { mailId: 'm-1' } });
    expect(await screen.findByText('Keine unzustellbaren E-Mails')).toBeInTheDocument();
  });

  it('says when there is nothing to deliver again', async () => {
    mockGraphQL({ DeadLetters: { data: { mailDeadLetters: [] } } });
    renderWithProviders(<DeadLetters />);
    expect(await screen.findByText('Keine unzustellbaren E-Mails')).toBeInTheDocument();
  });
});
