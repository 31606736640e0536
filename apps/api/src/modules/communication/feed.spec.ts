import { randomUUID } from 'node:crypto';
import { TestApp } from '../../test/test-app';
import { codeOf, goal, setGuestComments } from './communication.fixtures';
import { ADD_COMMENT, COMPLETE_ITEM, CREATE_ENTRY, CREATE_ITEM, FEED, RESOLVE } from './communication.test-queries';

// Jest applies testTimeout only as a global option, not per project: these suites make many requests on a busy machine.
jest.setTimeout(60_000);

describe('communication log: the feed', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('pages newest first without repeating or skipping entries, also when dates and creation times tie', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const [{ id: author }] = await t.sql(`SELECT id FROM memberships WHERE alliance_id = $1 AND role = 'BACKBONE'`, [allianceId]);
    const insert = (occurredOn: string, createdAt: string) =>
      t.sql<{ id: string }>(
        `INSERT INTO log_entries (alliance_id, id, type, title, occurred_on, author_membership_id, created_at) VALUES ($1, $2, 'UPDATE', $3, $4, $5, $6) RETURNING id`,
        [allianceId, randomUUID(), `${occurredOn} ${createdAt}`, occurredOn, author, createdAt],
      );
    // Ties on occurredOn, on created_at, and created_at values one microsecond apart (equal as JS Dates).
    for (let i = 0; i < 4; i++) await insert('2026-02-01', '2026-02-01 09:00:00+00');
    await insert('2026-02-01', '2026-02-01 09:00:00.000001+00');
    await insert('2026-02-01', '2026-02-01 09:00:00.000002+00');
    for (let i = 0; i < 3; i++) await insert('2026-01-15', `2026-01-20 10:0${i}:00+00`);
    for (let i = 0; i < 4; i++) {
      await t.ok(CREATE_ENTRY, { i: { allianceId, type: 'MEETING', title: `Treffen ${i}`, occurredOn: `2026-03-0${i + 1}` } }, { token: backbone.token });
    }
    const expected = (await t.sql(`SELECT id FROM log_entries WHERE alliance_id = $1 ORDER BY occurred_on DESC, created_at DESC, id DESC`, [allianceId])).map(
      (r) => r.id,
    );
    expect(expected).toHaveLength(13);

    for (const first of [1, 4, 5]) {
      const seen: string[] = [];
      let after: string | undefined;
      let pages = 0;
      do {
        const page = (await t.ok(FEED, { a: allianceId, p: { first, after } }, { token: backbone.token })).logFeed;
        expect(page.totalCount).toBe(13);
        seen.push(...page.nodes.map((n: any) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
        pages++;
      } while (after && pages < 20);
      expect(seen).toEqual(expected);
    }
    const tampered = Buffer.from(JSON.stringify(['2026-01-01', 'gestern', randomUUID()])).toString('base64url');
    expect(codeOf(await t.gql(FEED, { a: allianceId, p: { first: 5, after: tampered } }, { token: backbone.token }))).toBe('VALIDATION_FAILED');
    expect(codeOf(await t.gql(FEED, { a: allianceId, p: { first: 0 } }, { token: backbone.token }))).toBe('VALIDATION_FAILED');
    expect(codeOf(await t.gql(FEED, { a: allianceId, p: { first: 101 } }, { token: backbone.token }))).toBe('VALIDATION_FAILED');
  });

  it('filters by types, goal, organisation (author or participant) and conflict state; counts comments and open action items', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const other = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const g = await goal(t, allianceId);
    const entry = async (token: string, i: Record<string, unknown>) =>
      (await t.ok(CREATE_ENTRY, { i: { allianceId, type: 'UPDATE', title: 'Eintrag', occurredOn: '2026-05-01', ...i } }, { token })).createLogEntry;
    const meeting = await entry(backbone.token, { type: 'MEETING', title: 'Treffen', participantMembershipIds: [partner.membershipId], goalIds: [g] });
    await entry(partner.token, { title: 'Update', occurredOn: '2026-05-02' });
    await entry(other.token, { type: 'CONFLICT', title: 'Streit', occurredOn: '2026-05-03', goalIds: [g] });
    const resolvedConflict = await entry(other.token, { type: 'CONFLICT', title: 'Geklärt', occurredOn: '2026-05-04' });
    await t.ok(RESOLVE, { i: { allianceId, logEntryId: resolvedConflict.id, resolution: 'Einigung', version: 1 } }, { token: backbone.token });
    await entry(backbone.token, { type: 'ANNOUNCEMENT', title: 'Sommerfest', occurredOn: '2026-05-05' });

    for (const body of ['eins', 'zwei']) await t.ok(ADD_COMMENT, { i: { allianceId, logEntryId: meeting.id, body } }, { token: partner.token });
    const item = async () =>
      (
        await t.ok(
          CREATE_ITEM,
          { i: { allianceId, logEntryId: meeting.id, title: 'Aufgabe', ownerMembershipId: partner.membershipId } },
          { token: backbone.token },
        )
      ).createActionItem;
    const first = await item();
    await item();
    await item();
    await t.ok(COMPLETE_ITEM, { i: { allianceId, actionItemId: first.id, version: 1 } }, { token: partner.token });

    const ids = async (f?: Record<string, unknown>) => (await t.ok(FEED, { a: allianceId, f }, { token: funder.token })).logFeed.nodes.map((n: any) => n.title);
    expect(await ids()).toEqual(['Sommerfest', 'Geklärt', 'Streit', 'Update', 'Treffen']);
    expect(await ids({ types: ['CONFLICT', 'MEETING'] })).toEqual(['Geklärt', 'Streit', 'Treffen']);
    expect(await ids({ goalId: g })).toEqual(['Streit', 'Treffen']);
    expect(await ids({ membershipId: partner.membershipId })).toEqual(['Update', 'Treffen']);
    expect(await ids({ membershipId: other.membershipId })).toEqual(['Geklärt', 'Streit']);
    expect(await ids({ conflictState: 'OPEN' })).toEqual(['Streit']);
    expect(await ids({ conflictState: 'RESOLVED', goalId: g })).toEqual([]);
    expect(await ids({ types: ['CONFLICT'], conflictState: 'RESOLVED' })).toEqual(['Geklärt']);
    expect(await ids({ goalId: randomUUID() })).toEqual([]);
    expect(codeOf(await t.gql(FEED, { a: allianceId, f: { goalId: 'x' } }, { token: funder.token }))).toBe('VALIDATION_FAILED');
    expect(codeOf(await t.gql(FEED, { a: allianceId, f: { types: ['RUMOUR'] } }, { token: funder.token }))).toBe('VALIDATION_FAILED');

    const feed = (await t.ok(FEED, { a: allianceId, f: { types: ['MEETING'] } }, { token: funder.token })).logFeed;
    expect(feed.totalCount).toBe(1);
    expect(feed.nodes[0]).toMatchObject({ id: meeting.id, commentCount: 2, openActionItemCount: 2 });
    expect(codeOf(await t.gql(FEED, { a: allianceId }, { token: observer.token }))).toBe('FORBIDDEN');
    await setGuestComments(t, allianceId, true);
    expect((await t.ok(FEED, { a: allianceId }, { token: observer.token })).logFeed.totalCount).toBe(5);
  });

  it('searches title and body case-insensitively and literally, and limits to a day range (inclusive)', async () => {
    const { allianceId, backbone, funder } = await t.allianceWithRoles();
    const entry = (title: string, occurredOn: string, body = '') =>
      t.ok(CREATE_ENTRY, { i: { allianceId, type: 'UPDATE', title, body, occurredOn } }, { token: backbone.token });
    await entry('Ausbildungsbörse Nord', '2026-04-30');
    await entry('Steuerungsgruppe April', '2026-05-01', 'Die AUSBILDUNGSBÖRSE wird verschoben.');
    await entry('Quote 50% erreicht', '2026-05-15', 'Pfad C:\\Daten');
    await entry('Quote 500 erreicht', '2026-05-31', 'mit_unterstrich');
    await entry('Quote 5 erreicht', '2026-06-01', 'mitxunterstrich');

    const titles = async (f: Record<string, unknown>) => {
      const feed = (await t.ok(FEED, { a: allianceId, f }, { token: funder.token })).logFeed;
      expect(feed.totalCount).toBe(feed.nodes.length);
      return feed.nodes.map((n: any) => n.title);
    };
    expect(await titles({ search: 'nord' })).toEqual(['Ausbildungsbörse Nord']);
    expect(await titles({ search: 'verschoben' })).toEqual(['Steuerungsgruppe April']);
    expect(await titles({ search: '  ausbildungsbörse ' })).toEqual(['Steuerungsgruppe April', 'Ausbildungsbörse Nord']);
    expect(await titles({ search: 'AUSBILDUNGSBÖRSE nord' })).toEqual(['Ausbildungsbörse Nord']);
    // %, _ and \ are characters like any other, not LIKE wildcards.
    expect(await titles({ search: '50%' })).toEqual(['Quote 50% erreicht']);
    expect(await titles({ search: 'mit_unter' })).toEqual(['Quote 500 erreicht']);
    expect(await titles({ search: 'C:\\Daten' })).toEqual(['Quote 50% erreicht']);
    expect(await titles({ search: '%' })).toEqual(['Quote 50% erreicht']);
    expect(await titles({ search: '   ' })).toHaveLength(5);

    expect(await titles({ from: '2026-05-01', to: '2026-05-31' })).toEqual(['Quote 500 erreicht', 'Quote 50% erreicht', 'Steuerungsgruppe April']);
    expect(await titles({ from: '2026-05-31' })).toEqual(['Quote 5 erreicht', 'Quote 500 erreicht']);
    expect(await titles({ to: '2026-04-30' })).toEqual(['Ausbildungsbörse Nord']);
    expect(await titles({ from: '2026-06-01', to: '2026-06-01' })).toEqual(['Quote 5 erreicht']);
    expect(await titles({ search: 'quote', from: '2026-05-16', types: ['UPDATE'] })).toEqual(['Quote 5 erreicht', 'Quote 500 erreicht']);

    const reversed = await t.gql(FEED, { a: allianceId, f: { from: '2026-06-01', to: '2026-05-01' } }, { token: funder.token });
    expect(codeOf(reversed)).toBe('VALIDATION_FAILED');
    expect(reversed.errors?.[0].message).toContain('Ende liegt vor dem Beginn');
    const reversedEn = await t.gql(FEED, { a: allianceId, f: { from: '2026-06-01', to: '2026-05-01' } }, { token: funder.token, lang: 'en' });
    expect(reversedEn.errors?.[0].message).toContain('end is before the start');
    for (const f of [{ from: '2026-02-30' }, { to: '01.05.2026' }, { search: 'x'.repeat(201) }]) {
      expect(codeOf(await t.gql(FEED, { a: allianceId, f }, { token: funder.token }))).toBe('VALIDATION_FAILED');
    }
    const tooLong = await t.gql(FEED, { a: allianceId, f: { search: 'x'.repeat(201) } }, { token: funder.token });
    expect(tooLong.errors?.[0].extensions?.fields).toEqual([{ field: 'search', code: 'tooLong' }]);
    expect(await titles({ search: 'x'.repeat(200) })).toEqual([]);
  });

  it('pages through a search without repeating or skipping entries', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    for (let i = 0; i < 9; i++) {
      const title = i % 2 === 0 ? `Treffen ${i}` : `Sonstiges ${i}`;
      await t.ok(CREATE_ENTRY, { i: { allianceId, type: 'MEETING', title, occurredOn: `2026-03-0${(i % 3) + 1}` } }, { token: backbone.token });
    }
    const expected = (
      await t.sql(
        `SELECT id FROM log_entries WHERE alliance_id = $1 AND title LIKE 'Treffen%' AND occurred_on >= '2026-03-02'
                    ORDER BY occurred_on DESC, created_at DESC, id DESC`,
        [allianceId],
      )
    ).map((r) => r.id);
    expect(expected).toHaveLength(3);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = (await t.ok(FEED, { a: allianceId, f: { search: 'treffen', from: '2026-03-02' }, p: { first: 1, after } }, { token: backbone.token }))
        .logFeed;
      expect(page.totalCount).toBe(3);
      seen.push(...page.nodes.map((n: any) => n.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after && seen.length < 10);
    expect(seen).toEqual(expected);
  });

  it('another alliance’s entries never show, also when they match a search or day range, and its alliance id answers NOT_FOUND', async () => {
    const a = await t.allianceWithRoles('Bündnis A');
    const b = await t.allianceWithRoles('Bündnis B');
    await t.ok(CREATE_ENTRY, { i: { allianceId: a.allianceId, type: 'UPDATE', title: 'Nur A', occurredOn: '2026-05-01' } }, { token: a.backbone.token });
    expect((await t.ok(FEED, { a: b.allianceId }, { token: b.backbone.token })).logFeed).toMatchObject({ totalCount: 0, nodes: [] });
    await t.ok(CREATE_ENTRY, { i: { allianceId: b.allianceId, type: 'UPDATE', title: 'Nur B', occurredOn: '2026-05-01' } }, { token: b.backbone.token });
    // A search and a day range that A's entry matches still find only B's.
    const matching = { search: 'nur', from: '2026-05-01', to: '2026-05-01' };
    expect((await t.ok(FEED, { a: b.allianceId, f: matching }, { token: b.backbone.token })).logFeed).toMatchObject({
      totalCount: 1,
      nodes: [{ title: 'Nur B' }],
    });
    expect((await t.ok(FEED, { a: b.allianceId, f: { search: 'Nur A' } }, { token: b.backbone.token })).logFeed).toMatchObject({ totalCount: 0, nodes: [] });
    expect(codeOf(await t.gql(FEED, { a: a.allianceId, f: matching }, { token: b.backbone.token }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(FEED, { a: a.allianceId }, { token: b.backbone.token }))).toBe('NOT_FOUND');
  });
});
