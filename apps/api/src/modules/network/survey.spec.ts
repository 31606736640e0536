import { TestApp } from '../../test/test-app';

const ROUND = 'id title opensOn closesOn state version respondentCount submittedCount responseRate myResponseState';
const OPEN = `mutation($i: OpenSurveyRoundInput!) { openSurveyRound(input: $i) { ${ROUND} } }`;
const CLOSE = `mutation($i: CloseSurveyRoundInput!) { closeSurveyRound(input: $i) { ${ROUND} } }`;
const MINE = `query($a: ID!, $r: ID!) { mySurveyResponse(allianceId: $a, roundId: $r) { state version others { id } answers { toMembershipId kind frequency trust value } round { state } } }`;
const SAVE = `mutation($i: SaveSurveyResponseInput!) { saveSurveyResponse(input: $i) { state version answers { toMembershipId kind trust } } }`;
const DETAIL = `query($a: ID!, $r: ID!) { surveyRound(allianceId: $a, roundId: $r) { round { ${ROUND} } respondents { id state } } }`;
const LIST = `query($a: ID!) { surveyRounds(allianceId: $a) { id responseRate } }`;
const NETWORK = `query($a: ID!, $r: ID!, $f: SurveyRoundNetworkFilterInput) { surveyRoundNetwork(allianceId: $a, roundId: $r, filter: $f) {
  meanTrust meanValue mutualDyads answers { fromMembershipId toMembershipId kind trust value }
  network { density statedDyads reciprocity nodes { id degree betweenness broker isolated } ties { a b kinds weight } } } }`;
const COMPARE = `query($a: ID!, $x: ID!, $y: ID!) { compareSurveyRounds(allianceId: $a, beforeRoundId: $x, afterRoundId: $y) {
  newTies lostTies keptTies densityChange meanTrustChange before { density ties } after { density ties }
  pairs { a { id } b { id } change trustBefore trustAfter } } }`;
const NOTICES = `query { myNotifications { kind params } }`;

type Code = { errors?: { extensions?: { code?: string } }[] };
const code = (r: Code) => r.errors?.[0]?.extensions?.code;

describe('network survey rounds', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  async function alliance() {
    const roles = await t.allianceWithRoles('Befragung');
    const second = await t.addMember(roles.backbone.token, roles.allianceId, 'PARTNER');
    const [{ id: backboneMembership }] = await t.sql<{ id: string }>(`SELECT id FROM memberships WHERE alliance_id = $1 AND role = 'BACKBONE'`, [
      roles.allianceId,
    ]);
    return { ...roles, second, backboneMembership };
  }
  const answer = (to: string, kind: string | null, trust = 3, value = 3) =>
    kind ? { toMembershipId: to, kind, frequency: 'MONTHLY', trust, value } : { toMembershipId: to, kind: null };

  it('the backbone opens a round; members save drafts and submit; the response rate counts submissions; the backbone closes it', async () => {
    const { allianceId, backbone, partner, second, funder, observer, backboneMembership } = await alliance();
    // Only the backbone opens a round, and not ending before it starts.
    expect(code(await t.gql(OPEN, { i: { allianceId, title: 'Runde 1', opensOn: '2026-01-05', closesOn: '2026-01-30' } }, { token: partner.token }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.gql(OPEN, { i: { allianceId, title: 'Runde 1', opensOn: '2026-02-05', closesOn: '2026-01-30' } }, { token: backbone.token }))).toBe(
      'VALIDATION_FAILED',
    );
    const round = (await t.ok(OPEN, { i: { allianceId, title: 'Runde 1', opensOn: '2026-01-05', closesOn: '2026-01-30' } }, { token: backbone.token }))
      .openSurveyRound;
    // Backbone and two partners are asked; the funder and the observer are not.
    expect(round).toMatchObject({ state: 'OPEN', respondentCount: 3, submittedCount: 0, responseRate: 0, myResponseState: 'PENDING', version: 1 });
    expect((await t.ok(NOTICES, {}, { token: partner.token })).myNotifications.map((n: { kind: string }) => n.kind)).toContain('SURVEY_OPENED');
    expect((await t.ok(NOTICES, {}, { token: funder.token })).myNotifications.map((n: { kind: string }) => n.kind)).not.toContain('SURVEY_OPENED');
    expect(code(await t.gql(MINE, { a: allianceId, r: round.id }, { token: funder.token }))).toBe('FORBIDDEN');
    expect(code(await t.gql(LIST, { a: allianceId }, { token: observer.token }))).toBe('FORBIDDEN');

    const mine = (await t.ok(MINE, { a: allianceId, r: round.id }, { token: partner.token })).mySurveyResponse;
    expect(mine.others.map((o: { id: string }) => o.id).sort()).toEqual([backboneMembership, second.membershipId].sort());
    // A draft: a relationship needs frequency, trust and value; "no relationship" needs nothing.
    expect(
      code(
        await t.gql(
          SAVE,
          { i: { allianceId, roundId: round.id, version: mine.version, submit: false, answers: [{ toMembershipId: second.membershipId, kind: 'REFERRAL' }] } },
          { token: partner.token },
        ),
      ),
    ).toBe('VALIDATION_FAILED');
    expect(
      code(
        await t.gql(
          SAVE,
          { i: { allianceId, roundId: round.id, version: mine.version, submit: false, answers: [answer(partner.membershipId, 'REFERRAL')] } },
          { token: partner.token },
        ),
      ),
    ).toBe('NOT_FOUND');
    const draft = (
      await t.ok(
        SAVE,
        {
          i: {
            allianceId,
            roundId: round.id,
            version: mine.version,
            submit: false,
            answers: [answer(second.membershipId, 'REFERRAL', 4, 3), answer(backboneMembership, null)],
          },
        },
        { token: partner.token },
      )
    ).saveSurveyResponse;
    expect(draft).toMatchObject({ state: 'DRAFT', version: mine.version + 1 });
    // A stale version conflicts and changes nothing.
    expect(code(await t.gql(SAVE, { i: { allianceId, roundId: round.id, version: mine.version, submit: true, answers: [] } }, { token: partner.token }))).toBe(
      'CONFLICT',
    );
    // While open: a draft does not count; the backbone sees who answered, not what; the network waits.
    let detail = (await t.ok(DETAIL, { a: allianceId, r: round.id }, { token: backbone.token })).surveyRound;
    expect(detail.round.submittedCount).toBe(0);
    expect(detail.respondents.find((r: { id: string }) => r.id === partner.membershipId).state).toBe('DRAFT');
    expect((await t.ok(DETAIL, { a: allianceId, r: round.id }, { token: partner.token })).surveyRound.respondents).toBeNull();
    expect(code(await t.gql(NETWORK, { a: allianceId, r: round.id }, { token: backbone.token }))).toBe('SURVEY_ROUND_OPEN');

    await t.ok(
      SAVE,
      {
        i: {
          allianceId,
          roundId: round.id,
          version: draft.version,
          submit: true,
          answers: [answer(second.membershipId, 'REFERRAL', 4, 3), answer(backboneMembership, null)],
        },
      },
      { token: partner.token },
    );
    const secondMine = (await t.ok(MINE, { a: allianceId, r: round.id }, { token: second.token })).mySurveyResponse;
    expect(secondMine.answers).toEqual([]); // nobody sees another member's answers
    await t.ok(
      SAVE,
      {
        i: {
          allianceId,
          roundId: round.id,
          version: secondMine.version,
          submit: true,
          answers: [answer(partner.membershipId, 'INFORMATION', 2, 1), answer(backboneMembership, 'COORDINATION', 3, 4)],
        },
      },
      { token: second.token },
    );
    detail = (await t.ok(DETAIL, { a: allianceId, r: round.id }, { token: backbone.token })).surveyRound;
    expect(detail.round).toMatchObject({ submittedCount: 2, respondentCount: 3 });
    expect(detail.round.responseRate).toBeCloseTo(2 / 3, 4);

    expect(code(await t.gql(CLOSE, { i: { allianceId, roundId: round.id, version: 1 } }, { token: partner.token }))).toBe('FORBIDDEN');
    expect(code(await t.gql(CLOSE, { i: { allianceId, roundId: round.id, version: 7 } }, { token: backbone.token }))).toBe('CONFLICT');
    expect((await t.ok(CLOSE, { i: { allianceId, roundId: round.id, version: 1 } }, { token: backbone.token })).closeSurveyRound.state).toBe('CLOSED');
    expect(
      code(await t.gql(SAVE, { i: { allianceId, roundId: round.id, version: secondMine.version + 1, submit: true, answers: [] } }, { token: second.token })),
    ).toBe('SURVEY_ROUND_CLOSED');

    // Closed: partner–second mutual (trust (4+2)/2 = 3), second–backbone one-sided; the second is the broker.
    const full = (await t.ok(NETWORK, { a: allianceId, r: round.id }, { token: backbone.token })).surveyRoundNetwork;
    expect(full.network.ties).toHaveLength(2);
    expect(full.network.density).toBeCloseTo(2 / 3, 4);
    expect(full).toMatchObject({ meanTrust: 3, mutualDyads: 1 });
    expect(full.meanValue).toBeCloseTo(8 / 3, 3);
    expect(full.network.reciprocity).toBe(0.5);
    expect(full.answers).toHaveLength(4);
    expect(full.network.nodes.find((n: { id: string }) => n.id === second.membershipId)).toMatchObject({ degree: 2, broker: true });
    // Partners see the aggregate, not who said what.
    const aggregate = (await t.ok(NETWORK, { a: allianceId, r: round.id }, { token: partner.token })).surveyRoundNetwork;
    expect(aggregate.answers).toBeNull();
    expect(aggregate.network.ties).toEqual(full.network.ties);
    // Filters: by kind, by trust.
    const coordination = (await t.ok(NETWORK, { a: allianceId, r: round.id, f: { kinds: ['COORDINATION'] } }, { token: backbone.token })).surveyRoundNetwork;
    expect(coordination.network.ties.map((x: { kinds: string[] }) => x.kinds)).toEqual([['COORDINATION']]);
    const trusted = (await t.ok(NETWORK, { a: allianceId, r: round.id, f: { minTrust: 3 } }, { token: backbone.token })).surveyRoundNetwork;
    expect(trusted.network.ties).toHaveLength(2);
    expect(trusted.mutualDyads).toBe(0);

    // A second round: the partner drops the tie to the second, the backbone names the partner.
    const round2 = (await t.ok(OPEN, { i: { allianceId, title: 'Runde 2', opensOn: '2026-06-01', closesOn: '2026-06-30' } }, { token: backbone.token }))
      .openSurveyRound;
    for (const [who, answers] of [
      [partner, [answer(second.membershipId, null)]],
      [second, [answer(partner.membershipId, null), answer(backboneMembership, 'COORDINATION', 4, 4)]],
      [backbone, [answer(partner.membershipId, 'FUNDING', 4, 4)]],
    ] as const) {
      const v = (await t.ok(MINE, { a: allianceId, r: round2.id }, { token: who.token })).mySurveyResponse.version;
      await t.ok(SAVE, { i: { allianceId, roundId: round2.id, version: v, submit: true, answers } }, { token: who.token });
    }
    expect(code(await t.gql(COMPARE, { a: allianceId, x: round.id, y: round2.id }, { token: backbone.token }))).toBe('SURVEY_ROUND_OPEN');
    await t.ok(CLOSE, { i: { allianceId, roundId: round2.id, version: 1 } }, { token: backbone.token });
    const c = (await t.ok(COMPARE, { a: allianceId, x: round.id, y: round2.id }, { token: backbone.token })).compareSurveyRounds;
    expect([c.newTies, c.lostTies, c.keptTies]).toEqual([1, 1, 1]);
    expect(c.densityChange).toBe(0);
    const kept = c.pairs.find((p: { change: string }) => p.change === 'KEPT');
    expect([kept.trustBefore, kept.trustAfter]).toEqual([3, 4]);
    const asPartner = (await t.ok(COMPARE, { a: allianceId, x: round.id, y: round2.id }, { token: partner.token })).compareSurveyRounds;
    expect(asPartner.pairs.every((p: { trustBefore: number | null; trustAfter: number | null }) => p.trustBefore === null && p.trustAfter === null)).toBe(true);

    const audit = await t.sql(
      `SELECT action FROM audit_events WHERE alliance_id = $1 AND entity_type IN ('SurveyRound', 'SurveyResponse') ORDER BY occurred_at, id`,
      [allianceId],
    );
    expect(audit.map((e: { action: string }) => e.action).filter((a: string) => a.startsWith('surveyRound'))).toEqual([
      'surveyRound.opened',
      'surveyRound.closed',
      'surveyRound.opened',
      'surveyRound.closed',
    ]);
    expect(audit.filter((e: { action: string }) => e.action === 'surveyResponse.submitted')).toHaveLength(5);
  });
});
