import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fixtures, mockGraphQL, renderApp } from '@/testing/test-utils';

/**
 * Co-production (issue 16) and the Chancenportal (issue 13): the workspace shows the moderation and
 * the portal's editorial pages to everyone the API names (appointed editors), not to the backbone only.
 */
function signedIn(
  role: string,
  rights: { moderator: boolean; forwardedReports: boolean; answersFeedback: boolean } | null,
  portal: { editor: boolean; manager: boolean } | null = rights ? { editor: false, manager: false } : null,
  extra: Parameters<typeof mockGraphQL>[0] = {},
) {
  return mockGraphQL({
    Me: { data: { me: fixtures.user } },
    MyAlliances: { data: { myAlliances: [{ ...fixtures.alliance, myRole: role }] } },
    Alliance: { data: { alliance: { ...fixtures.alliance, myRole: role } } },
    Members: { data: { members: fixtures.members } },
    PendingInvitations: { data: { pendingInvitations: [] } },
    ...(rights ? { ParticipationRights: { data: { participationRights: rights } } } : {}),
    ...(portal ? { PortalRights: { data: { portalRights: portal } } } : {}),
    ...extra,
  });
}

async function navigation() {
  await screen.findByRole('heading', { level: 1, name: 'Mitglieder' }, { timeout: 10_000 });
  return screen.getByRole('navigation', { name: 'Bereiche des Bündnisses' });
}

describe('workspace navigation: co-production', () => {
  it('shows the moderation to a funder the backbone appointed as moderator', async () => {
    const api = signedIn('FUNDER', { moderator: true, forwardedReports: true, answersFeedback: true });
    renderApp('/a/a-1/members');
    const nav = await navigation();
    expect(await within(nav).findByRole('link', { name: 'Mitwirkung' })).toHaveAttribute('href', '/a/a-1/participation/queue');
    expect(api.callsOf('ParticipationRights')[0]!.variables).toEqual({ allianceId: 'a-1' });
  });

  it('shows a partner that is no moderator only the reports forwarded to it', async () => {
    signedIn('PARTNER', { moderator: false, forwardedReports: true, answersFeedback: true });
    renderApp('/a/a-1/members');
    const nav = await navigation();
    expect(await within(nav).findByRole('link', { name: 'Weitergeleitete Meldungen' })).toHaveAttribute('href', '/a/a-1/participation/forwarded');
    expect(within(nav).queryByRole('link', { name: 'Mitwirkung' })).not.toBeInTheDocument();
  });

  it('shows a funder that is not appointed neither', async () => {
    const api = signedIn('FUNDER', { moderator: false, forwardedReports: false, answersFeedback: true });
    renderApp('/a/a-1/members');
    const nav = await navigation();
    await within(nav).findByRole('link', { name: 'Mitglieder' });
    await expect.poll(() => api.callsOf('ParticipationRights').length).toBe(1);
    expect(within(nav).queryByRole('link', { name: 'Mitwirkung' })).not.toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Weitergeleitete Meldungen' })).not.toBeInTheDocument();
  });

  it('shows the backbone the moderation without asking', async () => {
    const api = signedIn('BACKBONE', null);
    renderApp('/a/a-1/members');
    const nav = await navigation();
    expect(within(nav).getByRole('link', { name: 'Mitwirkung' })).toBeInTheDocument();
    expect(api.callsOf('ParticipationRights')).toHaveLength(0);
    expect(within(nav).getByRole('link', { name: 'Chancenportal' })).toHaveAttribute('href', '/a/a-1/portal/queue');
    expect(api.callsOf('PortalRights')).toHaveLength(0);
  });
});

describe('workspace navigation: the Chancenportal for appointed editors', () => {
  it('shows a partner the backbone appointed as editor the portal, asked of the API', async () => {
    const api = signedIn('PARTNER', { moderator: true, forwardedReports: true, answersFeedback: true }, { editor: true, manager: false });
    renderApp('/a/a-1/members');
    const nav = await navigation();
    expect(await within(nav).findByRole('link', { name: 'Chancenportal' })).toHaveAttribute('href', '/a/a-1/portal/queue');
    expect(api.callsOf('PortalRights')[0]!.variables).toEqual({ allianceId: 'a-1' });
  });

  it('shows a partner that is not appointed no portal', async () => {
    const api = signedIn('PARTNER', { moderator: false, forwardedReports: true, answersFeedback: true }, { editor: false, manager: false });
    renderApp('/a/a-1/members');
    const nav = await navigation();
    await within(nav).findByRole('link', { name: 'Weitergeleitete Meldungen' });
    await expect.poll(() => api.callsOf('PortalRights').length).toBe(1);
    expect(within(nav).queryByRole('link', { name: 'Chancenportal' })).not.toBeInTheDocument();
  });

  it('gives the appointed editor the queue, freshness and planning, not the settings (the backbone’s)', async () => {
    signedIn(
      'FUNDER',
      { moderator: true, forwardedReports: true, answersFeedback: true },
      { editor: true, manager: false },
      { PortalReviewQueue: { data: { portalReviewQueue: [] } } },
    );
    renderApp('/a/a-1/portal/queue');
    const tabs = await screen.findByRole('navigation', { name: 'Chancenportal' }, { timeout: 10_000 });
    await within(tabs).findByRole('link', { name: 'Freigabe' });
    expect(
      within(tabs)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Freigabe', 'Aktualität', 'Planung']);
  });
});
