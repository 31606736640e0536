import { createHash } from 'node:crypto';
import { approvedValue, createIndicator, LIST, openPeriod, SAVE, SERIES, SUBMIT } from '../../modules/measurements/measurements.fixtures';
import { TestApp } from '../../test/test-app';

const CREATE = `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { secret token { id name role membershipId memberName tokenPrefix createdByName createdAt expiresAt lastUsedAt revokedAt } } }`;
const LIST_TOKENS = `query($id: ID!, $p: PageInput) { apiTokens(allianceId: $id, page: $p) { totalCount pageInfo { hasNextPage endCursor } nodes { id name role memberName tokenPrefix createdByName lastUsedAt revokedAt expiresAt } } }`;
const REVOKE = `mutation($i: RevokeApiTokenInput!) { revokeApiToken(input: $i) { id revokedAt } }`;
const AUDIT = `query($id: ID!, $f: AuditEventFilter) { auditEvents(allianceId: $id, filter: $f) { nodes { action actorUserId entityType entityId after } } }`;
const INDICATORS = `query($id: ID!) { indicators(allianceId: $id) { nodes { id name } } }`;

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

describe('API tokens', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('lifecycle: a backbone admin creates one, the secret is shown once and stored hashed; it reads; last use is recorded once a minute; revoked, it stops at once', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles('Token-Bündnis');
    await t.sql(`UPDATE users SET name = 'Berta Backbone' WHERE id = $1`, [backbone.id]);
    const indicatorId = await createIndicator(t, allianceId, { name: 'Ausbildungsplätze', frequency: 'YEARLY' });

    const created = (await t.ok(CREATE, { i: { allianceId, name: ' Statistik-Export ', role: 'READ_ONLY', expiresOn: inDays(90) } }, { token: backbone.token }))
      .createApiToken;
    expect(created.secret).toMatch(/^gw_[A-Za-z0-9_-]{43}$/);
    expect(created.token).toMatchObject({
      name: 'Statistik-Export',
      role: 'READ_ONLY',
      membershipId: null,
      memberName: null,
      createdByName: 'Berta Backbone',
      lastUsedAt: null,
      revokedAt: null,
    });
    expect(created.secret.startsWith(created.token.tokenPrefix)).toBe(true);
    expect(created.token.tokenPrefix).toHaveLength(9);
    // Only the hash is kept; nowhere else does the secret appear.
    const [row] = await t.sql(`SELECT token_hash, user_id FROM api_tokens WHERE id = $1`, [created.token.id]);
    expect(row.token_hash).toBe(createHash('sha256').update(created.secret).digest('hex'));
    const [dump] = await t.sql(`SELECT count(*)::int AS n FROM api_tokens t WHERE t::text LIKE '%' || $1 || '%'`, [created.secret.slice(3)]);
    expect(dump.n).toBe(0);
    // The list never shows the secret again.
    const list = (await t.ok(LIST_TOKENS, { id: allianceId }, { token: backbone.token })).apiTokens;
    expect(list.totalCount).toBe(1);
    expect(JSON.stringify(list)).not.toContain(created.secret.slice(9));
    // Its service account cannot sign in.
    const [account] = await t.sql(`SELECT email, name, disabled_at FROM users WHERE id = $1`, [row.user_id]);
    expect(account).toMatchObject({ name: 'API: Statistik-Export', disabled_at: expect.any(Date) });
    expect(code(await t.gql(`mutation($i: LoginInput!) { login(input: $i) { token } }`, { i: { email: account.email, password: '!' } }))).toBe(
      'INVALID_CREDENTIALS',
    );

    // The token reads the alliance's series.
    const series = await t.ok(SERIES, { id: allianceId, ids: [indicatorId], from: '2025', to: '2026', by: 'TOTAL' }, { token: created.secret });
    expect(series.indicatorSeries[0]).toMatchObject({ indicatorId, periods: ['2025', '2026'] });
    const [used] = await t.sql(`SELECT last_used_at FROM api_tokens WHERE id = $1`, [created.token.id]);
    expect(used.last_used_at).toBeInstanceOf(Date);
    // Within a minute, further requests do not write again.
    await t.ok(INDICATORS, { id: allianceId }, { token: created.secret });
    expect((await t.sql(`SELECT last_used_at FROM api_tokens WHERE id = $1`, [created.token.id]))[0].last_used_at).toEqual(used.last_used_at);
    // A minute later, the next request does.
    await t.sql(`UPDATE api_tokens SET last_used_at = now() - interval '61 seconds' WHERE id = $1`, [created.token.id]);
    const [stale] = await t.sql(`SELECT last_used_at FROM api_tokens WHERE id = $1`, [created.token.id]);
    await t.ok(INDICATORS, { id: allianceId }, { token: created.secret });
    expect((await t.sql(`SELECT last_used_at FROM api_tokens WHERE id = $1`, [created.token.id]))[0].last_used_at.getTime()).toBeGreaterThan(
      stale.last_used_at.getTime(),
    );

    const revoked = (await t.ok(REVOKE, { i: { allianceId, apiTokenId: created.token.id } }, { token: backbone.token })).revokeApiToken;
    expect(revoked.revokedAt).toEqual(expect.any(String));
    const refused = await t.gql(INDICATORS, { id: allianceId }, { token: created.secret });
    expect(code(refused)).toBe('UNAUTHENTICATED');
    expect(refused.data?.indicators).toBeUndefined();
    // Revoking again changes nothing and writes no second event.
    await t.ok(REVOKE, { i: { allianceId, apiTokenId: created.token.id } }, { token: backbone.token });

    const audit = (await t.ok(AUDIT, { id: allianceId, f: { entityType: 'ApiToken' } }, { token: backbone.token })).auditEvents.nodes;
    expect(audit.map((e: any) => e.action)).toEqual(['apiToken.revoked', 'apiToken.created']);
    expect(audit.every((e: any) => e.actorUserId === backbone.id && e.entityId === created.token.id)).toBe(true);
    expect(JSON.stringify(audit)).not.toContain(created.secret);
    expect((await t.ok(LIST_TOKENS, { id: allianceId }, { token: backbone.token })).apiTokens.nodes[0]).toMatchObject({
      revokedAt: expect.any(String),
      lastUsedAt: expect.any(String),
    });
  });

  it('expires at the end of its last day; an unknown or malformed token is a plain UNAUTHENTICATED', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const { secret, token } = (await t.ok(CREATE, { i: { allianceId, name: 'Kurz', role: 'READ_ONLY', expiresOn: inDays(1) } }, { token: backbone.token }))
      .createApiToken;
    // Valid through the Berlin day it names: it ends at the following midnight in Berlin.
    const [{ end }] = await t.sql(`SELECT to_char(expires_at AT TIME ZONE 'Europe/Berlin', 'YYYY-MM-DD HH24:MI') AS end FROM api_tokens WHERE id = $1`, [
      token.id,
    ]);
    expect(end).toBe(`${inDays(2)} 00:00`);
    expect(code(await t.gql(INDICATORS, { id: allianceId }, { token: secret }))).toBeUndefined();
    await t.sql(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [token.id]);
    expect(code(await t.gql(INDICATORS, { id: allianceId }, { token: secret }))).toBe('UNAUTHENTICATED');
    for (const forged of [`${secret.slice(0, -1)}x`, secret.slice(0, -1), `gw_${'a'.repeat(43)}`, 'gw_']) {
      expect(code(await t.gql(INDICATORS, { id: allianceId }, { token: forged }))).toBe('UNAUTHENTICATED');
    }
  });

  it('only backbone admins manage tokens; bad input is refused, translated, and changes nothing', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const other = await t.allianceWithRoles('Anderes Bündnis');
    for (const who of [partner, funder, observer]) {
      const r = await t.gql(CREATE, { i: { allianceId, name: 'X', role: 'READ_ONLY', expiresOn: inDays(10) } }, { token: who.token });
      expect(code(r)).toBe('FORBIDDEN');
      expect(code(await t.gql(LIST_TOKENS, { id: allianceId }, { token: who.token }))).toBe('FORBIDDEN');
    }
    // A backbone colleague without the admin right.
    await t.sql(`UPDATE alliance_seats SET is_admin = false WHERE alliance_id = $1 AND user_id = $2`, [allianceId, backbone.id]);
    const notAdmin = await t.gql(CREATE, { i: { allianceId, name: 'X', role: 'READ_ONLY', expiresOn: inDays(10) } }, { token: backbone.token });
    expect(code(notAdmin)).toBe('FORBIDDEN');
    expect(notAdmin.errors?.[0].message).toBe('Dafür fehlt Ihnen die Berechtigung: Verwaltungsrecht der Geschäftsstelle.');
    await t.sql(`UPDATE alliance_seats SET is_admin = true WHERE alliance_id = $1 AND user_id = $2`, [allianceId, backbone.id]);

    const bad: [Record<string, unknown>, string, string][] = [
      [{ role: 'READ_ONLY', expiresOn: inDays(-1) }, 'expiresOn', 'muss in der Zukunft liegen'],
      [{ role: 'READ_ONLY', expiresOn: inDays(400) }, 'expiresOn', 'höchstens ein Jahr ab heute'],
      [{ role: 'REPORTING', expiresOn: inDays(10) }, 'membershipId', 'Pflichtfeld'],
      [
        { role: 'REPORTING', expiresOn: inDays(10), membershipId: other.partner.membershipId },
        'membershipId',
        'keine aktive Mitgliedsorganisation des Bündnisses',
      ],
      [{ role: 'READ_ONLY', expiresOn: inDays(10), membershipId: partner.membershipId }, 'membershipId', 'nur für die Rolle „Berichten“ anzugeben'],
      [{ role: 'REPORTING', expiresOn: inDays(10), membershipId: funder.membershipId }, 'membershipId', 'nur für Partner-Organisationen'],
      [{ role: 'READ_ONLY', expiresOn: '2026-02-30' }, 'expiresOn', ''],
      [{ role: 'READ_ONLY', expiresOn: inDays(10), name: '   ' }, 'name', 'Pflichtfeld'],
    ];
    for (const [input, field, text] of bad) {
      const r = await t.gql(CREATE, { i: { allianceId, name: 'Export', ...input } }, { token: backbone.token });
      expect({ input, code: code(r) }).toEqual({ input, code: 'VALIDATION_FAILED' });
      expect(JSON.stringify(r.errors?.[0].extensions?.fields)).toContain(field);
      expect(r.errors?.[0].message).toContain(text);
    }
    expect(await t.sql(`SELECT 1 FROM api_tokens WHERE alliance_id = $1`, [allianceId])).toEqual([]);
    expect(
      code(await t.gql(CREATE, { i: { allianceId, name: 'Ein Jahr', role: 'READ_ONLY', expiresOn: inDays(365) } }, { token: backbone.token })),
    ).toBeUndefined();
    // Another alliance's token cannot be revoked from here.
    const foreign = (
      await t.ok(CREATE, { i: { allianceId: other.allianceId, name: 'Fremd', role: 'READ_ONLY', expiresOn: inDays(10) } }, { token: other.backbone.token })
    ).createApiToken;
    expect(code(await t.gql(REVOKE, { i: { allianceId, apiTokenId: foreign.token.id } }, { token: backbone.token }))).toBe('NOT_FOUND');
    expect((await t.sql(`SELECT revoked_at FROM api_tokens WHERE id = $1`, [foreign.token.id]))[0].revoked_at).toBeNull();
  });

  it("a REPORTING token saves and submits its member's values like its people; it cannot read or change another member's drafts, nor review", async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles('Meldebündnis');
    const partnerY = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const indicatorId = await createIndicator(t, allianceId, { frequency: 'YEARLY' });
    const periodId = await openPeriod(t, backbone.token, allianceId, '2026', 'YEARLY');
    const yDraft = (await t.ok(SAVE, { i: { allianceId, indicatorId, reportingPeriodId: periodId, value: 777 } }, { token: partnerY.token })).saveMeasurement;
    const { secret, token } = (
      await t.ok(
        CREATE,
        { i: { allianceId, name: 'Fachverfahren', role: 'REPORTING', membershipId: partner.membershipId, expiresOn: inDays(30) } },
        { token: backbone.token },
      )
    ).createApiToken;
    expect(token).toMatchObject({ role: 'REPORTING', membershipId: partner.membershipId, memberName: expect.stringMatching(/^PARTNER org/) });

    const saved = (
      await t.ok(SAVE, { i: { allianceId, indicatorId, reportingPeriodId: periodId, value: 12, note: 'aus dem Fachverfahren' } }, { token: secret })
    ).saveMeasurement;
    expect(saved).toMatchObject({ status: 'DRAFT', value: 12, membershipId: partner.membershipId });
    const submitted = (await t.ok(SUBMIT, { i: { allianceId, measurementId: saved.id, version: saved.version } }, { token: secret })).submitMeasurement;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', submittedByName: 'API: Fachverfahren' });
    // Its list holds its member's values, never Y's draft.
    const listed = (await t.ok(LIST, { id: allianceId, p: { first: 100 } }, { token: secret })).measurements.nodes;
    expect(listed.map((m: any) => m.id)).toEqual([saved.id]);
    // Y's draft: not to be submitted, not to be overwritten.
    expect(code(await t.gql(SUBMIT, { i: { allianceId, measurementId: yDraft.id, version: yDraft.version } }, { token: secret }))).toMatch(
      /NOT_FOUND|FORBIDDEN/,
    );
    const before = await t.sql(`SELECT value, status, version FROM measurements WHERE id = $1`, [yDraft.id]);
    expect(before).toEqual([{ value: '777', status: 'DRAFT', version: yDraft.version }]);
    // Review and everything else is refused.
    const approve = await t.gql(
      `mutation($i: ApproveMeasurementInput!) { approveMeasurement(input: $i) { id } }`,
      { i: { allianceId, measurementId: saved.id, version: submitted.version } },
      { token: secret },
    );
    expect(code(approve)).toBe('API_TOKEN_NOT_ALLOWED');
    expect(approve.errors?.[0].message).toBe('Mit einem API-Zugang ist „approveMeasurement“ nicht möglich. Melden Sie sich dafür als Person an.');
    // The same member's people see what the token did.
    const mine = (await t.ok(LIST, { id: allianceId, p: { first: 100 } }, { token: partner.token })).measurements.nodes;
    expect(mine.map((m: any) => m.id)).toEqual([saved.id]);
    // And its member leaving ends the token's access.
    await approvedValue(
      t,
      { reporter: partner.token, backbone: backbone.token },
      { allianceId, indicatorId: await createIndicator(t, allianceId, { frequency: 'YEARLY' }), reportingPeriodId: periodId, value: 3 },
    );
    // Made backbone, its member no longer reports as a partner: the token stops (it never gains review rights).
    await t.sql(`UPDATE memberships SET role = 'BACKBONE' WHERE alliance_id = $1 AND id = $2`, [allianceId, partner.membershipId]);
    expect(code(await t.gql(INDICATORS, { id: allianceId }, { token: secret }))).toBe('NOT_FOUND');
    await t.sql(`UPDATE memberships SET role = 'PARTNER', state = 'LEFT' WHERE alliance_id = $1 AND id = $2`, [allianceId, partner.membershipId]);
    expect(code(await t.gql(INDICATORS, { id: allianceId }, { token: secret }))).toBe('NOT_FOUND');
  });

  it('rate limits count per token', async () => {
    const limited = await TestApp.start({ RATE_LIMIT_POINTS_PER_MINUTE: '200' });
    try {
      const { allianceId, backbone } = await limited.allianceWithRoles();
      const mk = async (name: string) =>
        (await limited.ok(CREATE, { i: { allianceId, name, role: 'READ_ONLY', expiresOn: inDays(5) } }, { token: backbone.token })).createApiToken
          .secret as string;
      const [one, two] = [await mk('Eins'), await mk('Zwei')];
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 12; i++) codes.push(code(await limited.gql(INDICATORS, { id: allianceId }, { token: one })));
      expect(codes).toContain('TOO_MANY_REQUESTS');
      expect(codes.indexOf('TOO_MANY_REQUESTS')).toBeGreaterThan(2);
      // The other token of the same alliance still has its own budget.
      expect(code(await limited.gql(INDICATORS, { id: allianceId }, { token: two }))).toBeUndefined();
    } finally {
      await limited.close();
    }
  });
});
