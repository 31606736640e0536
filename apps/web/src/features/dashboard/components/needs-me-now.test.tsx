import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { NeedsMeNow } from './needs-me-now';

const period = (periodKey: string, dueOn: string | null, missing: number) => ({
  reportingPeriodId: `p-${periodKey}`,
  periodKey,
  frequency: 'QUARTERLY' as const,
  dueOn,
  expected: 10,
  submitted: 10 - missing,
  approved: 5,
  missing,
  shareComplete: 0.5,
});

describe('NeedsMeNow', () => {
  it('lists what needs the backbone now, each with the way to it', () => {
    renderWithProviders(
      <NeedsMeNow
        health={{
          pendingReviews: { count: 6, oldestSubmittedAt: '2026-10-04T10:00:00Z' },
          reportingCompleteness: [period('2020-Q1', '2020-04-14', 3), period('2020-Q2', '2020-07-14', 1), period('2999-Q1', '2999-04-14', 9)],
          overdueActionItems: { count: 1, items: [] },
          unsignedAgreement: {
            currentVersionNumber: 2,
            unsignedMembers: [
              { id: 'm-1', organisation: { id: 'o-1', name: 'Jobcenter' } },
              { id: 'm-2', organisation: { id: 'o-2', name: 'VHS' } },
            ],
          },
        }}
      />,
    );
    const list = within(screen.getByRole('region', { name: 'Jetzt zu tun' }));
    const items = list.getAllByRole('listitem').map((li) => li.textContent);
    // Only periods past their deadline count as missing (3 + 1, not the future one).
    expect(items).toEqual([
      '6 eingereichte Werte warten auf Prüfung.Zur Prüfung',
      '4 Meldungen fehlen nach Ablauf der Frist.Wer fehlt noch?',
      '1 Aufgabe ist überfällig.Zu den Aufgaben',
      '2 Mitglieder haben Version 2 der Vereinbarung noch nicht unterzeichnet.Zur Vereinbarung',
    ]);
    expect(list.getByRole('link', { name: 'Zur Prüfung' })).toHaveAttribute('href', '/review');
  });

  it('says when nothing waits', () => {
    renderWithProviders(
      <NeedsMeNow
        health={{
          pendingReviews: { count: 0, oldestSubmittedAt: null },
          reportingCompleteness: [period('2999-Q1', '2999-04-14', 9)],
          overdueActionItems: { count: 0, items: [] },
          unsignedAgreement: { currentVersionNumber: null, unsignedMembers: [] },
        }}
      />,
    );
    expect(screen.getByText(/Nichts wartet auf Sie/)).toBeInTheDocument();
    expect(screen.queryByRole('listitem')).not.toBeInTheDocument();
  });
});
