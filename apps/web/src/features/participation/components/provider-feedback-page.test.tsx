import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fixtures, mockGraphQL, renderApp } from '@/testing/test-utils';
import type { ParticipationItem } from '../api/workspace';
import { participationItem } from '../testing/items';

const feedback = (id: string, over: Partial<ParticipationItem> = {}): ParticipationItem =>
  participationItem({
    id,
    kind: 'FEEDBACK',
    offerId: 'o-1',
    offerTitle: 'Schwimmkurs für Kinder',
    text: 'Der Kurs ist toll, aber die Umkleide ist zu eng.',
    rating: 4,
    authorLabel: 'Mutter aus Oststadt',
    moderation: 'APPROVED',
    version: 2,
    createdAt: '2026-11-20T10:00:00Z',
    ...over,
  });

describe('provider: feedback on its own offers', () => {
  it('is in the provider’s navigation, lists approved feedback unanswered first, and publishes an answer and what changed', async () => {
    const api = mockGraphQL({
      Me: { data: { me: fixtures.user } },
      OfferFeedback: {
        data: {
          offerFeedback: [
            // Re-approved after an abuse report: the provider is not asked to review it.
            feedback('f-1', { abuseReports: 1 }),
            feedback('f-2', { text: 'Sehr freundlich.', rating: 5, publicAnswer: 'Danke!', answeredByName: 'Sportverein', changedText: 'Mehr Termine' }),
          ],
        },
      },
      AnswerFeedback: (v) => ({ data: { answerFeedback: feedback('f-1', { publicAnswer: (v.input as { text: string }).text }) } }),
      MarkFeedbackChanged: (v) => ({ data: { markFeedbackChanged: feedback('f-1', { changedText: (v.input as { whatChanged: string }).whatChanged }) } }),
    });
    renderApp('/portal/a-1/feedback');
    expect(await screen.findByRole('heading', { level: 1, name: 'Rückmeldungen zu Ihren Angeboten' }, { timeout: 10_000 })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Chancenportal' });
    expect(within(nav).getByRole('link', { name: 'Rückmeldungen' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Meine Angebote' })).toHaveAttribute('href', '/portal/a-1/offers');
    expect(await screen.findByText('2 Rückmeldungen, davon 1 ohne Antwort')).toBeInTheDocument();

    const cards = within(screen.getByRole('list', { name: 'Rückmeldungen' })).getAllByRole('listitem');
    expect(within(cards[0]!).getByText('Noch ohne Antwort')).toBeInTheDocument();
    expect(screen.queryByText(/als Missbrauch gemeldet/)).not.toBeInTheDocument();
    expect(within(cards[1]!).getByText('Beantwortet')).toBeInTheDocument();
    expect(within(cards[1]!).getByText('Hat etwas verändert')).toBeInTheDocument();
    // The published answer is there to edit.
    expect(within(cards[1]!).getByLabelText(/Öffentliche Antwort/)).toHaveValue('Danke!');

    const user = userEvent.setup();
    await user.type(within(cards[0]!).getByLabelText(/Öffentliche Antwort/), 'Danke, wir bauen die Umkleide um.');
    await user.click(within(cards[0]!).getByRole('button', { name: 'Antwort veröffentlichen' }));
    await waitFor(() => expect(api.callsOf('AnswerFeedback')).toHaveLength(1));
    expect(api.callsOf('AnswerFeedback')[0]!.variables).toEqual({ input: { allianceId: 'a-1', feedbackId: 'f-1', text: 'Danke, wir bauen die Umkleide um.' } });
    await user.type(within(cards[0]!).getByLabelText(/Hat etwas verändert/), 'Eine zweite Umkleide');
    await user.click(within(cards[0]!).getByRole('button', { name: 'Als „hat etwas verändert“ markieren' }));
    await waitFor(() => expect(api.callsOf('MarkFeedbackChanged')).toHaveLength(1));
    expect(api.callsOf('MarkFeedbackChanged')[0]!.variables).toEqual({ input: { allianceId: 'a-1', feedbackId: 'f-1', whatChanged: 'Eine zweite Umkleide' } });
    // Saved: the list is read again.
    await waitFor(() => expect(api.callsOf('OfferFeedback').length).toBeGreaterThan(1));
  });
});
