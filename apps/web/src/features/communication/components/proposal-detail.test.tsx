import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { gqlError, mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { proposal } from '../testing/fixtures';
import { ProposalDetail } from './proposal-detail';

const backbone = { role: 'BACKBONE' as const, membershipId: 'm-1' };
const partner = { role: 'PARTNER' as const, membershipId: 'm-2' };
const funder = { role: 'FUNDER' as const, membershipId: 'm-3' };

describe('ProposalDetail', { timeout: 20_000 }, () => {
  it('shows the tally per option in numbers and percent, and each organisation’s vote', async () => {
    mockGraphQL({ Proposal: { data: { proposal: proposal() } } });
    renderWithProviders(<ProposalDetail allianceId="a-1" proposalId="p-1" viewer={funder} />);

    const results = await screen.findByRole('table', { name: 'Stimmen zu „Gemeinsamer Aktionstag“' });
    const row = (name: string) => within(results).getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('Zustimmung')).toHaveTextContent(/2 Stimmen\s*67\s%/);
    expect(row('Enthaltung')).toHaveTextContent(/1 Stimme\s*33\s%/);
    expect(row('Veto')).toHaveTextContent(/0 Stimmen\s*0\s%/);
    expect(row('Insgesamt')).toHaveTextContent('3 Stimmen');
    const votes = screen.getByRole('table', { name: 'Stimmen der Organisationen' });
    expect(within(votes).getByRole('row', { name: /Jugendtreff Oststadt e.V./ })).toHaveTextContent('Löst unseren Terminkonflikt.');
    // Funders read, but neither vote nor decide.
    expect(screen.queryByRole('radiogroup')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stimme abgeben' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Abstimmung schließen/ })).not.toBeInTheDocument();
    expect(screen.getByText(/Abstimmen können Geschäftsstelle und Partner/)).toBeInTheDocument();
  });

  it('casts the organisation’s vote with a reason', async () => {
    const api = mockGraphQL({
      Proposal: { data: { proposal: proposal() } },
      CastVote: (v) => ({ data: { castVote: { id: 'p-1', myVote: { vote: v.input.vote, comment: v.input.comment } } } }),
    });
    const user = userEvent.setup();
    renderWithProviders(<ProposalDetail allianceId="a-1" proposalId="p-1" viewer={partner} />);

    await user.click(await screen.findByRole('button', { name: 'Stimme abgeben' }));
    expect(await screen.findByText('Bitte wählen Sie eine Stimme.')).toBeInTheDocument();
    expect(api.callsOf('CastVote')).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: /Veto/ }));
    await user.type(screen.getByLabelText(/Begründung/), 'Nicht ohne die Betriebe.');
    await user.click(screen.getByRole('button', { name: 'Stimme abgeben' }));
    await waitFor(() => expect(api.callsOf('CastVote')).toHaveLength(1));
    expect(api.callsOf('CastVote')[0]!.variables).toEqual({
      input: { allianceId: 'a-1', proposalId: 'p-1', vote: 'BLOCK', comment: 'Nicht ohne die Betriebe.' },
    });
    expect(await screen.findByText('Ihre Stimme ist gespeichert.')).toBeInTheDocument();
    // Partners may not decide a proposal of another organisation, nor withdraw it.
    expect(screen.queryByRole('button', { name: 'Vorschlag zurückziehen' })).not.toBeInTheDocument();
  });

  it('lets the backbone close the vote after confirming; when someone decided first, shows the decision and offers only a reload', async () => {
    let stored = proposal();
    const api = mockGraphQL({
      Proposal: () => ({ data: { proposal: stored } }),
      CloseProposal: () => {
        stored = proposal({ state: 'DECIDED', outcome: 'ACCEPTED', votingOpen: false, decidedAt: '2026-12-03T08:00:00.000Z', version: 2 });
        return gqlError('CONFLICT', 'stale');
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<ProposalDetail allianceId="a-1" proposalId="p-1" viewer={backbone} />);

    await user.click(await screen.findByRole('button', { name: 'Abstimmung schließen und entscheiden' }));
    const confirm = screen.getByRole('alertdialog', { name: 'Abstimmung schließen?' });
    expect(confirm).toHaveTextContent('Mit 3 abgegebenen Stimmen');
    await user.click(within(confirm).getByRole('button', { name: 'Schließen und entscheiden' }));
    await waitFor(() => expect(api.callsOf('CloseProposal')).toHaveLength(1));
    expect(api.callsOf('CloseProposal')[0]!.variables).toEqual({ input: { allianceId: 'a-1', proposalId: 'p-1', version: 1 } });

    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Entschieden, Angenommen')).toBeInTheDocument();
    expect(within(conflict).queryByRole('button', { name: 'Meine Änderung anwenden' })).not.toBeInTheDocument();
    const before = api.callsOf('Proposal').length;
    await user.click(within(conflict).getByRole('button', { name: 'Aktuellen Stand laden' }));
    await waitFor(() => expect(api.callsOf('Proposal').length).toBe(before + 1));
  });

  it('closes a proposal still open after a conflict with the newer version', async () => {
    let stored = proposal();
    const api = mockGraphQL({
      Proposal: () => ({ data: { proposal: stored } }),
      CloseProposal: (v) => {
        if (v.input.version === 1) {
          stored = proposal({ body: 'Ergänzt um den Termin.', version: 2 });
          return gqlError('CONFLICT', 'stale');
        }
        return { data: { closeProposal: proposal({ state: 'DECIDED', outcome: 'ACCEPTED', votingOpen: false, version: 3 }) } };
      },
    });
    const user = userEvent.setup();
    renderWithProviders(<ProposalDetail allianceId="a-1" proposalId="p-1" viewer={backbone} />);

    await user.click(await screen.findByRole('button', { name: 'Abstimmung schließen und entscheiden' }));
    await user.click(within(screen.getByRole('alertdialog', { name: 'Abstimmung schließen?' })).getByRole('button', { name: 'Schließen und entscheiden' }));
    const conflict = await screen.findByRole('alertdialog', { name: 'Inzwischen geändert' });
    expect(within(conflict).getByText('Abstimmung läuft')).toBeInTheDocument();
    await user.click(within(conflict).getByRole('button', { name: 'Meine Änderung anwenden' }));
    await waitFor(() => expect(api.callsOf('CloseProposal')).toHaveLength(2));
    expect(api.callsOf('CloseProposal')[1]!.variables).toEqual({ input: { allianceId: 'a-1', proposalId: 'p-1', version: 2 } });
  });

  it('shows a decided proposal with its outcome, snapshot and a link to the decision', async () => {
    mockGraphQL({
      Proposal: {
        data: {
          proposal: proposal({
            state: 'DECIDED',
            outcome: 'ACCEPTED',
            votingOpen: false,
            decidedAt: '2026-09-22T07:00:00.000Z',
            decisionLogEntryId: 'e-7',
            indicator: { id: 'i-1', name: 'Kinder in Leseförderung', unit: 'Kinder' },
            indicatorSnapshot: {
              name: 'Kinder in Leseförderung',
              unit: 'Kinder',
              aggregation: 'SUM',
              periods: ['2026-07', '2026-08'],
              values: [1234.5, 180],
              reportCounts: [4, 5],
              takenAt: '2026-09-22T07:00:00.000Z',
            },
          }),
        },
      },
    });
    renderWithProviders(<ProposalDetail allianceId="a-1" proposalId="p-1" viewer={backbone} />);
    expect(await screen.findByText('Angenommen')).toBeInTheDocument();
    expect(screen.getByText('Entschieden')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zur Entscheidung im Protokoll' })).toHaveAttribute('href', '/a/a-1/log/e-7');
    expect(screen.getByRole('row', { name: /2026-07/ })).toHaveTextContent('1.234,5');
    expect(screen.queryByRole('button', { name: /Abstimmung schließen/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stimme abgeben' })).not.toBeInTheDocument();
  });
});
