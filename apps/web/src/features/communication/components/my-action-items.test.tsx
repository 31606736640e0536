import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { actionItem, JUGENDTREFF } from '../testing/fixtures';
import { MyActionItems } from './my-action-items';

const partner = { role: 'PARTNER' as const, membershipId: 'm-2' };
const page = (nodes: unknown[]) => ({ data: { myActionItems: { totalCount: nodes.length, pageInfo: { endCursor: null, hasNextPage: false }, nodes } } });

describe('MyActionItems', { timeout: 20_000 }, () => {
  it('lists open items with due dates, says which are overdue in words, and links to their entry', async () => {
    const api = mockGraphQL({
      MyActionItems: (v) =>
        page([
          actionItem({ id: 'a', title: 'Listen abgleichen', owner: JUGENDTREFF, overdue: true, dueOn: '2026-10-31' }),
          actionItem({ id: 'b', title: 'Ideen sammeln', owner: JUGENDTREFF, dueOn: null, logEntryTitle: 'Offene Punkte', logEntryId: 'e-5' }),
          ...(v.includeDone
            ? [
                actionItem({
                  id: 'c',
                  title: 'Erledigtes',
                  owner: JUGENDTREFF,
                  done: true,
                  doneAt: '2026-11-02T10:00:00.000Z',
                  doneBy: { id: 'u-2', name: 'Deniz Yılmaz' },
                }),
              ]
            : []),
        ]),
    });
    const user = userEvent.setup();
    renderWithProviders(<MyActionItems allianceId="a-1" viewer={partner} />);

    expect(await screen.findByText('2 offene Aufgaben. Davon 1 überfällig.')).toBeInTheDocument();
    const first = screen.getByText('Listen abgleichen').closest('li')!;
    expect(within(first).getByText(/^Überfällig seit \d+ Tagen \(fällig am 31\.10\.2026\)$/)).toBeInTheDocument();
    const second = screen.getByText('Ideen sammeln').closest('li')!;
    expect(within(second).getByText('ohne Frist')).toBeInTheDocument();
    expect(within(second).getByRole('link', { name: 'Offene Punkte' })).toHaveAttribute('href', '/a/a-1/log/e-5');
    expect(within(second).getByRole('button', { name: 'Erledigt – Ideen sammeln' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Erledigte Aufgaben anzeigen' }));
    expect(await screen.findByText('erledigt am 02.11.2026 von Deniz Yılmaz')).toBeInTheDocument();
    expect(api.callsOf('MyActionItems').at(-1)!.variables).toMatchObject({ allianceId: 'a-1', includeDone: true });
  });

  it('offers to reload when someone ticked the item off first', async () => {
    const api = mockGraphQL({
      MyActionItems: page([actionItem({ id: 'a', title: 'Listen abgleichen', owner: JUGENDTREFF, version: 2 })]),
      CompleteActionItem: gqlError('CONFLICT', 'stale'),
    });
    const user = userEvent.setup();
    renderWithProviders(<MyActionItems allianceId="a-1" viewer={partner} />);

    await user.click(await screen.findByRole('button', { name: 'Erledigt – Listen abgleichen' }));
    await waitFor(() => expect(api.callsOf('CompleteActionItem')[0]!.variables).toEqual({ input: { allianceId: 'a-1', actionItemId: 'a', version: 2 } }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    const before = api.callsOf('MyActionItems').length;
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));
    await waitFor(() => expect(api.callsOf('MyActionItems').length).toBeGreaterThan(before));
  });
});
