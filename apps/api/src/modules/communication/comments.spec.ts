import { randomUUID } from 'node:crypto';
import { TestApp } from '../../test/test-app';
import { codeOf, setGuestComments } from './communication.fixtures';
import { ADD_COMMENT, CREATE_ENTRY, DELETE_COMMENT, ENTRY } from './communication.test-queries';

// Jest applies testTimeout only as a global option, not per project: these suites make many requests on a busy machine.
jest.setTimeout(60_000);

describe('communication log: comments', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const newEntry = async (allianceId: string, token: string) =>
    (await t.ok(CREATE_ENTRY, { i: { allianceId, type: 'UPDATE', title: 'Neues Angebot', occurredOn: '2026-04-01' } }, { token })).createLogEntry.id as string;
  const countComments = async (allianceId: string) => (await t.sql(`SELECT count(*)::int AS n FROM comments WHERE alliance_id = $1`, [allianceId]))[0].n;

  it('backbone and partners comment always; funders and observers only with guest comments', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const logEntryId = await newEntry(allianceId, backbone.token);
    for (const who of [backbone, partner]) {
      const c = (await t.ok(ADD_COMMENT, { i: { allianceId, logEntryId, body: '  Danke!  ' } }, { token: who.token })).addComment;
      expect(c).toMatchObject({ body: 'Danke!', canDelete: true, authorMember: { membershipId: who === partner ? partner.membershipId : expect.any(String) } });
    }
    for (const who of [funder, observer]) {
      const r = await t.gql(ADD_COMMENT, { i: { allianceId, logEntryId, body: 'Gast' } }, { token: who.token });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.errors?.[0].message).toBe('Dafür fehlt Ihnen die Berechtigung: Freigabe von Gastkommentaren durch die Geschäftsstelle.');
      const en = await t.gql(ADD_COMMENT, { i: { allianceId, logEntryId, body: 'Guest' } }, { token: who.token, lang: 'en' });
      expect(en.errors?.[0].message).toBe('You lack the permission for this: guest comments enabled by the backbone.');
    }
    expect(await countComments(allianceId)).toBe(2);

    await setGuestComments(t, allianceId, true);
    for (const who of [funder, observer]) {
      expect((await t.ok(ADD_COMMENT, { i: { allianceId, logEntryId, body: 'Gastbeitrag' } }, { token: who.token })).addComment.authorMember.membershipId).toBe(
        who.membershipId,
      );
    }
    const entry = (await t.ok(ENTRY, { a: allianceId, id: logEntryId }, { token: observer.token })).logEntry;
    expect(entry.commentCount).toBe(4);
    expect(entry.comments.map((c: any) => c.body)).toEqual(['Danke!', 'Danke!', 'Gastbeitrag', 'Gastbeitrag']);
    expect(entry.comments.map((c: any) => c.canDelete)).toEqual([false, false, false, true]);
    const audit = await t.sql(`SELECT action FROM audit_events WHERE alliance_id = $1 AND entity_type = 'Comment'`, [allianceId]);
    expect(audit).toHaveLength(4);
  });

  it('its author deletes within 15 minutes, the backbone at any time, nobody else', async () => {
    const { allianceId, backbone, partner, funder } = await t.allianceWithRoles();
    const other = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const logEntryId = await newEntry(allianceId, partner.token);
    const add = async (body: string) => (await t.ok(ADD_COMMENT, { i: { allianceId, logEntryId, body } }, { token: partner.token })).addComment.id as string;
    const fresh = await add('Tippfehler');
    const old = await add('Längst gesagt');
    const moderated = await add('Unpassend');
    await t.sql(`UPDATE comments SET created_at = now() - interval '16 minutes' WHERE id = ANY($1::uuid[])`, [[old, moderated]]);

    for (const who of [other, funder]) {
      const r = await t.gql(DELETE_COMMENT, { i: { allianceId, commentId: fresh } }, { token: who.token });
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(r.errors?.[0].message).toBe('Dafür fehlt Ihnen die Berechtigung: eigener Kommentar (nur innerhalb von 15 Minuten) oder Rolle Geschäftsstelle.');
    }
    expect(codeOf(await t.gql(DELETE_COMMENT, { i: { allianceId, commentId: old } }, { token: partner.token }))).toBe('FORBIDDEN');
    expect((await t.ok(DELETE_COMMENT, { i: { allianceId, commentId: fresh } }, { token: partner.token })).deleteComment).toBe(fresh);
    expect((await t.ok(DELETE_COMMENT, { i: { allianceId, commentId: moderated } }, { token: backbone.token })).deleteComment).toBe(moderated);
    expect((await t.sql(`SELECT id FROM comments WHERE log_entry_id = $1`, [logEntryId])).map((c) => c.id)).toEqual([old]);
    const deleted = await t.sql(`SELECT entity_id, before FROM audit_events WHERE action = 'comment.deleted' AND alliance_id = $1 ORDER BY occurred_at`, [
      allianceId,
    ]);
    expect(deleted.map((d) => [d.entity_id, d.before.body])).toEqual([
      [fresh, 'Tippfehler'],
      [moderated, 'Unpassend'],
    ]);
    expect(codeOf(await t.gql(DELETE_COMMENT, { i: { allianceId, commentId: fresh } }, { token: backbone.token }))).toBe('NOT_FOUND');
  });

  it('another alliance’s entries and comments are unknown; bad input changes nothing', async () => {
    const a = await t.allianceWithRoles('Bündnis A');
    const b = await t.allianceWithRoles('Bündnis B');
    const entryA = await newEntry(a.allianceId, a.backbone.token);
    const commentA = (await t.ok(ADD_COMMENT, { i: { allianceId: a.allianceId, logEntryId: entryA, body: 'A' } }, { token: a.backbone.token })).addComment.id;

    const add = await t.gql(ADD_COMMENT, { i: { allianceId: b.allianceId, logEntryId: entryA, body: 'Von B' } }, { token: b.backbone.token });
    expect([codeOf(add), add.errors?.[0].message]).toEqual(['NOT_FOUND', 'Der Logbucheintrag wurde nicht gefunden.']);
    const del = await t.gql(DELETE_COMMENT, { i: { allianceId: b.allianceId, commentId: commentA } }, { token: b.backbone.token });
    expect([codeOf(del), del.errors?.[0].message]).toEqual(['NOT_FOUND', 'Der Kommentar wurde nicht gefunden.']);
    expect(codeOf(await t.gql(ADD_COMMENT, { i: { allianceId: a.allianceId, logEntryId: randomUUID(), body: 'x' } }, { token: a.backbone.token }))).toBe(
      'NOT_FOUND',
    );
    expect(await countComments(a.allianceId)).toBe(1);
    expect(await countComments(b.allianceId)).toBe(0);

    for (const body of ['   ', 'x'.repeat(5001)]) {
      const r = await t.gql(ADD_COMMENT, { i: { allianceId: a.allianceId, logEntryId: entryA, body } }, { token: a.backbone.token });
      expect([codeOf(r), (r.errors?.[0].extensions?.fields as any[])[0].field]).toEqual(['VALIDATION_FAILED', 'body']);
    }
    expect(await countComments(a.allianceId)).toBe(1);
  });
});
