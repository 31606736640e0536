import { TestApp } from '../../test/test-app';
import { FreshnessService } from './freshness.service';

const OFFER = `id status version freshness confirmedAt openRevision { id version }`;
const CREATE = `mutation($i: CreatePortalOfferInput!) { createPortalOffer(input: $i) { ${OFFER} } }`;
const APPROVE = `mutation($i: DecideOfferRevisionInput!) { approvePortalOfferRevision(input: $i) { ${OFFER} } }`;
const CONFIRM = `mutation($a: ID!, $o: ID!, $v: Int!) { confirmPortalOffer(allianceId: $a, offerId: $o, version: $v) { id confirmedAt version } }`;
const CALENDAR = `query($a: ID!, $f: String!, $t: String!) { portalFreshness(allianceId: $a, fromDay: $f, toDay: $t) { kind id title count owner dueOn state } }`;

describe('Chancenportal freshness: asked at 6 months, flagged at 9, hidden at 12 (fixed clock)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('walks one offer through every step, each once, and one click confirms it again', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles('Frischestadt');
    await t.ok(
      `mutation($i: UpdatePortalSettingsInput!) { updatePortalSettings(input: $i) { version } }`,
      { i: { allianceId, version: 0, enabled: true, name: 'Portal', providerSignupOpen: true, reminderMonths: 6, flagMonths: 9, hideMonths: 12 } },
      { token: backbone.token },
    );
    const provider = await t.addMember(backbone.token, allianceId, 'PROVIDER');
    const created = (await t.ok(CREATE, { i: { allianceId, content: { title: 'Elterncafé' } } }, { token: provider.token })).createPortalOffer;
    await t.ok(APPROVE, { i: { allianceId, revisionId: created.openRevision.id, version: created.openRevision.version } }, { token: backbone.token });
    await t.sql(`UPDATE portal_offers SET confirmed_at = '2026-01-15T09:00:00Z' WHERE alliance_id = $1 AND id = $2`, [allianceId, created.id]);
    const state = async () =>
      (
        await t.sql(
          `SELECT confirm_requested_at IS NOT NULL AS asked, stale_flagged_at IS NOT NULL AS flagged, stale_hidden_at IS NOT NULL AS hidden
             FROM portal_offers WHERE alliance_id = $1 AND id = $2`,
          [allianceId, created.id],
        )
      )[0];
    const notices = async (userId: string) =>
      (
        await t.sql(`SELECT kind, link FROM notifications WHERE alliance_id = $1 AND user_id = $2 AND kind LIKE 'OFFER_%' ORDER BY created_at`, [
          allianceId,
          userId,
        ])
      ).map((n) => n.kind);
    const freshness = t.get(FreshnessService);

    await freshness.runDaily(new Date('2026-07-14T05:15:00Z'));
    expect(await state()).toEqual({ asked: false, flagged: false, hidden: false });

    await freshness.runDaily(new Date('2026-07-15T05:15:00Z'));
    expect(await state()).toEqual({ asked: false, flagged: false, hidden: false }); // 09:00 is not reached at 05:15
    await freshness.runDaily(new Date('2026-07-16T05:15:00Z'));
    expect(await state()).toEqual({ asked: true, flagged: false, hidden: false });
    expect(await notices(provider.id)).toEqual(['OFFER_APPROVED', 'OFFER_CONFIRM_DUE']);
    const [link] = await t.sql(`SELECT link FROM notifications WHERE alliance_id = $1 AND user_id = $2 AND kind = 'OFFER_CONFIRM_DUE'`, [
      allianceId,
      provider.id,
    ]);
    expect(link.link).toBe(`/portal/${allianceId}/offers/${created.id}/confirm`);
    const [mail] = await t.sql(`SELECT subject, text_body FROM mail_outbox WHERE to_address = $1 AND kind = 'OFFER_CONFIRM_DUE'`, [provider.email]);
    expect(mail.text_body).toContain('15.01.2026');
    // The next morning asks nothing again.
    await freshness.runDaily(new Date('2026-07-17T05:15:00Z'));
    expect(await notices(provider.id)).toEqual(['OFFER_APPROVED', 'OFFER_CONFIRM_DUE']);

    // The calendar shows it overdue (and the window's filter does not hide what is overdue).
    const cal = (await t.ok(CALENDAR, { a: allianceId, f: '2026-09-01', t: '2026-09-30' }, { token: backbone.token })).portalFreshness;
    expect(cal).toContainEqual(expect.objectContaining({ kind: 'OFFER', id: created.id, dueOn: '2026-07-15' }));

    await freshness.runDaily(new Date('2026-10-16T05:15:00Z'));
    expect(await state()).toEqual({ asked: true, flagged: true, hidden: false });
    expect(await notices(backbone.id)).toEqual(['OFFER_SUBMITTED', 'OFFER_STALE']);
    const offer = (
      await t.ok(
        `query($a: ID!, $o: ID!) { portalOffer(allianceId: $a, offerId: $o) { ${OFFER} } }`,
        { a: allianceId, o: created.id },
        { token: provider.token },
      )
    ).portalOffer;
    expect(offer.status).toBe('PUBLISHED');
    expect(offer.status).toBe('PUBLISHED');

    await freshness.runDaily(new Date('2027-01-16T05:15:00Z'));
    expect(await state()).toEqual({ asked: true, flagged: true, hidden: true });
    const stale = (await t.ok(CALENDAR, { a: allianceId, f: '2027-01-01', t: '2027-01-31' }, { token: backbone.token })).portalFreshness;
    expect(stale.find((e: { id: string }) => e.id === created.id).state).toBe('HIDDEN');
    expect(await t.sql(`SELECT action FROM audit_events WHERE alliance_id = $1 AND action = 'offer.hidden_stale'`, [allianceId])).toHaveLength(1);

    // One click: confirmed, visible again, every mark gone.
    const confirmed = (await t.ok(CONFIRM, { a: allianceId, o: created.id, v: offer.version }, { token: provider.token })).confirmPortalOffer;
    expect(confirmed.confirmedAt).toBeTruthy();
    expect(await state()).toEqual({ asked: false, flagged: false, hidden: false });
    // A stale version of the confirm link's page is a CONFLICT, nothing changed.
    const again = await t.gql(CONFIRM, { a: allianceId, o: created.id, v: offer.version }, { token: provider.token });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('the calendar lists indicator reports due next to the offers, for the editors only', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles('Kalenderstadt');
    await t.ok(
      `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { id } }`,
      { i: { allianceId, name: 'Beratungen', unit: 'Anzahl', direction: 'INCREASE', aggregation: 'SUM', frequency: 'QUARTERLY', rbaKind: 'HOW_MUCH' } },
      { token: backbone.token },
    );
    await t.ok(
      `mutation($i: OpenReportingPeriodInput!) { openReportingPeriod(input: $i) { id } }`,
      { i: { allianceId, frequency: 'QUARTERLY', periodKey: '2026-Q3', dueOn: '2026-10-15' } },
      { token: backbone.token },
    );
    const cal = (await t.ok(CALENDAR, { a: allianceId, f: '2026-10-01', t: '2026-10-31' }, { token: backbone.token })).portalFreshness;
    expect(cal).toEqual([expect.objectContaining({ kind: 'REPORT', title: '2026-Q3', count: 1, dueOn: '2026-10-15' })]);
    const refused = await t.gql(CALENDAR, { a: allianceId, f: '2026-10-01', t: '2026-10-31' }, { token: partner.token });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await t.gql(CALENDAR, { a: allianceId, f: '2026-Q3', t: '2026-10-31' }, { token: backbone.token });
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});
