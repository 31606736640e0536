import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { NotificationPreferences } from './notification-preferences';

const KINDS = ['REPORT_DUE', 'VALUE_REJECTED', 'VALUE_APPROVED', 'DIGEST_WEEKLY'] as const;

describe('NotificationPreferences', () => {
  it('turns e-mail per kind on and off, sets the reminder lead time, and renews the calendar address', async () => {
    const api = mockGraphQL({
      MyNotificationSettings: {
        data: {
          myNotificationSettings: {
            reportDueDays: 3,
            preferences: KINDS.map((kind) => ({ kind, email: kind !== 'VALUE_APPROVED', emailByDefault: kind !== 'VALUE_APPROVED' })),
          },
          myCalendarFeed: { url: 'http://localhost/calendar/abc.ics' },
        },
      },
      SetNotificationEmail: { data: { setNotificationEmail: { reportDueDays: 3 } } },
      SetReportDueDays: { data: { setReportDueDays: { reportDueDays: 7 } } },
      RenewCalendarFeed: { data: { renewCalendarFeed: { url: 'http://localhost/calendar/def.ics' } } },
    });
    renderWithProviders(<NotificationPreferences />);
    const user = userEvent.setup();
    const rejected = await screen.findByRole('checkbox', { name: 'Wert zurückgegeben' });
    expect(rejected).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Wert bestätigt' })).not.toBeChecked();
    await user.click(rejected);
    expect(api.callsOf('SetNotificationEmail')[0]!.variables).toEqual({ input: { kind: 'VALUE_REJECTED', email: false } });

    await user.selectOptions(screen.getByLabelText('Wann an eine Berichtsfrist erinnern'), '7');
    expect(api.callsOf('SetReportDueDays')[0]!.variables).toEqual({ input: { days: 7 } });

    expect(screen.getByLabelText('Ihre Kalenderadresse')).toHaveTextContent('http://localhost/calendar/abc.ics');
    await user.click(screen.getByRole('button', { name: 'Neue Adresse erzeugen' }));
    await waitFor(() => expect(screen.getByText(/Die alte funktioniert nicht mehr/)).toBeInTheDocument());
    expect(api.callsOf('RenewCalendarFeed')).toHaveLength(1);
  });
});
