import { randomUUID } from 'node:crypto';
import { TestApp } from '../../test/test-app';
import { approvedValue, createIndicator, openPeriod, SAVE, SUBMIT } from '../measurements/measurements.fixtures';

const HEALTH = `query($id: ID!) { allianceHealth(allianceId: $id) {
  reportingCompleteness { periodKey frequency dueOn expected approved submitted missing shareComplete }
  goalCoverage { goalCount goalsWithRunningActivity share }
  logEntriesPerMonth { months counts }
  lastContributions { membershipId organisation { name } lastContributionOn daysSince }
  overdueActionItems { count items { title owner { name } dueOn daysOverdue } }
  unsignedAgreement { currentVersionNumber unsignedMembers { id } }
  pendingReviews { count oldestSubmittedAt } } }`;

describe('allianceHealth (backbone)', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());
  const code = (r: any) => r.errors?.[0]?.extensions?.code;
  const today = async () => (await t.sql(`SELECT to_char((now() AT TIME ZONE 'Europe/Berlin')::date, 'YYYY-MM-DD') AS d`))[0].d as string;
  const days = (n: number) => `now() - interval '${n} days'`;

  it('counts reporting, goal coverage, log activity, silence, overdue items, signatures and reviews on a hand-made alliance', async () => {
    const roles = await t.allianceWithRoles('Gesundheit');
    const { allianceId: A, backbone, partner, funder, observer } = roles;
    const other = await t.addMember(backbone.token, A, 'PARTNER');
    const [{ id: bb }] = await t.sql(`SELECT id FROM memberships WHERE alliance_id = $1 AND role = 'BACKBONE'`, [A]);
    const sql = (text: string, params: unknown[] = []) => t.sql(text, [A, ...params]);

    // Reporting: 2 active quarterly indicators × 2 partners expected; an archived one and a monthly one are not.
    const [i1, i2] = [await createIndicator(t, A), await createIndicator(t, A)];
    await createIndicator(t, A, { status: 'ARCHIVED' });
    await createIndicator(t, A, { frequency: 'MONTHLY' });
    const reportingPeriodId = await openPeriod(t, backbone.token, A, '2026-Q1');
    await openPeriod(t, backbone.token, A, '2025-Q4');
    await t.ok(
      `mutation($i: CloseReportingPeriodInput!) { closeReportingPeriod(input: $i) { id } }`,
      {
        i: {
          allianceId: A,
          reportingPeriodId: (await sql(`SELECT id FROM reporting_periods WHERE alliance_id = $1 AND period_key = '2025-Q4'`))[0].id,
          version: 1,
        },
      },
      { token: backbone.token },
    );
    await approvedValue(t, { reporter: partner.token, backbone: backbone.token }, { allianceId: A, indicatorId: i1, reportingPeriodId, value: 5 });
    const sub = (await t.ok(SAVE, { i: { allianceId: A, indicatorId: i2, reportingPeriodId, value: 7 } }, { token: partner.token })).saveMeasurement;
    await t.ok(SUBMIT, { i: { allianceId: A, measurementId: sub.id, version: sub.version } }, { token: partner.token });
    await t.ok(SAVE, { i: { allianceId: A, indicatorId: i1, reportingPeriodId, value: 9 } }, { token: other.token }); // a draft: not submitted
    // Make the contribution dates deterministic: the partner submitted 2 days ago.
    await sql(
      `UPDATE measurements SET submitted_at = ${days(2)}, created_at = ${days(2)}, updated_at = ${days(2)} WHERE alliance_id = $1 AND membership_id = $2`,
      [partner.membershipId],
    );

    // Goals: G1 active with a running activity; G2 planned, its activity ended yesterday; G3 achieved (not counted); G4 active, nothing.
    const goal = async (status: string) => {
      const id = randomUUID();
      await sql(`INSERT INTO goals (alliance_id, id, title, status) VALUES ($1, $2, $3, $4)`, [id, `Ziel ${status}`, status]);
      return id;
    };
    const activity = async (goalId: string, periodEnd: string | null, status = 'RUNNING') => {
      const id = randomUUID();
      await sql(
        `INSERT INTO activities (alliance_id, id, membership_id, title, status, period_end, created_at, updated_at)
                 VALUES ($1, $2, $3, 'Aktivität', $4, $5::date, ${days(30)}, ${days(30)})`,
        [id, other.membershipId, status, periodEnd],
      );
      await sql(`INSERT INTO activity_goals (alliance_id, activity_id, goal_id) VALUES ($1, $2, $3)`, [id, goalId]);
    };
    const [g1, g2, g3] = [await goal('ACTIVE'), await goal('PLANNED'), await goal('ACHIEVED')];
    await goal('ACTIVE');
    await activity(g1, null);
    await activity(g1, null, 'PAUSED');
    await activity(g2, (await t.sql(`SELECT ((now() AT TIME ZONE 'Europe/Berlin')::date - 1)::text AS d`))[0].d);
    await activity(g3, null);

    // Log entries: one this month by the backbone, two three months ago, one 13 months ago (outside the window).
    const log = async (createdAt: string, membershipId = bb) => {
      const id = randomUUID();
      await sql(
        `INSERT INTO log_entries (alliance_id, id, type, title, occurred_on, author_membership_id, created_at, updated_at)
                 VALUES ($1, $2, 'UPDATE', 'Notiz', current_date, $3, ${createdAt}, ${createdAt})`,
        [id, membershipId],
      );
      return id;
    };
    const entry = await log('now()');
    await log(`date_trunc('month', now() AT TIME ZONE 'Europe/Berlin') AT TIME ZONE 'Europe/Berlin' - interval '3 months' + interval '2 days'`);
    await log(`date_trunc('month', now() AT TIME ZONE 'Europe/Berlin') AT TIME ZONE 'Europe/Berlin' - interval '3 months' + interval '5 days'`);
    await log(`now() - interval '13 months'`);
    // The other partner commented 10 days ago (its activities are older); the funder voted 5 days ago; the observer did nothing.
    await sql(`INSERT INTO comments (alliance_id, id, log_entry_id, author_membership_id, body, created_at) VALUES ($1, $2, $3, $4, 'gut', ${days(10)})`, [
      randomUUID(),
      entry,
      other.membershipId,
    ]);
    const proposal = randomUUID();
    await sql(
      `INSERT INTO proposals (alliance_id, id, title, closes_at, created_by_membership_id, created_at, updated_at)
               VALUES ($1, $2, 'Vorschlag', now() + interval '3 days', $3, ${days(40)}, ${days(40)})`,
      [proposal, bb],
    );
    await sql(`INSERT INTO proposal_votes (alliance_id, proposal_id, membership_id, vote, voted_at) VALUES ($1, $2, $3, 'AGREE', ${days(5)})`, [
      proposal,
      funder.membershipId,
    ]);

    // Action items: overdue by 3 days (open), overdue but done, due tomorrow, without due date.
    const item = async (title: string, dueOffset: number | null, done = false) =>
      sql(
        `INSERT INTO action_items (alliance_id, id, title, owner_membership_id, due_on, done_at)
           VALUES ($1, $2, $3, $4, (now() AT TIME ZONE 'Europe/Berlin')::date + $5::int, ${done ? 'now()' : 'NULL'})`,
        [randomUUID(), title, partner.membershipId, dueOffset],
      );
    await item('Protokoll schicken', -3);
    await item('Erledigt', -10, true);
    await item('Morgen', 1);
    await item('Irgendwann', null);

    // Agreement: version 2 is in force, signed by the backbone and the partner only.
    const [v1, v2] = [randomUUID(), randomUUID()];
    await sql(
      `INSERT INTO agreement_versions (alliance_id, id, version_number, title, body, published_by_user_id) VALUES ($1, $2, 1, 'V1', 'x', $3), ($1, $4, 2, 'V2', 'y', $3)`,
      [v1, backbone.id, v2],
    );
    for (const [version, m] of [
      [v1, other.membershipId],
      [v2, bb],
      [v2, partner.membershipId],
    ]) {
      await sql(`INSERT INTO agreement_signatures (alliance_id, id, agreement_version_id, membership_id, signed_by_user_id) VALUES ($1, $2, $3, $4, $5)`, [
        randomUUID(),
        version,
        m,
        backbone.id,
      ]);
    }

    const h = (await t.ok(HEALTH, { id: A }, { token: backbone.token })).allianceHealth;
    expect(h.reportingCompleteness).toEqual([
      { periodKey: '2026-Q1', frequency: 'QUARTERLY', dueOn: null, expected: 4, approved: 1, submitted: 2, missing: 1, shareComplete: 0.25 },
    ]);
    expect(h.goalCoverage).toEqual({ goalCount: 3, goalsWithRunningActivity: 1, share: 1 / 3 });

    expect(h.logEntriesPerMonth.months).toHaveLength(12);
    expect(h.logEntriesPerMonth.months[11]).toBe((await today()).slice(0, 7));
    expect(h.logEntriesPerMonth.counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 1]);

    const last = Object.fromEntries(h.lastContributions.map((c: any) => [c.membershipId, c.daysSince]));
    expect(last).toEqual({ [bb]: 0, [partner.membershipId]: 2, [other.membershipId]: 10, [funder.membershipId]: 5, [observer.membershipId]: null });
    expect(h.lastContributions.map((c: any) => c.membershipId)).toEqual([
      observer.membershipId,
      other.membershipId,
      funder.membershipId,
      partner.membershipId,
      bb,
    ]);
    expect(h.lastContributions[0].lastContributionOn).toBeNull();

    expect(h.overdueActionItems.count).toBe(1);
    expect(h.overdueActionItems.items).toEqual([expect.objectContaining({ title: 'Protokoll schicken', daysOverdue: 3 })]);
    expect(h.overdueActionItems.items[0].owner.name).toMatch(/^PARTNER org/);

    expect(h.unsignedAgreement.currentVersionNumber).toBe(2);
    expect(h.unsignedAgreement.unsignedMembers.map((m: any) => m.id).sort()).toEqual([other.membershipId, funder.membershipId, observer.membershipId].sort());

    const [{ s }] = await sql(`SELECT submitted_at AS s FROM measurements WHERE alliance_id = $1 AND id = $2`, [sub.id]);
    expect(h.pendingReviews).toEqual({ count: 1, oldestSubmittedAt: new Date(s).toISOString() });
  });

  it('an empty alliance: zeros, twelve empty months, no agreement', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles('Leer');
    const h = (await t.ok(HEALTH, { id: allianceId }, { token: backbone.token })).allianceHealth;
    expect(h.reportingCompleteness).toEqual([]);
    expect(h.goalCoverage).toEqual({ goalCount: 0, goalsWithRunningActivity: 0, share: 0 });
    expect(h.logEntriesPerMonth.counts).toEqual(Array(12).fill(0));
    expect(h.lastContributions).toHaveLength(4);
    expect(h.overdueActionItems).toEqual({ count: 0, items: [] });
    expect(h.unsignedAgreement).toEqual({ currentVersionNumber: null, unsignedMembers: [] });
    expect(h.pendingReviews).toEqual({ count: 0, oldestSubmittedAt: null });
  });

  it('partners, funders and observers are refused with what is missing; another alliance is unknown', async () => {
    const { allianceId, partner, funder, observer } = await t.allianceWithRoles('Rollen');
    for (const who of [partner, funder, observer]) {
      const de = await t.gql(HEALTH, { id: allianceId }, { token: who.token });
      expect(code(de)).toBe('FORBIDDEN');
      expect(de.errors![0].message).toContain('Rolle Geschäftsstelle');
      expect(de.data?.allianceHealth ?? null).toBeNull();
      const en = await t.gql(HEALTH, { id: allianceId }, { token: who.token, lang: 'en' });
      expect(en.errors![0].message).toContain('backbone role');
    }
    const stranger = await t.allianceWithRoles('Fremd');
    expect(code(await t.gql(HEALTH, { id: allianceId }, { token: stranger.backbone.token }))).toBe('NOT_FOUND');
    expect(code(await t.gql(HEALTH, { id: randomUUID() }, { token: stranger.backbone.token }))).toBe('NOT_FOUND');
  });
});
