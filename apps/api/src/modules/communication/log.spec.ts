import { randomUUID } from 'node:crypto';
import { TestApp } from '../../test/test-app';
import { backboneMembership, codeOf, goal, indicator, setGuestComments } from './communication.fixtures';
import { CREATE_ENTRY, ENTRY, FEED, REOPEN, RESOLVE, UPDATE_ENTRY } from './communication.test-queries';

// Jest applies testTimeout only as a global option, not per project: these suites make many requests on a busy machine.
jest.setTimeout(60_000);

describe('communication log: entries and conflicts', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const entryInput = (allianceId: string, extra: Record<string, unknown> = {}) => ({
    allianceId,
    type: 'MEETING',
    title: 'Netzwerktreffen März',
    body: 'Protokoll folgt.',
    occurredOn: '2026-03-12',
    ...extra,
  });
  const countEntries = async (allianceId: string) => (await t.sql(`SELECT count(*)::int AS n FROM log_entries WHERE alliance_id = $1`, [allianceId]))[0].n;

  it('backbone and partners write entries; funders and observers are told what they lack; announcements are the backbone’s', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const g = await goal(t, allianceId);
    const ind = await indicator(t, allianceId, { name: 'Ausbildungsverträge', unit: 'Verträge' });
    const bb = await backboneMembership(t, allianceId);

    const created = (
      await t.ok(
        CREATE_ENTRY,
        { i: entryInput(allianceId, { participantMembershipIds: [bb, partner.membershipId, bb], goalIds: [g], indicatorIds: [ind] }) },
        { token: partner.token },
      )
    ).createLogEntry;
    expect(created).toMatchObject({
      type: 'MEETING',
      title: 'Netzwerktreffen März',
      occurredOn: '2026-03-12',
      version: 1,
      conflictState: null,
      canEdit: true,
      authorUser: { id: partner.id, name: 'Test Person' },
      authorMember: { membershipId: partner.membershipId, role: 'PARTNER' },
      goals: [{ id: g, title: 'Mehr Ausbildungsplätze' }],
      indicators: [{ id: ind, name: 'Ausbildungsverträge', unit: 'Verträge' }],
    });
    expect(created.participants.map((p: any) => p.membershipId).sort()).toEqual([bb, partner.membershipId].sort());
    expect((await t.ok(CREATE_ENTRY, { i: entryInput(allianceId, { type: 'UPDATE' }) }, { token: backbone.token })).createLogEntry.type).toBe('UPDATE');

    for (const who of [funder, observer]) {
      const r = await t.gql(CREATE_ENTRY, { i: entryInput(allianceId) }, { token: who.token });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.errors?.[0].message).toBe('Dafür fehlt Ihnen die Berechtigung: Rolle Geschäftsstelle oder Partner.');
    }
    const announcement = await t.gql(CREATE_ENTRY, { i: entryInput(allianceId, { type: 'ANNOUNCEMENT' }) }, { token: partner.token, lang: 'en' });
    expect(announcement.errors?.[0].message).toBe('You lack the permission for this: backbone role.');
    expect((await t.ok(CREATE_ENTRY, { i: entryInput(allianceId, { type: 'ANNOUNCEMENT' }) }, { token: backbone.token })).createLogEntry.type).toBe(
      'ANNOUNCEMENT',
    );
    expect(await countEntries(allianceId)).toBe(3);
    const audit = await t.sql(`SELECT action, after FROM audit_events WHERE alliance_id = $1 AND entity_type = 'LogEntry' ORDER BY occurred_at`, [allianceId]);
    expect(audit.map((a) => a.action)).toEqual(['logEntry.created', 'logEntry.created', 'logEntry.created']);
    expect(audit[0].after).toMatchObject({ title: 'Netzwerktreffen März', goalIds: [g], indicatorIds: [ind] });
  });

  it('the author’s organisation and the backbone edit; others cannot; a stale version changes nothing', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const other = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const e = (await t.ok(CREATE_ENTRY, { i: entryInput(allianceId) }, { token: partner.token })).createLogEntry;
    const g = await goal(t, allianceId);

    const edited = (
      await t.ok(
        UPDATE_ENTRY,
        { i: { allianceId, logEntryId: e.id, version: 1, title: 'Treffen im März', goalIds: [g], participantMembershipIds: [other.membershipId] } },
        { token: partner.token },
      )
    ).updateLogEntry;
    expect(edited).toMatchObject({
      title: 'Treffen im März',
      body: 'Protokoll folgt.',
      version: 2,
      goals: [{ id: g }],
      participants: [{ membershipId: other.membershipId }],
    });

    const denied = await t.gql(UPDATE_ENTRY, { i: { allianceId, logEntryId: e.id, version: 2, title: 'Fremd' } }, { token: other.token });
    expect(codeOf(denied)).toBe('FORBIDDEN');
    expect(denied.errors?.[0].message).toBe('Dafür fehlt Ihnen die Berechtigung: Eintrag der eigenen Organisation oder Rolle Geschäftsstelle.');
    for (const who of [funder, observer])
      expect(codeOf(await t.gql(UPDATE_ENTRY, { i: { allianceId, logEntryId: e.id, version: 2, title: 'X' } }, { token: who.token }))).toBe('FORBIDDEN');
    const byOther = (await t.ok(ENTRY, { a: allianceId, id: e.id }, { token: other.token })).logEntry;
    expect(byOther.canEdit).toBe(false);

    const bb = (await t.ok(UPDATE_ENTRY, { i: { allianceId, logEntryId: e.id, version: 2, goalIds: [], occurredOn: '2026-03-13' } }, { token: backbone.token }))
      .updateLogEntry;
    expect(bb).toMatchObject({ title: 'Treffen im März', occurredOn: '2026-03-13', goals: [], version: 3 });

    const stale = await t.gql(UPDATE_ENTRY, { i: { allianceId, logEntryId: e.id, version: 2, title: 'Veraltet', goalIds: [g] } }, { token: partner.token });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0].message).toContain('Der Logbucheintrag wurde inzwischen');
    expect(await t.sql(`SELECT title, version FROM log_entries WHERE id = $1`, [e.id])).toEqual([{ title: 'Treffen im März', version: 3 }]);
    expect(await t.sql(`SELECT goal_id FROM log_entry_goals WHERE log_entry_id = $1`, [e.id])).toEqual([]);
    const audit = await t.sql(`SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`, [e.id]);
    expect(audit.map((a) => a.action)).toEqual(['logEntry.created', 'logEntry.updated', 'logEntry.updated']);
    expect(audit[1].before.title).toBe('Netzwerktreffen März');
    expect(audit[1].after.title).toBe('Treffen im März');
  });

  it('a conflict goes OPEN → RESOLVED → OPEN; only conflicts, only once each way, only by its author or the backbone', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const other = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const c = (await t.ok(CREATE_ENTRY, { i: entryInput(allianceId, { type: 'CONFLICT', title: 'Doppelte Förderung' }) }, { token: partner.token }))
      .createLogEntry;
    expect(c).toMatchObject({ conflictState: 'OPEN', resolution: null, resolvedAt: null });

    for (const who of [other, funder, observer]) {
      expect(codeOf(await t.gql(RESOLVE, { i: { allianceId, logEntryId: c.id, resolution: 'Nein', version: 1 } }, { token: who.token }))).toBe('FORBIDDEN');
    }
    const resolved = (
      await t.ok(RESOLVE, { i: { allianceId, logEntryId: c.id, resolution: '  Aufteilung nach Stadtteilen.  ', version: 1 } }, { token: partner.token })
    ).resolveConflict;
    expect(resolved).toMatchObject({ conflictState: 'RESOLVED', resolution: 'Aufteilung nach Stadtteilen.', version: 2 });
    expect(resolved.resolvedAt).toBeTruthy();
    const again = await t.gql(RESOLVE, { i: { allianceId, logEntryId: c.id, resolution: 'Nochmal', version: 2 } }, { token: partner.token });
    expect(codeOf(again)).toBe('INVALID_TRANSITION');

    for (const who of [other, funder, observer])
      expect(codeOf(await t.gql(REOPEN, { i: { allianceId, logEntryId: c.id, version: 2 } }, { token: who.token }))).toBe('FORBIDDEN');
    const staleReopen = await t.gql(REOPEN, { i: { allianceId, logEntryId: c.id, version: 1 } }, { token: backbone.token });
    expect(codeOf(staleReopen)).toBe('CONFLICT');
    const reopened = (await t.ok(REOPEN, { i: { allianceId, logEntryId: c.id, version: 2 } }, { token: backbone.token })).reopenConflict;
    expect(reopened).toMatchObject({ conflictState: 'OPEN', resolution: null, resolvedAt: null, version: 3 });
    expect(codeOf(await t.gql(REOPEN, { i: { allianceId, logEntryId: c.id, version: 3 } }, { token: backbone.token }))).toBe('INVALID_TRANSITION');

    const meeting = (await t.ok(CREATE_ENTRY, { i: entryInput(allianceId) }, { token: partner.token })).createLogEntry;
    const notConflict = await t.gql(RESOLVE, { i: { allianceId, logEntryId: meeting.id, resolution: 'x', version: 1 } }, { token: backbone.token });
    expect(codeOf(notConflict)).toBe('NOT_A_CONFLICT');
    expect(notConflict.errors?.[0].message).toBe('Nur Einträge vom Typ Konflikt können gelöst oder wieder geöffnet werden.');

    const audit = await t.sql(`SELECT action, before, after FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`, [c.id]);
    expect(audit.map((a) => a.action)).toEqual(['logEntry.created', 'logEntry.conflictResolved', 'logEntry.conflictReopened']);
    expect(audit[2].before).toMatchObject({ conflictState: 'RESOLVED', resolution: 'Aufteilung nach Stadtteilen.' });
    expect(await t.sql(`SELECT conflict_state, version FROM log_entries WHERE id = $1`, [c.id])).toEqual([{ conflict_state: 'OPEN', version: 3 }]);
  });

  it('funders read the log; observers only when guest comments are enabled', async () => {
    const { allianceId, partner, funder, observer } = await t.allianceWithRoles();
    const e = (await t.ok(CREATE_ENTRY, { i: entryInput(allianceId) }, { token: partner.token })).createLogEntry;
    expect((await t.ok(FEED, { a: allianceId }, { token: funder.token })).logFeed.totalCount).toBe(1);
    expect((await t.ok(ENTRY, { a: allianceId, id: e.id }, { token: funder.token })).logEntry.canEdit).toBe(false);

    const feed = await t.gql(FEED, { a: allianceId }, { token: observer.token });
    expect(codeOf(feed)).toBe('FORBIDDEN');
    expect(feed.errors?.[0].message).toBe(
      'Dafür fehlt Ihnen die Berechtigung: Rolle Geschäftsstelle, Partner oder Förderer (oder freigegebene Gastkommentare).',
    );
    expect(codeOf(await t.gql(ENTRY, { a: allianceId, id: e.id }, { token: observer.token }))).toBe('FORBIDDEN');

    await setGuestComments(t, allianceId, true);
    expect((await t.ok(FEED, { a: allianceId }, { token: observer.token })).logFeed.nodes.map((n: any) => n.id)).toEqual([e.id]);
    expect((await t.ok(ENTRY, { a: allianceId, id: e.id }, { token: observer.token })).logEntry.id).toBe(e.id);
  });

  it('ids of another alliance are unknown: NOT_FOUND and nothing changes in either alliance', async () => {
    const a = await t.allianceWithRoles('Bündnis A');
    const b = await t.allianceWithRoles('Bündnis B');
    const entryA = (await t.ok(CREATE_ENTRY, { i: entryInput(a.allianceId, { type: 'CONFLICT' }) }, { token: a.backbone.token })).createLogEntry;
    const goalA = await goal(t, a.allianceId);
    const indicatorA = await indicator(t, a.allianceId);
    const before = await t.sql(`SELECT * FROM log_entries WHERE id = $1`, [entryA.id]);
    const countB = await countEntries(b.allianceId);

    const asB = { token: b.backbone.token };
    const cases: [string, Record<string, unknown>, string][] = [
      [UPDATE_ENTRY, { allianceId: b.allianceId, logEntryId: entryA.id, version: 1, title: 'Gekapert' }, 'LogEntry'],
      [RESOLVE, { allianceId: b.allianceId, logEntryId: entryA.id, resolution: 'x', version: 1 }, 'LogEntry'],
      [REOPEN, { allianceId: b.allianceId, logEntryId: entryA.id, version: 1 }, 'LogEntry'],
      [CREATE_ENTRY, entryInput(b.allianceId, { goalIds: [goalA] }), 'Goal'],
      [CREATE_ENTRY, entryInput(b.allianceId, { indicatorIds: [indicatorA] }), 'Indicator'],
      [CREATE_ENTRY, entryInput(b.allianceId, { participantMembershipIds: [a.partner.membershipId] }), 'Membership'],
    ];
    for (const [query, i, entity] of cases) {
      const r = await t.gql(query, { i }, asB);
      expect([codeOf(r), r.errors?.[0].extensions?.params]).toEqual(['NOT_FOUND', { entity }]);
    }
    expect(codeOf(await t.gql(ENTRY, { a: b.allianceId, id: entryA.id }, asB))).toBe('NOT_FOUND');
    // Naming alliance A itself gets the caller nowhere either.
    expect(codeOf(await t.gql(UPDATE_ENTRY, { i: { allianceId: a.allianceId, logEntryId: entryA.id, version: 1, title: 'X' } }, asB))).toBe('NOT_FOUND');
    expect(await t.sql(`SELECT * FROM log_entries WHERE id = $1`, [entryA.id])).toEqual(before);
    expect(await countEntries(b.allianceId)).toBe(countB);
  });

  it('bad input is refused with VALIDATION_FAILED and nothing is written', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const e = (await t.ok(CREATE_ENTRY, { i: entryInput(allianceId) }, { token: backbone.token })).createLogEntry;
    const bad: [Record<string, unknown>, string][] = [
      [entryInput(allianceId, { title: '   ' }), 'title'],
      [entryInput(allianceId, { title: 'x'.repeat(201) }), 'title'],
      [entryInput(allianceId, { occurredOn: '2026-02-30' }), 'occurredOn'],
      [entryInput(allianceId, { occurredOn: '12.03.2026' }), 'occurredOn'],
      [entryInput(allianceId, { goalIds: ['kein-uuid'] }), 'goalIds'],
    ];
    for (const [i, field] of bad) {
      const r = await t.gql(CREATE_ENTRY, { i }, { token: backbone.token });
      expect(codeOf(r)).toBe('VALIDATION_FAILED');
      expect((r.errors?.[0].extensions?.fields as any[])[0].field).toBe(field);
    }
    expect(codeOf(await t.gql(CREATE_ENTRY, { i: entryInput(allianceId, { type: 'GOSSIP' }) }, { token: backbone.token }))).toBe('VALIDATION_FAILED');
    const r = await t.gql(UPDATE_ENTRY, { i: { allianceId, logEntryId: e.id, version: 1, occurredOn: '2026-13-01' } }, { token: backbone.token });
    expect(codeOf(r)).toBe('VALIDATION_FAILED');
    expect(await countEntries(allianceId)).toBe(1);
    expect(await t.sql(`SELECT version, occurred_on::text AS d FROM log_entries WHERE id = $1`, [e.id])).toEqual([{ version: 1, d: '2026-03-12' }]);
    expect(codeOf(await t.gql(ENTRY, { a: allianceId, id: randomUUID() }, { token: backbone.token }))).toBe('NOT_FOUND');
  });
});
