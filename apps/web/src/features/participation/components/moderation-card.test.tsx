import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { participationItem } from '../testing/items';
import { ModerationCard } from './moderation-card';

const item = participationItem({
  category: 'BARRIER',
  targetGroup: 'Familien',
  districtName: 'Oststadt',
  address: 'Marktplatz 1',
  text: 'Frau Beispiel sagt: Die Rampe fehlt.',
  status: 'RECEIVED',
  abuseReports: 1,
  version: 3,
});

describe('ModerationCard', () => {
  it('approves the edited text (personal data removed) and names the abuse report', async () => {
    const api = mockGraphQL({ ModerateParticipation: { data: { moderateParticipation: { ...item, moderation: 'APPROVED' } } } });
    renderWithProviders(
      <ul>
        <ModerationCard allianceId="a1" item={item} />
      </ul>,
    );
    expect(screen.getByText(/1-mal als Missbrauch gemeldet/)).toBeInTheDocument();
    expect(screen.getByText('E-Mail-Adresse angegeben (wird nicht angezeigt)')).toBeInTheDocument();
    const user = userEvent.setup();
    const text = screen.getByLabelText('Text');
    await user.clear(text);
    await user.type(text, 'Die Rampe fehlt.');
    await user.click(screen.getByRole('button', { name: 'Bearbeitet freigeben' }));
    await waitFor(() => expect(api.callsOf('ModerateParticipation')).toHaveLength(1));
    expect(api.callsOf('ModerateParticipation')[0]!.variables).toEqual({
      input: { allianceId: 'a1', itemId: 'r1', kind: 'REPORT', action: 'APPROVE', version: 3, editedText: 'Die Rampe fehlt.' },
    });
  });

  it('rejects only with a reason', async () => {
    const api = mockGraphQL({ ModerateParticipation: { data: { moderateParticipation: { ...item, moderation: 'REJECTED' } } } });
    renderWithProviders(
      <ul>
        <ModerationCard allianceId="a1" item={item} />
      </ul>,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Ablehnen' }));
    expect(screen.getByText('Bitte begründen Sie die Ablehnung.')).toBeInTheDocument();
    expect(api.callsOf('ModerateParticipation')).toHaveLength(0);
    await user.type(screen.getByLabelText(/Begründung/), 'Werbung');
    await user.click(screen.getByRole('button', { name: 'Ablehnen' }));
    await waitFor(() => expect(api.callsOf('ModerateParticipation')).toHaveLength(1));
    expect(api.callsOf('ModerateParticipation')[0]!.variables).toMatchObject({ input: { action: 'REJECT', reason: 'Werbung' } });
  });
});
