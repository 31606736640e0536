import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { i18n } from '@/lib/i18n';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import type { CompletenessRow, ReportingCompleteness } from '../api/get-reporting-completeness';
import { CompletenessView } from './reporting-completeness';
import { ReportingPeriods } from './reporting-periods';

const LES = ['i-les', 'Kinder in Leseförderung'] as const;
const ELT = ['i-elt', 'Eltern bei Elterncafés'] as const;
const row = ([indicatorId, indicatorName]: readonly [string, string], organisationName: string, status: CompletenessRow['status']): CompletenessRow => ({
  indicatorId,
  indicatorName,
  membershipId: `m-${organisationName}`,
  organisationName,
  status,
});

const completeness = (
  over: Partial<ReportingCompleteness['reportingPeriod']> = {},
  rows?: CompletenessRow[],
): { data: { reportingCompleteness: ReportingCompleteness } } => ({
  data: {
    reportingCompleteness: {
      reportingPeriod: { id: 'p-1', periodKey: '2026-10', frequency: 'MONTHLY', state: 'OPEN', dueOn: '2026-11-14', ...over },
      expected: 6,
      submitted: 3,
      approved: 2,
      missing: 1,
      rows: rows ?? [
        row(LES, 'Volkshochschule', 'APPROVED'),
        row(LES, 'Jobcenter', 'MISSING'),
        row(LES, 'Jugendtreff', 'SUBMITTED'),
        row(ELT, 'Volkshochschule', 'REJECTED'),
        row(ELT, 'Jobcenter', 'DRAFT'),
        row(ELT, 'Jugendtreff', 'APPROVED'),
      ],
    },
  },
});

describe('Wer fehlt noch?', { timeout: 30_000 }, () => {
  it('shows the members × indicators with the state in words, most outstanding first, and how long the deadline has passed', async () => {
    const api = mockGraphQL({ ReportingCompleteness: completeness() });
    renderWithProviders(<CompletenessView allianceId="a-1" periodId="p-1" today="2026-12-07" />);

    const region = await screen.findByRole('region', { name: /Meldestand je Mitglied und Indikator, Oktober 2026/ });
    const table = within(region).getByRole('table', { name: /Meldestand je Mitglied und Indikator/ });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Mitglied', 'Noch nicht eingereicht', 'Kinder in Leseförderung', 'Eltern bei Elterncafés']);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['2 von 2', 'fehlt', 'Entwurf'],
      ['1 von 2', 'freigegeben', 'abgelehnt'],
      ['0 von 2', 'eingereicht', 'freigegeben'],
    ]);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Jobcenter', 'Volkshochschule', 'Jugendtreff']);
    expect(screen.getByText('Meldefrist: 14.11.2026', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('überfällig seit 23 Tagen')).toBeInTheDocument();
    expect(screen.getByText('Noch nicht eingereicht: 3 · Zur Prüfung: 1 · Freigegeben: 2 von 6 erwarteten Meldungen')).toBeInTheDocument();
    expect(api.callsOf('ReportingCompleteness')[0]!.variables).toEqual({ allianceId: 'a-1', reportingPeriodId: 'p-1' });
  });

  it('says how many days are left, one day in the singular, and when everything is approved', async () => {
    mockGraphQL({ ReportingCompleteness: completeness({ dueOn: '2026-12-08' }, [row(LES, 'Jobcenter', 'APPROVED')]) });
    renderWithProviders(<CompletenessView allianceId="a-1" periodId="p-1" today="2026-12-07" />);
    expect(await screen.findByText('noch 1 Tag')).toBeInTheDocument();
    expect(screen.getByText('Alle erwarteten Meldungen sind freigegeben.')).toBeInTheDocument();
  });

  it('speaks English and says when nothing is expected', async () => {
    mockGraphQL({ ReportingCompleteness: completeness({ dueOn: null }, []) });
    await i18n.changeLanguage('en');
    renderWithProviders(<CompletenessView allianceId="a-1" periodId="p-1" today="2026-12-07" />);
    expect(await screen.findByText('No deadline.')).toBeInTheDocument();
    expect(screen.getByText(/No reports are expected for this period/)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('opens from an open period of the list, for the backbone only', async () => {
    const period = {
      id: 'p-1',
      periodKey: '2026-10',
      frequency: 'MONTHLY' as const,
      state: 'OPEN' as const,
      dueOn: '2026-11-14',
      startsOn: '2026-10-01',
      endsOn: '2026-10-31',
      closedAt: null,
      version: 1,
      counts: { expected: 6, approved: 2 },
    };
    const closed = { ...period, id: 'p-2', periodKey: '2026-09', state: 'CLOSED' as const, startsOn: '2026-09-01', endsOn: '2026-09-30' };
    mockGraphQL({ ReportingPeriodList: { data: { reportingPeriods: { totalCount: 2, nodes: [period, closed] } } }, ReportingCompleteness: completeness() });
    const user = userEvent.setup({ delay: null });
    const { unmount } = renderWithProviders(<ReportingPeriods allianceId="a-1" canManage opening={false} onOpenChange={() => undefined} />);

    await screen.findByRole('row', { name: /Oktober 2026/ });
    expect(within(screen.getByRole('row', { name: /September 2026/ })).queryByRole('button', { name: /Wer fehlt noch/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Wer fehlt noch? – Oktober 2026' }));
    const dialog = await screen.findByRole('dialog', { name: 'Wer fehlt noch? – Oktober 2026' });
    await waitFor(() => expect(within(dialog).getByRole('table')).toBeInTheDocument());
    await user.click(within(dialog).getByRole('button', { name: 'Schließen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    unmount();

    renderWithProviders(<ReportingPeriods allianceId="a-1" canManage={false} opening={false} onOpenChange={() => undefined} />);
    await screen.findByRole('row', { name: /Oktober 2026/ });
    expect(screen.queryByRole('button', { name: /Wer fehlt noch/ })).not.toBeInTheDocument();
  });
});
