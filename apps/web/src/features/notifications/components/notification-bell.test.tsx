import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { NotificationBell } from './notification-bell';

const notice = (
  id: string,
  read: boolean,
  kind = 'VALUE_REJECTED',
  params: object = { indicator: 'Teilnehmende', period: '2026-Q3', reason: 'Bitte prüfen.' },
) => ({
  id,
  allianceId: 'a1',
  allianceName: 'Bündnis Nord',
  kind,
  params,
  link: '/a/a1/reporting',
  read,
  createdAt: '2026-12-07T08:00:00.000Z',
});

describe('NotificationBell', () => {
  it('shows the unread count, lists the notices with their text and link, and marks one and all read', async () => {
    const api = mockGraphQL({
      MyNotifications: {
        data: {
          myNotifications: [notice('n1', false), notice('n2', true, 'ACTION_ITEM_ASSIGNED', { title: 'Protokoll schreiben', due: '' })],
          unreadNotificationCount: 1,
        },
      },
      MarkNotificationsRead: { data: { markNotificationsRead: 1 } },
      MarkAllNotificationsRead: { data: { markAllNotificationsRead: 1 } },
    });
    renderWithProviders(<NotificationBell />);
    const user = userEvent.setup();
    const bell = await screen.findByRole('button', { name: 'Benachrichtigungen, 1 ungelesen' });
    expect(bell).toHaveTextContent('1');
    await user.click(bell);
    const panel = screen.getByRole('region', { name: 'Benachrichtigungen' });
    const links = within(panel).getAllByRole('link');
    expect(links[0]).toHaveTextContent('Wert „Teilnehmende“ (2026-Q3) zurückgegeben: Bitte prüfen.');
    expect(links[0]).toHaveTextContent('Bündnis Nord');
    expect(links[0]).toHaveAttribute('href', '/a/a1/reporting');
    expect(links[1]).toHaveTextContent('Neue Aufgabe: Protokoll schreiben');
    // Only the unread one offers "mark read".
    await user.click(within(panel).getByRole('button', { name: 'Als gelesen markieren' }));
    expect(api.callsOf('MarkNotificationsRead')[0]!.variables).toEqual({ input: { notificationIds: ['n1'] } });
    await user.click(within(panel).getByRole('button', { name: 'Alle als gelesen markieren' }));
    expect(api.callsOf('MarkAllNotificationsRead')).toHaveLength(1);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Benachrichtigungen' })).not.toBeInTheDocument();
  });

  it('without notices: no number, and says so', async () => {
    mockGraphQL({ MyNotifications: { data: { myNotifications: [], unreadNotificationCount: 0 } } });
    renderWithProviders(<NotificationBell />);
    const user = userEvent.setup();
    const bell = await screen.findByRole('button', { name: 'Benachrichtigungen' });
    expect(bell).not.toHaveTextContent(/\d/);
    await user.click(bell);
    expect(screen.getByText('Keine Benachrichtigungen.')).toBeInTheDocument();
  });
});
