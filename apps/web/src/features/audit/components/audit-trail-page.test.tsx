import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockGraphQL, renderWithProviders } from '@/testing/test-utils';
import { AuditTrailPage } from './audit-trail-page';

const event = (o: Record<string, unknown>) => ({
  id: 'e-1',
  actorUserId: 'u-1',
  actorName: 'Berta Backbone',
  action: 'goal.updated',
  entityType: 'Goal',
  entityId: 'g-1',
  before: { title: 'Ziel', version: 1, status: 'ACTIVE' },
  after: { title: 'Ein besseres Ziel mit einem sehr langen Titel, der umbrechen muss', version: 2, status: 'ACTIVE' },
  occurredAt: '2026-12-01T09:30:00.000Z',
  ...o,
});
const page = (nodes: unknown[], more = false, o: Record<string, unknown> = {}) => ({
  data: { auditEvents: { totalCount: nodes.length, totalCountCapped: false, pageInfo: { endCursor: more ? 'c1' : null, hasNextPage: more }, nodes, ...o } },
});
const facets = {
  data: {
    auditFacets: {
      actors: [
        { id: 'u-1', name: 'Berta Backbone' },
        { id: 'u-2', name: 'Paul Partner' },
        { id: 'u-3', name: null },
      ],
      actions: ['goal.updated', 'measurement.approved'],
      entityTypes: ['Goal', 'Measurement'],
    },
  },
};

describe('AuditTrailPage', { timeout: 30_000 }, () => {
  it('lists changes newest first, filters by person, and opens before and after with the changed fields marked', async () => {
    const api = mockGraphQL({
      AuditFacets: facets,
      AuditEvents: (v) =>
        (v.filter as Record<string, string>).actorUserId === 'u-2'
          ? page([
              event({
                id: 'e-2',
                actorUserId: 'u-2',
                actorName: 'Paul Partner',
                action: 'measurement.approved',
                entityType: 'Measurement',
                before: { status: 'SUBMITTED' },
                after: { status: 'APPROVED' },
              }),
            ])
          : page(
              [
                event({}),
                event({
                  id: 'e-3',
                  actorUserId: null,
                  actorName: null,
                  action: 'reportingPeriod.closed',
                  entityType: 'ReportingPeriod',
                  before: null,
                  after: { state: 'CLOSED' },
                }),
              ],
              true,
            ),
    });
    const user = userEvent.setup();
    renderWithProviders(<AuditTrailPage allianceId="a-1" role="BACKBONE" />, { route: '/a/a-1/audit' });

    const first = await screen.findByRole('button', { name: /Ziel geändert/ });
    expect(first).toHaveTextContent('Berta Backbone');
    expect(first).toHaveTextContent('01.12.2026');
    expect(screen.getByRole('button', { name: /Berichtszeitraum geschlossen/ })).toHaveTextContent('System');
    expect(screen.getByText('2 Änderungen')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ältere Änderungen laden' })).toBeInTheDocument();

    await user.click(first);
    expect(first).toHaveAttribute('aria-expanded', 'true');
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Titel (geändert)', 'Version (geändert)', 'Status (unverändert)']);
    expect(rows[0]).toHaveClass('audit-diff__row--changed');
    expect(rows[2]).not.toHaveClass('audit-diff__row--changed');
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Ziel', 'Ein besseres Ziel mit einem sehr langen Titel, der umbrechen muss']);

    await user.selectOptions(screen.getByLabelText(/^Person/), 'u-2');
    expect(await screen.findByRole('button', { name: /Messwert freigegeben/ })).toHaveTextContent('Paul Partner');
    expect(screen.queryByRole('button', { name: /Ziel geändert/ })).not.toBeInTheDocument();
    expect(api.callsOf('AuditEvents').at(-1)!.variables).toEqual({ allianceId: 'a-1', filter: { actorUserId: 'u-2' }, page: { first: 25, after: null } });
    // An erased person stays a choice under a neutral name.
    expect(within(screen.getByLabelText(/^Person/)).getByRole('option', { name: 'Gelöschte Person' })).toBeInTheDocument();
  });

  it('narrows to one object from a row, says "more than 10,000", and sends no reversed range', async () => {
    const api = mockGraphQL({ AuditFacets: facets, AuditEvents: page([event({})], false, { totalCount: 10001, totalCountCapped: true }) });
    const user = userEvent.setup();
    renderWithProviders(<AuditTrailPage allianceId="a-1" role="BACKBONE" />);
    expect(await screen.findByText('mehr als 10.000 Änderungen')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Ziel geändert/ }));
    await user.click(screen.getByRole('button', { name: 'Alle Änderungen an diesem Eintrag' }));
    await waitFor(() => expect(api.callsOf('AuditEvents').at(-1)!.variables.filter).toEqual({ entityType: 'Goal', entityId: 'g-1' }));
    expect(screen.getByRole('button', { name: 'Filter „nur dieser Eintrag“ entfernen' })).toHaveTextContent('Nur ein Eintrag: Ziel');

    await user.type(screen.getByLabelText(/^Von/), '10.12.2026');
    await user.type(screen.getByLabelText(/^Bis/), '01.12.2026');
    await user.tab();
    expect(await screen.findByText('„Bis“ liegt vor „Von“.')).toBeInTheDocument();
    expect(api.callsOf('AuditEvents').every((c) => !(c.variables.filter as Record<string, string>).to)).toBe(true);
  });

  it('tells other roles that the trail belongs to the backbone, without asking the API', () => {
    const api = mockGraphQL({});
    renderWithProviders(<AuditTrailPage allianceId="a-1" role="PARTNER" />);
    expect(screen.getByText('Nur für die Geschäftsstelle')).toBeInTheDocument();
    expect(api.calls).toHaveLength(0);
  });
});
