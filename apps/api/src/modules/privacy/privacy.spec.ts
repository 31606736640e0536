import { accountKey } from '../../core/auth/login-throttle';
import { TestApp, PASSWORD } from '../../test/test-app';
import { ENTRY } from '../communication/communication.test-queries';
import { ERASE, EXPORT, occurrences, ROLLUP, world } from './privacy.fixtures';

describe('privacy: export and erasure of one person', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());
  const code = (r: any) => r.errors?.[0]?.extensions?.code;

  it('myPersonalData holds the account, seats, sessions and everything authored — only from the own alliances, no hashes', async () => {
    const w = await world(t);
    await t.ok(`mutation { setNotificationEmail(input: { kind: VALUE_APPROVED, email: true }) { reportDueDays } }`, {}, { token: w.p.token });
    const data = (await t.ok(EXPORT, {}, { token: w.p.token })).myPersonalData;
    // Notices and choices are the person's too: the approved value's notice, the e-mail choice.
    expect(data.notifications).toEqual(
      expect.arrayContaining([expect.objectContaining({ allianceId: w.allianceId, kind: 'VALUE_APPROVED', subjectId: w.measurement.id })]),
    );
    expect(data.notifications.every((n: any) => n.allianceId === w.allianceId || n.allianceId === w.allianceB)).toBe(true);
    expect(data.notificationChoices.emailByKind).toEqual([{ kind: 'VALUE_APPROVED', email: true }]);
    expect(data.account).toMatchObject({ id: w.p.id, email: w.p.email, name: w.name, locale: 'de' });
    expect(data.organisations.map((o: any) => o.id)).toEqual([w.p.organisationId]);
    expect(data.seats.map((s: any) => s.allianceId).sort()).toEqual([w.allianceId, w.allianceB].sort());
    expect(data.seats.every((s: any) => s.role === 'PARTNER' && s.leftAt === null)).toBe(true);
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(Object.keys(data.sessions[0]).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'ip', 'lastSeenAt', 'revokedAt', 'userAgent']);
    expect(data.invitationsToMe.length).toBe(2);

    const a = data.authored;
    expect(a.logEntries.map((e: any) => e.id).sort()).toEqual([w.entry.id, w.entryB.id].sort());
    expect(a.comments).toEqual([expect.objectContaining({ id: w.comment.id, body: 'Mein Kommentar' })]);
    expect(a.votes).toEqual([expect.objectContaining({ proposalId: w.proposal.id, vote: 'AGREE', comment: 'Gern' })]);
    expect(a.actionItems).toEqual([expect.objectContaining({ id: w.item.id, owner: true, doneByMe: true, createdByMe: false })]);
    expect(a.measurements).toEqual([expect.objectContaining({ id: w.measurement.id, value: 42, submittedByMe: true, reviewedByMe: false })]);
    expect(a.agreementSignatures).toHaveLength(1);
    expect(a.auditEvents.length).toBeGreaterThan(0);
    expect(a.auditEvents.map((e: any) => e.action)).toEqual(expect.arrayContaining(['membership.accepted', 'measurement.submitted']));

    // Nothing from C, nothing but A and B anywhere, and no secret.
    const text = JSON.stringify(data);
    expect(text).not.toContain('Geheim in C');
    expect(text).not.toContain(w.allianceC);
    const ids = new Set<string>();
    for (const section of Object.values(a) as any[][]) for (const row of section) ids.add(row.allianceId);
    expect([...ids].every((id) => id === w.allianceId || id === w.allianceB)).toBe(true);
    const hashes = await t.sql(`SELECT token_hash FROM sessions WHERE user_id = $1 UNION ALL SELECT password_hash FROM users WHERE id = $1`, [w.p.id]);
    for (const { token_hash } of hashes) expect(text).not.toContain(token_hash.trim());
    expect(text).not.toMatch(/argon2|hash/i);
  });

  it('myPersonalData needs a login', async () => {
    expect(code(await t.gql(EXPORT))).toBe('UNAUTHENTICATED');
  });

  it('eraseMyAccount re-authenticates and wants the typed confirmation; a refusal changes nothing', async () => {
    const w = await world(t);
    expect(code(await t.gql(ERASE, { i: { password: 'falsch-falsch', confirm: 'DELETE' } }, { token: w.p.token }))).toBe('INVALID_CREDENTIALS');
    const r = await t.gql(ERASE, { i: { password: PASSWORD, confirm: 'ja' } }, { token: w.p.token, lang: 'de' });
    expect(code(r)).toBe('VALIDATION_FAILED');
    expect(r.errors![0].message).toContain('LÖSCHEN');
    const [u] = await t.sql(`SELECT email, disabled_at FROM users WHERE id = $1`, [w.p.id]);
    expect(u).toEqual({ email: w.p.email, disabled_at: null });
    expect((await t.ok(`query { me { id } }`, {}, { token: w.p.token })).me.id).toBe(w.p.id);
  });

  it('erasure pseudonymises the person; sessions and login end; the alliance keeps its records and numbers; the e-mail is gone from every column', async () => {
    const w = await world(t);
    const A = w.allianceId;
    const B = { token: w.backbone.token };
    const rollupBefore = (await t.ok(ROLLUP, { id: A, ind: w.indicatorId, k: '2026-Q1' }, B)).rollup;
    const countRows = async () =>
      (
        await t.sql(
          `SELECT (SELECT count(*) FROM log_entries WHERE author_user_id = $1)::int AS entries,
                           (SELECT count(*) FROM comments WHERE author_user_id = $1)::int AS comments,
                           (SELECT count(*) FROM audit_events WHERE actor_user_id = $1)::int AS events`,
          [w.p.id],
        )
      )[0];
    const before = await countRows();
    expect(await occurrences(t, w.p.email)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^audit_events\.after/), expect.stringMatching(/^invitations\.email/)]),
    );
    const secondToken = await t.login(w.p.email);
    // A failed login (counted under the account's key) and an open second-factor enrolment: both go with the account.
    expect(code(await t.gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email: w.p.email, password: 'falsch-falsch-falsch' } }))).toBe(
      'INVALID_CREDENTIALS',
    );
    await t.ok(`mutation($i: StartTwoFactorInput!) { startTwoFactor(input: $i) { secret } }`, { i: { password: PASSWORD } }, { token: w.p.token });
    const traces = async () =>
      (
        await t.sql(
          `SELECT (SELECT count(*) FROM login_failures WHERE key = $2 OR left(key, 65) = $2 || ' ')::int AS counters,
                           (SELECT count(*) FROM users WHERE id = $1 AND totp_secret IS NOT NULL)::int AS secrets`,
          [w.p.id, accountKey(w.p.email)],
        )
      )[0];
    expect(await traces()).toEqual({ counters: 2, secrets: 1 });
    // A mail to the person waits in the outbox, a reset look-up in the queue; a colleague's mail too.
    await t.ok(`mutation($i: RequestPasswordResetInput!) { requestPasswordReset(input: $i) }`, { i: { email: w.p.email } });
    const mail = `INSERT INTO mail_outbox (id, kind, to_address, user_id, locale, subject, text_body, html_body) VALUES (gen_random_uuid(), 'TEST', $1, $2, 'de', $3, $3, $3)`;
    await t.sql(mail, [w.p.email, w.p.id, `Hallo ${w.name}`]);
    await t.sql(mail, [w.funder.email, w.funder.id, 'Hallo Kollegin']);
    const queued = `SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE payload->>'email' = $1`;
    expect(await t.sql(queued, [w.p.email])).toEqual([{ n: 1 }]);

    expect((await t.ok(ERASE, { i: { password: PASSWORD, confirm: 'LÖSCHEN' } }, { token: w.p.token })).eraseMyAccount).toBe(true);
    expect(await traces()).toEqual({ counters: 0, secrets: 0 });
    // Invitation mails (issue 11) went out while the world was built, and the fixture's changes notified
    // other people: their mails stay; the person's own are gone.
    expect(await t.sql(`SELECT to_address FROM mail_outbox WHERE kind = 'TEST'`)).toEqual([{ to_address: w.funder.email }]);
    expect(await t.sql(`SELECT to_address FROM mail_outbox WHERE user_id = $1 OR lower(to_address) = lower($2)`, [w.p.id, w.p.email])).toEqual([]);
    expect((await t.sql(`SELECT count(*)::int AS n FROM mail_outbox WHERE kind = 'INVITATION'`))[0].n).toBeGreaterThan(0);
    expect(await t.sql(queued, [w.p.email])).toEqual([{ n: 0 }]);

    // The person can no longer get in, with any session or the old credentials.
    for (const token of [w.p.token, secondToken]) expect(code(await t.gql(`query { me { id } }`, {}, { token }))).toBe('UNAUTHENTICATED');
    expect(code(await t.gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email: w.p.email, password: PASSWORD } }))).toBe(
      'INVALID_CREDENTIALS',
    );
    const [u] = await t.sql(`SELECT email, name, disabled_at IS NOT NULL AS disabled FROM users WHERE id = $1`, [w.p.id]);
    expect(u).toEqual({ email: `erased-${w.p.id}@invalid`, name: 'Gelöschte Person', disabled: true });
    expect(await t.sql(`SELECT 1 FROM sessions WHERE user_id = $1 AND (revoked_at IS NULL OR ip IS NOT NULL OR user_agent IS NOT NULL)`, [w.p.id])).toEqual([]);
    expect(await t.sql(`SELECT 1 FROM alliance_seats WHERE user_id = $1 AND left_at IS NULL`, [w.p.id])).toEqual([]);

    // The alliance's records: same rows and ids, authorship shows the pseudonym; numbers unchanged.
    const after = await countRows();
    expect(after).toEqual({ ...before, events: before.events + 2 }); // + account.erased in A and B
    const entry = (await t.ok(ENTRY, { a: A, id: w.entry.id }, B)).logEntry;
    expect(entry.authorUser).toEqual({ id: w.p.id, name: 'Gelöschte Person' });
    expect(entry.comments.map((c: any) => c.id)).toEqual([w.comment.id]);
    expect((await t.ok(ROLLUP, { id: A, ind: w.indicatorId, k: '2026-Q1' }, B)).rollup).toEqual(rollupBefore);
    const [invited] = await t.sql(
      `SELECT after->>'email' AS email FROM audit_events WHERE alliance_id = $1 AND action = 'membership.invited' AND after->>'organisationId' = $2`,
      [A, w.p.organisationId],
    );
    expect(invited.email).toBe(`erased-${w.p.id}@invalid`);

    // Nowhere in the database any more: every text and JSON column of every table.
    expect(await occurrences(t, w.p.email)).toEqual([]);
    expect(await occurrences(t, w.name)).toEqual([]);
    // Only this person: a colleague's e-mail in the same audit payloads is untouched.
    expect(await occurrences(t, w.funder.email)).toEqual(expect.arrayContaining([expect.stringMatching(/^audit_events\.after/)]));
  });

  it('the only admin of a backbone others depend on must hand over first; after handing over (or alone) erasure works', async () => {
    const w = await world(t);
    for (const [lang, word] of [
      ['de', 'Übergeben'],
      ['en', 'Hand the backbone over'],
    ]) {
      const r = await t.gql(ERASE, { i: { password: PASSWORD, confirm: 'DELETE' } }, { token: w.backbone.token, lang });
      expect(code(r)).toBe('SOLE_BACKBONE_ADMIN');
      expect(r.errors![0].message).toContain(word);
      expect(r.errors![0].message).toContain('A ');
    }
    expect((await t.sql(`SELECT disabled_at FROM users WHERE id = $1`, [w.backbone.id]))[0].disabled_at).toBeNull();

    // Hand over: the partner's organisation becomes backbone; its first seat (P) administers it.
    const members = (await t.ok(`query($a: ID!) { members(allianceId: $a) { id version } }`, { a: w.allianceId }, { token: w.backbone.token })).members;
    const pm = members.find((m: any) => m.id === w.p.membershipId);
    await t.ok(
      `mutation($i: ChangeMemberRoleInput!) { changeMemberRole(input: $i) { id } }`,
      { i: { allianceId: w.allianceId, membershipId: pm.id, role: 'BACKBONE', version: pm.version } },
      { token: w.backbone.token },
    );
    // Still the sole admin of alliance B's backbone? No: in B the backbone is someone else.
    expect((await t.ok(ERASE, { i: { password: PASSWORD, confirm: 'DELETE' } }, { token: w.backbone.token })).eraseMyAccount).toBe(true);

    // Alone in an alliance: nobody depends on the person, erasure goes through.
    const solo = await t.userWithToken();
    await t.createAlliance(solo.token, 'Allein');
    expect((await t.ok(ERASE, { i: { password: PASSWORD, confirm: 'DELETE' } }, { token: solo.token })).eraseMyAccount).toBe(true);
  });
});
