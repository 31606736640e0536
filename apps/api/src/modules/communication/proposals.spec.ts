import { randomUUID } from 'node:crypto';
import { TestApp } from '../../test/test-app';
import { codeOf, indicator, seat } from './communication.fixtures';
import { CLOSE, CREATE_PROPOSAL, ENTRY, inDays, PROPOSAL, PROPOSALS, VOTE, WITHDRAW } from './communication.test-queries';

// Jest applies testTimeout only as a global option, not per project: these suites make many requests on a busy machine.
jest.setTimeout(60_000);

describe('communication: proposals and votes', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const create = async (allianceId: string, token: string, extra: Record<string, unknown> = {}) =>
    (
      await t.ok(
        CREATE_PROPOSAL,
        { i: { allianceId, title: 'Gemeinsamer Jahresbericht', body: 'Wir berichten einmal jährlich.', closesAt: inDays(7), ...extra } },
        { token },
      )
    ).createProposal;
  const vote = (allianceId: string, proposalId: string, v: string, token: string, comment?: string) =>
    t.gql(VOTE, { i: { allianceId, proposalId, vote: v, comment } }, { token });
  const count = async (table: string, allianceId: string) => (await t.sql(`SELECT count(*)::int AS n FROM ${table} WHERE alliance_id = $1`, [allianceId]))[0].n;

  it('backbone and partners propose and vote; funders read but do not vote; observers see nothing', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const p = await create(allianceId, partner.token);
    expect(p).toMatchObject({ state: 'OPEN', votingOpen: true, outcome: null, version: 1, tally: { total: 0 }, myVote: null });
    await create(allianceId, backbone.token, { title: 'Zweiter Vorschlag' });
    for (const who of [funder, observer]) {
      const r = await t.gql(CREATE_PROPOSAL, { i: { allianceId, title: 'X', closesAt: inDays(1) } }, { token: who.token });
      expect([codeOf(r), r.errors?.[0].message]).toEqual(['FORBIDDEN', 'Dafür fehlt Ihnen die Berechtigung: Rolle Geschäftsstelle oder Partner.']);
      expect(codeOf(await vote(allianceId, p.id, 'AGREE', who.token))).toBe('FORBIDDEN');
    }
    expect((await vote(allianceId, p.id, 'AGREE', backbone.token)).data.castVote.tally).toMatchObject({ agree: 1, total: 1 });

    const list = (await t.ok(PROPOSALS, { a: allianceId }, { token: funder.token })).proposals;
    expect(list.nodes.map((n: any) => n.title)).toEqual(['Zweiter Vorschlag', 'Gemeinsamer Jahresbericht']);
    const detail = (await t.ok(PROPOSAL, { a: allianceId, id: p.id }, { token: funder.token })).proposal;
    expect(detail).toMatchObject({ myVote: null, votes: [{ vote: 'AGREE', votedBy: { id: backbone.id } }] });
    for (const q of [t.gql(PROPOSALS, { a: allianceId }, { token: observer.token }), t.gql(PROPOSAL, { a: allianceId, id: p.id }, { token: observer.token })]) {
      const r = await q;
      expect([codeOf(r), r.errors?.[0].message]).toEqual(['FORBIDDEN', 'Dafür fehlt Ihnen die Berechtigung: Rolle Geschäftsstelle, Partner oder Förderer.']);
    }
    expect(await count('proposal_votes', allianceId)).toBe(1);
    const audit = await t.sql(`SELECT action FROM audit_events WHERE alliance_id = $1 AND entity_type = 'Proposal' ORDER BY occurred_at`, [allianceId]);
    expect(audit.map((a) => a.action)).toEqual(['proposal.created', 'proposal.created', 'proposal.voted']);
  });

  it('one vote per organisation: a new vote — also by a colleague — replaces it until voting closes', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const colleague = await t.userWithToken();
    await seat(t, allianceId, partner.membershipId, colleague.id);
    const p = await create(allianceId, backbone.token);

    await vote(allianceId, p.id, 'AGREE', partner.token, 'gern');
    const changed = (await vote(allianceId, p.id, 'DISAGREE', partner.token, 'doch nicht')).data.castVote;
    expect(changed).toMatchObject({
      tally: { agree: 0, disagree: 1, total: 1 },
      myVote: { vote: 'DISAGREE', comment: 'doch nicht', member: { membershipId: partner.membershipId } },
    });
    const byColleague = (await vote(allianceId, p.id, 'ABSTAIN', colleague.token)).data.castVote;
    expect(byColleague).toMatchObject({ tally: { abstain: 1, disagree: 0, total: 1 }, myVote: { vote: 'ABSTAIN', comment: '' } });
    expect(await t.sql(`SELECT membership_id, vote::text, voted_by_user_id FROM proposal_votes WHERE proposal_id = $1`, [p.id])).toEqual([
      { membership_id: partner.membershipId, vote: 'ABSTAIN', voted_by_user_id: colleague.id },
    ]);

    // Past closesAt counts as closed for voting (and for withdrawing); the backbone still decides.
    await t.sql(`UPDATE proposals SET closes_at = now() - interval '1 minute' WHERE id = $1`, [p.id]);
    const late = await vote(allianceId, p.id, 'AGREE', partner.token);
    expect([codeOf(late), late.errors?.[0].message]).toEqual(['VOTING_CLOSED', 'Über diesen Vorschlag kann nicht mehr abgestimmt werden.']);
    expect((await t.ok(PROPOSAL, { a: allianceId, id: p.id }, { token: partner.token })).proposal).toMatchObject({ state: 'OPEN', votingOpen: false });
    expect(codeOf(await t.gql(WITHDRAW, { i: { allianceId, proposalId: p.id, version: 1 } }, { token: backbone.token }))).toBe('INVALID_TRANSITION');
    const closed = (await t.ok(CLOSE, { i: { allianceId, proposalId: p.id, version: 1 } }, { token: backbone.token })).closeProposal;
    expect(closed).toMatchObject({ state: 'DECIDED', outcome: 'REJECTED', tally: { abstain: 1, total: 1 } });
    expect(codeOf(await vote(allianceId, p.id, 'AGREE', backbone.token))).toBe('VOTING_CLOSED');
    expect(await t.sql(`SELECT vote::text FROM proposal_votes WHERE proposal_id = $1`, [p.id])).toEqual([{ vote: 'ABSTAIN' }]);
  });

  it('closing decides each outcome from the votes and records a DECISION log entry', async () => {
    const { allianceId, backbone, partner, funder } = await t.allianceWithRoles();
    const p2 = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const p3 = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const voters = [backbone, partner, p2, p3];
    const cases: [string, string[], string, string][] = [
      ['Veto', ['AGREE', 'AGREE', 'AGREE', 'BLOCK'], 'BLOCKED', '3 Zustimmung, 0 Enthaltung, 0 Ablehnung, 1 Veto (insgesamt 4)'],
      ['Keiner', [], 'NO_QUORUM', '0 Zustimmung, 0 Enthaltung, 0 Ablehnung, 0 Veto (insgesamt 0)'],
      ['Mehrheit', ['AGREE', 'AGREE', 'DISAGREE', 'ABSTAIN'], 'ACCEPTED', '2 Zustimmung, 1 Enthaltung, 1 Ablehnung, 0 Veto (insgesamt 4)'],
      ['Patt', ['AGREE', 'DISAGREE', 'ABSTAIN', 'ABSTAIN'], 'REJECTED', '1 Zustimmung, 2 Enthaltung, 1 Ablehnung, 0 Veto (insgesamt 4)'],
      ['Enthaltungen', ['ABSTAIN', 'ABSTAIN'], 'REJECTED', '0 Zustimmung, 2 Enthaltung, 0 Ablehnung, 0 Veto (insgesamt 2)'],
    ];
    for (const [title, votes, outcome, tally] of cases) {
      const p = await create(allianceId, partner.token, { title });
      for (const [i, v] of votes.entries()) await vote(allianceId, p.id, v, voters[i].token);
      for (const who of [partner, funder])
        expect(codeOf(await t.gql(CLOSE, { i: { allianceId, proposalId: p.id, version: 1 } }, { token: who.token }))).toBe('FORBIDDEN');
      const closed = (await t.ok(CLOSE, { i: { allianceId, proposalId: p.id, version: 1 } }, { token: backbone.token })).closeProposal;
      expect(closed).toMatchObject({ state: 'DECIDED', outcome, votingOpen: false, version: 2, indicatorSnapshot: null });
      expect(closed.votes).toHaveLength(votes.length);

      const entry = (await t.ok(ENTRY, { a: allianceId, id: closed.decisionLogEntryId }, { token: funder.token })).logEntry;
      expect(entry).toMatchObject({ type: 'DECISION', title: `Entscheidung: ${title}`, proposalId: p.id, authorUser: { id: backbone.id } });
      expect(entry.body).toContain(`Stimmen: ${tally}.`);
      expect(entry.participants).toHaveLength(votes.length);
      const audit = await t.sql(`SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'proposal.decided'`, [p.id]);
      expect(audit[0].after).toMatchObject({ outcome, decisionLogEntryId: closed.decisionLogEntryId });
    }
    expect((await t.sql(`SELECT body FROM log_entries WHERE title = 'Entscheidung: Mehrheit' AND alliance_id = $1`, [allianceId]))[0].body).toBe(
      'Vorschlag „Mehrheit“: angenommen.\nStimmen: 2 Zustimmung, 1 Enthaltung, 1 Ablehnung, 0 Veto (insgesamt 4).',
    );
    const decided = (await t.ok(PROPOSALS, { a: allianceId, s: 'DECIDED', p: { first: 2 } }, { token: funder.token })).proposals;
    expect([decided.totalCount, decided.nodes.length, decided.pageInfo.hasNextPage]).toEqual([5, 2, true]);
    const rest = (await t.ok(PROPOSALS, { a: allianceId, s: 'DECIDED', p: { first: 10, after: decided.pageInfo.endCursor } }, { token: funder.token }))
      .proposals;
    expect([...decided.nodes, ...rest.nodes].map((n: any) => n.title)).toEqual(['Enthaltungen', 'Patt', 'Mehrheit', 'Keiner', 'Veto']);
  });

  it('closing twice, a stale version and withdrawing follow the rules; nothing changes on refusal', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const other = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const p = await create(allianceId, partner.token);
    const stale = await t.gql(CLOSE, { i: { allianceId, proposalId: p.id, version: 7 } }, { token: backbone.token });
    expect([codeOf(stale), stale.errors?.[0].message]).toEqual([
      'CONFLICT',
      'Der Vorschlag wurde inzwischen von jemand anderem geändert. Bitte laden Sie neu und versuchen Sie es noch einmal.',
    ]);
    expect(await count('log_entries', allianceId)).toBe(0);

    for (const who of [funder, observer]) {
      for (const q of [WITHDRAW, CLOSE])
        expect(codeOf(await t.gql(q, { i: { allianceId, proposalId: p.id, version: 1 } }, { token: who.token }))).toBe('FORBIDDEN');
    }
    const denied = await t.gql(WITHDRAW, { i: { allianceId, proposalId: p.id, version: 1 } }, { token: other.token });
    expect([codeOf(denied), denied.errors?.[0].message]).toEqual([
      'FORBIDDEN',
      'Dafür fehlt Ihnen die Berechtigung: Vorschlag der eigenen Organisation oder Rolle Geschäftsstelle.',
    ]);
    expect((await t.ok(WITHDRAW, { i: { allianceId, proposalId: p.id, version: 1 } }, { token: partner.token })).withdrawProposal).toMatchObject({
      state: 'WITHDRAWN',
      votingOpen: false,
      version: 2,
    });
    expect(codeOf(await vote(allianceId, p.id, 'AGREE', partner.token))).toBe('VOTING_CLOSED');
    expect(codeOf(await t.gql(CLOSE, { i: { allianceId, proposalId: p.id, version: 2 } }, { token: backbone.token }))).toBe('INVALID_TRANSITION');

    const byBackbone = await create(allianceId, partner.token, { title: 'Zurückgezogen von der Geschäftsstelle' });
    expect((await t.ok(WITHDRAW, { i: { allianceId, proposalId: byBackbone.id, version: 1 } }, { token: backbone.token })).withdrawProposal.state).toBe(
      'WITHDRAWN',
    );
    const q = await create(allianceId, partner.token, { title: 'Zweimal' });
    await t.ok(CLOSE, { i: { allianceId, proposalId: q.id, version: 1 } }, { token: backbone.token });
    expect(codeOf(await t.gql(CLOSE, { i: { allianceId, proposalId: q.id, version: 2 } }, { token: backbone.token }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await t.gql(WITHDRAW, { i: { allianceId, proposalId: q.id, version: 2 } }, { token: backbone.token }))).toBe('INVALID_TRANSITION');
    expect(await count('log_entries', allianceId)).toBe(1);
    const actions = await t.sql(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`, [p.id]);
    expect(actions.map((a) => a.action)).toEqual(['proposal.created', 'proposal.withdrawn']);
  });

  it('another alliance’s proposals and indicators are unknown; bad input is refused; nothing changes', async () => {
    const a = await t.allianceWithRoles('Bündnis A');
    const b = await t.allianceWithRoles('Bündnis B');
    const pA = await create(a.allianceId, a.partner.token);
    const indA = await indicator(t, a.allianceId);
    const asB = { token: b.backbone.token };
    const cases: [string, Record<string, unknown>, string][] = [
      [VOTE, { allianceId: b.allianceId, proposalId: pA.id, vote: 'BLOCK' }, 'Proposal'],
      [CLOSE, { allianceId: b.allianceId, proposalId: pA.id, version: 1 }, 'Proposal'],
      [WITHDRAW, { allianceId: b.allianceId, proposalId: pA.id, version: 1 }, 'Proposal'],
      [CREATE_PROPOSAL, { allianceId: b.allianceId, title: 'X', closesAt: inDays(1), indicatorId: indA }, 'Indicator'],
    ];
    for (const [query, i, entity] of cases) {
      const r = await t.gql(query, { i }, asB);
      expect([codeOf(r), r.errors?.[0].extensions?.params]).toEqual(['NOT_FOUND', { entity }]);
    }
    expect(codeOf(await t.gql(PROPOSAL, { a: b.allianceId, id: pA.id }, asB))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(PROPOSAL, { a: a.allianceId, id: randomUUID() }, { token: a.backbone.token }))).toBe('NOT_FOUND');
    expect(await t.sql(`SELECT state::text, version FROM proposals WHERE id = $1`, [pA.id])).toEqual([{ state: 'OPEN', version: 1 }]);
    expect(await count('proposal_votes', a.allianceId)).toBe(0);
    expect(await count('proposals', b.allianceId)).toBe(0);

    const bad: [Record<string, unknown>, string][] = [
      [{ closesAt: inDays(-1) }, 'closesAt'],
      [{ title: ' ' }, 'title'],
      [{ closesAt: 'bald' }, 'closesAt'],
    ];
    for (const [extra, field] of bad) {
      const r = await t.gql(CREATE_PROPOSAL, { i: { allianceId: a.allianceId, title: 'Y', closesAt: inDays(3), ...extra } }, { token: a.backbone.token });
      expect(codeOf(r)).toBe('VALIDATION_FAILED');
      expect((r.errors?.[0].extensions?.fields as any[])[0].field).toBe(field);
    }
    const past = await t.gql(CREATE_PROPOSAL, { i: { allianceId: a.allianceId, title: 'Y', closesAt: inDays(-1) } }, { token: a.backbone.token });
    expect(past.errors?.[0].message).toBe('Bitte prüfen Sie Ihre Eingaben: closesAt (muss in der Zukunft liegen).');
    expect(codeOf(await vote(a.allianceId, pA.id, 'MAYBE', a.backbone.token))).toBe('VALIDATION_FAILED');
    expect(await count('proposals', a.allianceId)).toBe(1);
    expect(await count('proposal_votes', a.allianceId)).toBe(0);
  });
});
