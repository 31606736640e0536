import { randomUUID } from 'node:crypto';
import { TestApp } from '../../test/test-app';
import { backboneMembership, codeOf, seat } from './communication.fixtures';
import { COMPLETE_ITEM, CREATE_ENTRY, CREATE_ITEM, dateIn, ENTRY, MY_ITEMS, REOPEN_ITEM } from './communication.test-queries';

// Jest applies testTimeout only as a global option, not per project: these suites make many requests on a busy machine.
jest.setTimeout(60_000);

describe('communication log: action items', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const newEntry = async (allianceId: string, token: string) =>
    (await t.ok(CREATE_ENTRY, { i: { allianceId, type: 'MEETING', title: 'Steuerungsgruppe', occurredOn: '2026-05-04' } }, { token })).createLogEntry
      .id as string;
  const countItems = async (allianceId: string) => (await t.sql(`SELECT count(*)::int AS n FROM action_items WHERE alliance_id = $1`, [allianceId]))[0].n;

  it('who may create: the backbone for anyone, a partner for itself or on its own entry; funders and observers not', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const other = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const ownEntry = await newEntry(allianceId, partner.token);
    const othersEntry = await newEntry(allianceId, other.token);
    const item = (i: Record<string, unknown>) => ({ i: { allianceId, title: 'Flyer drucken', ...i } });

    const own = (
      await t.ok(CREATE_ITEM, item({ ownerMembershipId: partner.membershipId, ownerUserId: partner.id, dueOn: '2026-06-01' }), { token: partner.token })
    ).createActionItem;
    expect(own).toMatchObject({
      done: false,
      dueOn: '2026-06-01',
      version: 1,
      owner: { membershipId: partner.membershipId },
      ownerUser: { id: partner.id, name: 'Test Person' },
    });
    const minutes = (await t.ok(CREATE_ITEM, item({ logEntryId: ownEntry, ownerMembershipId: other.membershipId }), { token: partner.token })).createActionItem;
    expect(minutes).toMatchObject({ logEntryId: ownEntry, logEntryTitle: 'Steuerungsgruppe', owner: { membershipId: other.membershipId }, ownerUser: null });
    await t.ok(CREATE_ITEM, item({ ownerMembershipId: funder.membershipId }), { token: backbone.token });

    for (const i of [{ ownerMembershipId: other.membershipId }, { logEntryId: othersEntry, ownerMembershipId: other.membershipId }]) {
      const r = await t.gql(CREATE_ITEM, item(i), { token: partner.token });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.errors?.[0].message).toBe(
        'Dafür fehlt Ihnen die Berechtigung: eigene Organisation als Verantwortliche, eigener Logbucheintrag oder Rolle Geschäftsstelle.',
      );
    }
    for (const who of [funder, observer]) {
      expect(codeOf(await t.gql(CREATE_ITEM, item({ ownerMembershipId: who.membershipId }), { token: who.token }))).toBe('FORBIDDEN');
    }
    expect(await countItems(allianceId)).toBe(3);
    expect((await t.ok(ENTRY, { a: allianceId, id: ownEntry }, { token: backbone.token })).logEntry).toMatchObject({
      openActionItemCount: 1,
      actionItems: [{ id: minutes.id }],
    });
    const audit = await t.sql(`SELECT action FROM audit_events WHERE alliance_id = $1 AND entity_type = 'ActionItem'`, [allianceId]);
    expect(audit).toHaveLength(3);
  });

  it('owners must be active members, owner persons must sit in that membership', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const leaving = await t.addMember(backbone.token, allianceId, 'PARTNER');
    await t.ok(`mutation($i: LeaveAllianceInput!) { leaveAlliance(input: $i) { id } }`, { i: { allianceId } }, { token: leaving.token });

    const inactive = await t.gql(CREATE_ITEM, { i: { allianceId, title: 'X', ownerMembershipId: leaving.membershipId } }, { token: backbone.token });
    expect([codeOf(inactive), inactive.errors?.[0].message]).toEqual([
      'VALIDATION_FAILED',
      'Bitte prüfen Sie Ihre Eingaben: ownerMembershipId (keine aktive Mitgliedschaft).',
    ]);
    const noSeat = await t.gql(
      CREATE_ITEM,
      { i: { allianceId, title: 'X', ownerMembershipId: partner.membershipId, ownerUserId: backbone.id } },
      { token: backbone.token },
    );
    expect([codeOf(noSeat), (noSeat.errors?.[0].extensions?.fields as any[])[0]]).toEqual(['VALIDATION_FAILED', { field: 'ownerUserId', code: 'noSeat' }]);
    const bad: Record<string, unknown>[] = [{ title: '' }, { dueOn: '2026-06-31' }, { ownerUserId: 'nobody' }];
    for (const b of bad) {
      expect(
        codeOf(await t.gql(CREATE_ITEM, { i: { allianceId, title: 'X', ownerMembershipId: partner.membershipId, ...b } }, { token: backbone.token })),
      ).toBe('VALIDATION_FAILED');
    }
    expect(codeOf(await t.gql(CREATE_ITEM, { i: { allianceId, title: 'X', ownerMembershipId: randomUUID() } }, { token: backbone.token }))).toBe('NOT_FOUND');
    expect(await countItems(allianceId)).toBe(0);
  });

  it('the owning organisation or the backbone completes and reopens; stale versions and repeats are refused', async () => {
    const { allianceId, backbone, partner, funder } = await t.allianceWithRoles();
    const other = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const mk = async (owner: string) =>
      (await t.ok(CREATE_ITEM, { i: { allianceId, title: 'Raum buchen', ownerMembershipId: owner } }, { token: backbone.token })).createActionItem;
    const item = await mk(partner.membershipId);
    const ref = (version: number) => ({ i: { allianceId, actionItemId: item.id, version } });

    const denied = await t.gql(COMPLETE_ITEM, ref(1), { token: other.token });
    expect([codeOf(denied), denied.errors?.[0].message]).toEqual([
      'FORBIDDEN',
      'Dafür fehlt Ihnen die Berechtigung: Aufgabe der eigenen Organisation oder Rolle Geschäftsstelle.',
    ]);
    const done = (await t.ok(COMPLETE_ITEM, ref(1), { token: partner.token })).completeActionItem;
    expect(done).toMatchObject({ done: true, version: 2, doneBy: { id: partner.id } });
    expect(codeOf(await t.gql(COMPLETE_ITEM, ref(2), { token: partner.token }))).toBe('INVALID_TRANSITION');
    expect(codeOf(await t.gql(REOPEN_ITEM, ref(1), { token: backbone.token }))).toBe('CONFLICT');
    expect(await t.sql(`SELECT done_at IS NOT NULL AS done, version FROM action_items WHERE id = $1`, [item.id])).toEqual([{ done: true, version: 2 }]);
    const reopened = (await t.ok(REOPEN_ITEM, ref(2), { token: backbone.token })).reopenActionItem;
    expect(reopened).toMatchObject({ done: false, version: 3, doneBy: null });
    expect(codeOf(await t.gql(REOPEN_ITEM, ref(3), { token: backbone.token }))).toBe('INVALID_TRANSITION');

    // A funder may own an item agreed in a meeting and tick it off itself.
    const funderItem = await mk(funder.membershipId);
    expect((await t.ok(COMPLETE_ITEM, { i: { allianceId, actionItemId: funderItem.id, version: 1 } }, { token: funder.token })).completeActionItem.done).toBe(
      true,
    );
    const audit = await t.sql(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`, [item.id]);
    expect(audit.map((a) => a.action)).toEqual(['actionItem.created', 'actionItem.completed', 'actionItem.reopened']);
  });

  it('an observer sees and ticks off its own items, but not the title of a log it may not read', async () => {
    const { allianceId, backbone, observer } = await t.allianceWithRoles();
    const logEntryId = await newEntry(allianceId, backbone.token);
    const item = (
      await t.ok(CREATE_ITEM, { i: { allianceId, logEntryId, title: 'Bericht lesen', ownerMembershipId: observer.membershipId } }, { token: backbone.token })
    ).createActionItem;
    const mine = (await t.ok(MY_ITEMS, { a: allianceId }, { token: observer.token })).myActionItems.nodes;
    expect(mine).toMatchObject([{ id: item.id, logEntryId, logEntryTitle: null }]);
    const done = (await t.ok(COMPLETE_ITEM, { i: { allianceId, actionItemId: item.id, version: 1 } }, { token: observer.token })).completeActionItem;
    expect(done).toMatchObject({ done: true, logEntryTitle: null });
    await t.sql(`UPDATE alliances SET guest_comments = true WHERE id = $1`, [allianceId]);
    const withGuests = (await t.ok(MY_ITEMS, { a: allianceId, d: true }, { token: observer.token })).myActionItems.nodes;
    expect(withGuests).toMatchObject([{ id: item.id, logEntryTitle: 'Steuerungsgruppe' }]);
  });

  it('myActionItems: the organisation’s and the person’s open items, overdue first, then by due date, paged', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const bb = await backboneMembership(t, allianceId);
    // A backbone colleague who also sits in the partner's membership.
    const colleague = await t.userWithToken({ organisationName: 'Zweitorganisation' });
    await seat(t, allianceId, bb, colleague.id);
    await seat(t, allianceId, partner.membershipId, colleague.id);

    const mk = async (title: string, owner: string, extra: Record<string, unknown> = {}) =>
      (await t.ok(CREATE_ITEM, { i: { allianceId, title, ownerMembershipId: owner, ...extra } }, { token: backbone.token })).createActionItem;
    const noDue = await mk('ohne Termin', partner.membershipId);
    const later = await mk('später', partner.membershipId, { dueOn: dateIn(30) });
    const overdueLong = await mk('lange überfällig', partner.membershipId, { dueOn: dateIn(-20) });
    const soon = await mk('bald', partner.membershipId, { dueOn: dateIn(3) });
    const overdue = await mk('überfällig', partner.membershipId, { dueOn: dateIn(-2) });
    const personal = await mk('für die Kollegin', partner.membershipId, { ownerUserId: colleague.id, dueOn: dateIn(5) });
    const finished = await mk('erledigt', partner.membershipId, { dueOn: dateIn(-30) });
    await t.ok(COMPLETE_ITEM, { i: { allianceId, actionItemId: finished.id, version: 1 } }, { token: partner.token });
    const backboneItem = await mk('Geschäftsstelle', bb, { dueOn: dateIn(1) });

    const mine = (await t.ok(MY_ITEMS, { a: allianceId }, { token: partner.token })).myActionItems;
    const expected = [overdueLong, overdue, soon, personal, later, noDue].map((i) => i.id);
    expect(mine.nodes.map((n: any) => n.id)).toEqual(expected);
    expect(mine.nodes.map((n: any) => n.overdue)).toEqual([true, true, false, false, false, false]);
    expect(mine.totalCount).toBe(6);

    // Pages of two: same order, nothing twice, nothing left out; done items last when asked for.
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = (await t.ok(MY_ITEMS, { a: allianceId, d: true, p: { first: 2, after } }, { token: partner.token })).myActionItems;
      seen.push(...page.nodes.map((n: any) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    expect(seen).toEqual([...expected, finished.id]);

    // The colleague acts for the backbone here: the backbone's items plus the one assigned to her.
    const hers = (await t.ok(MY_ITEMS, { a: allianceId }, { token: colleague.token })).myActionItems;
    expect(hers.nodes.map((n: any) => n.id)).toEqual([backboneItem.id, personal.id]);

    const badCursor = await t.gql(
      MY_ITEMS,
      { a: allianceId, p: { first: 2, after: Buffer.from('[1,2,3,4]').toString('base64url') } },
      { token: partner.token },
    );
    expect(codeOf(badCursor)).toBe('VALIDATION_FAILED');
  });

  it('another alliance’s action items, entries and members are unknown and stay unchanged', async () => {
    const a = await t.allianceWithRoles('Bündnis A');
    const b = await t.allianceWithRoles('Bündnis B');
    const entryA = await newEntry(a.allianceId, a.backbone.token);
    const itemA = (
      await t.ok(CREATE_ITEM, { i: { allianceId: a.allianceId, title: 'A', ownerMembershipId: a.partner.membershipId } }, { token: a.backbone.token })
    ).createActionItem;
    const asB = { token: b.backbone.token };
    const cases: [string, Record<string, unknown>, string][] = [
      [COMPLETE_ITEM, { allianceId: b.allianceId, actionItemId: itemA.id, version: 1 }, 'ActionItem'],
      [REOPEN_ITEM, { allianceId: b.allianceId, actionItemId: itemA.id, version: 1 }, 'ActionItem'],
      [CREATE_ITEM, { allianceId: b.allianceId, title: 'x', ownerMembershipId: a.partner.membershipId }, 'Membership'],
      [CREATE_ITEM, { allianceId: b.allianceId, title: 'x', logEntryId: entryA, ownerMembershipId: b.partner.membershipId }, 'LogEntry'],
    ];
    for (const [q, i, entity] of cases) {
      const r = await t.gql(q, { i }, asB);
      expect([codeOf(r), r.errors?.[0].extensions?.params]).toEqual(['NOT_FOUND', { entity }]);
    }
    expect(await t.sql(`SELECT done_at, version FROM action_items WHERE id = $1`, [itemA.id])).toEqual([{ done_at: null, version: 1 }]);
    expect(await countItems(b.allianceId)).toBe(0);
  });
});
