import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { PASSWORD, TestApp } from '../../test/test-app';
import { AltchaChallenge, solveAltcha } from './altcha';
import { POSTS_PER_ADDRESS } from './participation-public.service';
import { CONTACT_RETENTION_DAYS, ParticipationRetentionService } from './participation-retention.service';

/**
 * Co-production through HTTP and GraphQL against a real PostgreSQL: a citizen's report goes from
 * the public form through moderation (a name edited out, recorded), forwarding and a member's
 * public answer into a participation-sourced indicator; feedback is answered by the provider;
 * nothing unapproved is ever public; spam (honeypot, proof of work, a flood from one address) is
 * refused in the visitor's language without changing anything; another alliance sees nothing.
 */
describe('co-production (participation)', () => {
  let t: TestApp;
  let roles: Awaited<ReturnType<TestApp['allianceWithRoles']>>;
  let otherBackbone: { token: string };
  const ids = {} as Record<'a' | 'b' | 'oststadt' | 'provider' | 'offer' | 'indicator', string>;
  let ipNo = 0;
  const nextIp = () => `10.20.${Math.floor(++ipNo / 250)}.${ipNo % 250}`;

  async function asAlliance(allianceId: string, sql: string, params: unknown[] = []) {
    await t.sql(`SELECT set_config('app.alliance_id', $1, false)`, [allianceId]);
    try {
      return await t.sql(sql, params);
    } finally {
      await t.sql(`SELECT set_config('app.alliance_id', '', false)`);
    }
  }

  const base = (slug = 'portal-a') => `/api/portal/${slug}/participation`;
  const get = async (p: string, lang = 'de') => {
    const res = await fetch(`${t.url}${p}`, { headers: { accept: 'application/json', 'accept-language': lang } });
    const text = await res.text();
    return { status: res.status, body: text.startsWith('{') ? JSON.parse(text) : text };
  };
  const pow = async () => solveAltcha((await get(`${base()}/challenge`)).body as AltchaChallenge);
  const post = async (p: string, body: Record<string, unknown>, ip = nextIp(), lang = 'de') => {
    const res = await fetch(`${t.url}${p}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': lang, 'x-forwarded-for': ip },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: JSON.parse(await res.text()) };
  };
  const postReport = async (fields: Record<string, string>, photo?: Buffer, ip = nextIp()) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    if (photo) form.append('photo', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'foto.jpg');
    const res = await fetch(`${t.url}${base()}/reports`, { method: 'POST', headers: { 'x-forwarded-for': ip, 'accept-language': 'de' }, body: form });
    return { status: res.status, body: JSON.parse(await res.text()) };
  };
  const barrier = async (description: string, extra: Record<string, string> = {}, photo?: Buffer) =>
    postReport(
      { category: 'BARRIER', targetGroup: 'Menschen mit Behinderung', districtId: ids.oststadt, description, website: '', altcha: await pow(), ...extra },
      photo,
    );
  const itemCount = async () => (await t.sql(`SELECT count(*)::int AS n FROM participation_items`))[0].n as number;

  const ITEM = '{ id kind text moderation status statusReason publicAnswer supportCount hasEmail emailConfirmed hasPhoto version history { status reason } }';
  const QUEUE = `query($a: ID!, $s: ModerationStatus) { participationQueue(allianceId: $a, status: $s) ${ITEM} }`;
  const MODERATE = `mutation($i: ModerateParticipationInput!) { moderateParticipation(input: $i) ${ITEM} }`;
  const FORWARD = `mutation($i: ForwardReportInput!) { forwardReport(input: $i) ${ITEM} }`;
  const FORWARDED = `query($a: ID!) { forwardedReports(allianceId: $a) ${ITEM} }`;
  const RESOLVE = `mutation($i: ResolveReportInput!) { resolveReport(input: $i) ${ITEM} }`;
  const VALUES = `query($a: ID!, $i: ID!) { participationIndicatorValues(allianceId: $a, indicatorId: $i) { values { period districtName value suppressed } } }`;

  async function approve(id: string, kind = 'REPORT', editedText?: string, editedAddress?: string) {
    const [{ version }] = await t.sql(`SELECT version FROM participation_items WHERE id = $1`, [id]);
    return (
      await t.ok(
        MODERATE,
        { i: { allianceId: ids.a, itemId: id, kind, action: 'APPROVE', editedText, editedAddress, version } },
        { token: roles.backbone.token },
      )
    ).moderateParticipation;
  }

  beforeAll(async () => {
    t = await TestApp.start({ TRUSTED_PROXIES: '127.0.0.1' });
    roles = await t.allianceWithRoles('Koproduktion');
    ids.a = roles.allianceId;
    otherBackbone = await t.userWithToken();
    ids.b = await t.createAlliance(otherBackbone.token, 'Anderes Bündnis');
    for (const [alliance, slug] of [
      [ids.a, 'portal-a'],
      [ids.b, 'portal-b'],
    ]) {
      await asAlliance(alliance, `INSERT INTO portal_settings (alliance_id, enabled, name) VALUES ($1, true, 'Chancenportal')`, [alliance]);
      await asAlliance(alliance, `INSERT INTO portal_public_settings (alliance_id, slug) VALUES ($1, $2)`, [alliance, slug]);
    }
    ids.oststadt = randomUUID();
    await asAlliance(ids.a, `INSERT INTO districts (alliance_id, id, name) VALUES ($1, $2, 'Oststadt')`, [ids.a, ids.oststadt]);
    // The partner offers something in the portal: it answers feedback on its offer.
    ids.provider = randomUUID();
    ids.offer = randomUUID();
    await asAlliance(ids.a, `INSERT INTO portal_providers (alliance_id, id, membership_id, name) VALUES ($1, $2, $3, 'Jugendtreff Oststadt')`, [
      ids.a,
      ids.provider,
      roles.partner.membershipId,
    ]);
    await asAlliance(
      ids.a,
      `INSERT INTO portal_offers (alliance_id, id, provider_id, status, published_at, confirmed_at, title, summary) VALUES ($1, $2, $3, 'PUBLISHED', now(), now(), 'Hausaufgabenhilfe', 'Jeden Nachmittag')`,
      [ids.a, ids.offer, ids.provider],
    );
    ids.indicator = randomUUID();
    await asAlliance(
      ids.a,
      `INSERT INTO indicators (alliance_id, id, name, direction, aggregation, frequency, rba_kind) VALUES ($1, $2, 'Gemeldete Barrieren, gelöst innerhalb von 30 Tagen', 'INCREASE', 'SUM', 'QUARTERLY', 'BETTER_OFF')`,
      [ids.a, ids.indicator],
    );
  }, 120_000);
  afterAll(() => t?.close());

  it('report → a name edited out, approved, forwarded → the member resolves it in public → the indicator counts it in the period', async () => {
    // A photo with a location in its EXIF data; the reporter also pins the place.
    const photo = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#808080' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Max Mustermann' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 31/1 0/1' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const sent = await barrier(
      'Herr Max Mustermann aus Nr. 5 sagt: Am Eingang der Stadtbibliothek fehlt eine Rampe.',
      {
        lat: '52.52',
        lng: '13.40',
        address: 'Stadtbibliothek, bei Familie Mustermann klingeln',
        email: 'melderin@example.org',
        locale: 'de',
      },
      photo,
    );
    expect(sent.status).toBe(202);
    const { id, followToken } = sent.body as { id: string; followToken: string };
    const [stored] = await t.sql(`SELECT photo, email, follow_token_hash FROM participation_items WHERE id = $1`, [id]);
    expect((await sharp(stored.photo).metadata()).exif).toBeUndefined();
    expect(stored.follow_token_hash).not.toBe(followToken);

    // Not public before approval; the reporter can follow it.
    expect((await get(`${base()}/reports`)).body.items).toEqual([]);
    expect((await get(`${base()}/reports/${id}`)).status).toBe(404);
    expect((await get(`${base()}/reports/${id}/photo`)).status).toBe(404);
    expect((await post(`${base()}/reports/${id}/support`, { voterToken: randomUUID(), website: '', altcha: await pow() })).status).toBe(404);
    const followed = (await get(`${base()}/follow/${followToken}`)).body;
    expect(followed).toMatchObject({ kind: 'REPORT', id, status: 'RECEIVED', published: false });
    expect(JSON.stringify(followed)).not.toContain('melderin');

    // The confirmation mail (through the outbox), then its link.
    const [mail] = await t.sql(`SELECT to_address, text_body FROM mail_outbox WHERE kind = 'PARTICIPATION_CONFIRM'`);
    expect(mail.to_address).toBe('melderin@example.org');
    const token = /beteiligung\/bestaetigen\/([\w-]+)/.exec(mail.text_body)![1];
    expect((await get(`${base()}/confirm/${token}`)).body).toEqual({ confirmed: true });
    expect((await get(`${base()}/confirm/${token}x`)).body.error.code).toBe('VERIFICATION_LINK_INVALID');

    // The moderator edits the name out and approves: the edit is recorded with before and after.
    const queue = (await t.ok(QUEUE, { a: ids.a }, { token: roles.backbone.token })).participationQueue;
    expect(queue.map((q: { id: string }) => q.id)).toContain(id);
    expect(queue.find((q: { id: string }) => q.id === id)).toMatchObject({ hasEmail: true, emailConfirmed: true, hasPhoto: true, status: 'RECEIVED' });
    expect((await t.gql(QUEUE, { a: ids.a }, { token: roles.partner.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const edited = 'Am Eingang der Stadtbibliothek fehlt eine Rampe.';
    const approved = await approve(id, 'REPORT', edited, 'Stadtbibliothek');
    expect(await t.sql(`SELECT address FROM participation_items WHERE id = $1`, [id])).toEqual([{ address: 'Stadtbibliothek' }]);
    expect(approved).toMatchObject({ moderation: 'APPROVED', status: 'IN_REVIEW', text: edited });
    const [audit] = await t.sql(`SELECT before, after FROM audit_events WHERE action = 'participation.edited' AND entity_id = $1`, [id]);
    expect(audit.before.text).toContain('Mustermann');
    expect(audit.after).toEqual({ text: edited, address: 'Stadtbibliothek' });
    expect(audit.before.address).toContain('Mustermann');

    // Public now, without the name and without the e-mail; supported once per browser.
    const listed = (await get(`${base()}/reports`)).body.items;
    expect(listed.map((r: { id: string }) => r.id)).toEqual([id]);
    expect(JSON.stringify(listed)).not.toMatch(/Mustermann|melderin/);
    expect((await get(`${base()}/reports/${id}/photo`)).status).toBe(200);
    const voter = randomUUID();
    expect((await post(`${base()}/reports/${id}/support`, { voterToken: voter, website: '', altcha: await pow() })).body).toEqual({
      supportCount: 1,
      alreadySupported: false,
    });
    expect((await post(`${base()}/reports/${id}/support`, { voterToken: voter, website: '', altcha: await pow() })).body).toEqual({
      supportCount: 1,
      alreadySupported: true,
    });
    expect((await post(`${base()}/reports/${id}/support`, { voterToken: randomUUID(), website: '', altcha: await pow() })).body.supportCount).toBe(2);

    // Forwarded to the partner, which sees it; the funder does not.
    const forwarded = (
      await t.ok(
        FORWARD,
        { i: { allianceId: ids.a, reportId: id, membershipId: roles.partner.membershipId, note: 'Bitte prüfen', version: approved.version } },
        { token: roles.backbone.token },
      )
    ).forwardReport;
    expect(forwarded.status).toBe('FORWARDED');
    // The partner's people hear of it: a notice in the app and a mail through the outbox (not the backbone that forwarded it).
    const forwardNotices = await t.sql(`SELECT user_id, link, params FROM notifications WHERE kind = 'REPORT_FORWARDED' AND subject_id = $1`, [id]);
    expect(forwardNotices.map((n) => n.user_id)).toEqual([roles.partner.id]);
    expect(forwardNotices[0].link).toBe(`/a/${ids.a}/participation/forwarded`);
    expect(forwardNotices[0].params).toMatchObject({ category: 'BARRIER', excerpt: edited, note: 'Bitte prüfen' });
    const [forwardMail] = await t.sql(`SELECT to_address, subject, text_body FROM mail_outbox WHERE kind = 'REPORT_FORWARDED'`);
    expect(forwardMail.to_address).toBe(roles.partner.email);
    expect(forwardMail.subject).toBe('Meldung an Sie weitergeleitet: Barriere');
    expect(forwardMail.text_body).toContain(edited);
    expect(forwardMail.text_body).toContain('Hinweis: Bitte prüfen');
    expect(forwardMail.text_body).toContain(`/a/${ids.a}/participation/forwarded`);
    expect((await t.ok(FORWARDED, { a: ids.a }, { token: roles.partner.token })).forwardedReports.map((r: { id: string }) => r.id)).toEqual([id]);
    expect((await t.gql(FORWARDED, { a: ids.a }, { token: roles.funder.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const resolveInput = {
      allianceId: ids.a,
      reportId: id,
      outcome: 'RESOLVED',
      publicAnswer: 'Eine mobile Rampe steht jetzt bereit.',
      version: forwarded.version,
    };
    expect((await t.gql(RESOLVE, { i: resolveInput }, { token: roles.funder.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // The member resolves it with a public answer; the reporter gets the notice.
    const resolved = (await t.ok(RESOLVE, { i: resolveInput }, { token: roles.partner.token })).resolveReport;
    expect(resolved.status).toBe('RESOLVED');
    const page = (await get(`${base()}/reports/${id}`)).body;
    expect(page).toMatchObject({ status: 'RESOLVED', publicAnswer: 'Eine mobile Rampe steht jetzt bereit.', supportCount: 2 });
    expect(page.history.map((h: { status: string }) => h.status)).toEqual(['RECEIVED', 'IN_REVIEW', 'FORWARDED', 'RESOLVED']);
    const notices = await t.sql(`SELECT to_address, text_body FROM mail_outbox WHERE kind = 'PARTICIPATION_ANSWERED'`);
    expect(notices.map((n) => n.to_address)).toEqual(['melderin@example.org']);
    expect(notices[0].text_body).toContain('mobile Rampe');

    // The indicator built on these reports counts it in this quarter and district (backbone: the true value).
    // Before it has a source it is an ordinary indicator: the partner is expected to report it.
    const now = new Date(new Date().toLocaleString('en-US', { timeZone: 'Europe/Berlin' }));
    const quarter = `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
    const period = (
      await t.ok(
        `mutation($i: OpenReportingPeriodInput!) { openReportingPeriod(input: $i) { id } }`,
        { i: { allianceId: ids.a, frequency: 'QUARTERLY', periodKey: quarter } },
        { token: roles.backbone.token },
      )
    ).openReportingPeriod.id;
    const COMPLETENESS = `query($a: ID!, $p: ID!) { reportingCompleteness(allianceId: $a, reportingPeriodId: $p) { expected rows { indicatorId } } }`;
    const expectedBefore = (await t.ok(COMPLETENESS, { a: ids.a, p: period }, { token: roles.backbone.token })).reportingCompleteness;
    expect(expectedBefore.rows.map((r: { indicatorId: string }) => r.indicatorId)).toContain(ids.indicator);
    await t.ok(
      `mutation($i: SetParticipationIndicatorSourceInput!) { setParticipationIndicatorSource(input: $i) { indicatorId } }`,
      { i: { allianceId: ids.a, indicatorId: ids.indicator, kind: 'REPORT', category: 'BARRIER', withinDays: 30 } },
      { token: roles.backbone.token },
    );
    const values = (await t.ok(VALUES, { a: ids.a, i: ids.indicator }, { token: roles.backbone.token })).participationIndicatorValues.values;
    expect(values).toEqual([
      { period: quarter, districtName: null, value: 1, suppressed: false },
      { period: quarter, districtName: 'Oststadt', value: 1, suppressed: false },
    ]);
    // Small-number protection: a funder sees that there is a count below the threshold, not the count.
    const forFunder = (await t.ok(VALUES, { a: ids.a, i: ids.indicator }, { token: roles.funder.token })).participationIndicatorValues.values;
    expect(forFunder.every((v: { value: number | null; suppressed: boolean }) => v.value === null && v.suppressed)).toBe(true);

    // Into shared measurement: the roll-up, the indicator's series and the dashboard read the count like an approved
    // value, marked as coming from participation; it expects no member reports, so completeness no longer lists it.
    const B = { token: roles.backbone.token };
    const rollup = (
      await t.ok(
        `query($a: ID!, $i: ID!, $p: String!) { rollup(allianceId: $a, indicatorId: $i, periodKey: $p) { value expectedReports approvedReports provisional fromParticipation suppressed } }`,
        { a: ids.a, i: ids.indicator, p: quarter },
        B,
      )
    ).rollup;
    expect(rollup).toMatchObject({ value: 1, expectedReports: 0, approvedReports: 0, provisional: true, fromParticipation: true, suppressed: false });
    const SERIES = `query($a: ID!, $ids: [ID!]!, $f: String!, $t: String!) {
      indicatorSeries(allianceId: $a, indicatorIds: $ids, from: $f, to: $t) { periods actual expectedReports suppressed fromParticipation } }`;
    const series = (await t.ok(SERIES, { a: ids.a, ids: [ids.indicator], f: quarter, t: quarter }, B)).indicatorSeries;
    expect(series).toEqual([{ periods: [quarter], actual: [1], expectedReports: [0], suppressed: [false], fromParticipation: true }]);
    expect((await t.ok(SERIES, { a: ids.a, ids: [ids.indicator], f: quarter, t: quarter }, { token: roles.funder.token })).indicatorSeries[0]).toMatchObject({
      actual: [null],
      suppressed: [true],
    });
    const PROGRESS = `query($a: ID!, $f: String!, $t: String!) { indicatorProgress(allianceId: $a, from: $f, to: $t) { id actual expectedReports fromParticipation } }`;
    const progress = (await t.ok(PROGRESS, { a: ids.a, f: quarter, t: quarter }, B)).indicatorProgress;
    expect(progress.find((p: { id: string }) => p.id === ids.indicator)).toEqual({
      id: ids.indicator,
      actual: [1],
      expectedReports: [0],
      fromParticipation: true,
    });
    expect(
      (await t.ok(`query($a: ID!, $i: ID!) { indicator(allianceId: $a, indicatorId: $i) { fromParticipation } }`, { a: ids.a, i: ids.indicator }, B)).indicator,
    ).toEqual({ fromParticipation: true });
    // Read-only: a member cannot report a value for it.
    const refused = await t.gql(
      `mutation($i: SaveMeasurementInput!) { saveMeasurement(input: $i) { id } }`,
      {
        i: { allianceId: ids.a, indicatorId: ids.indicator, reportingPeriodId: period, value: 3 },
      },
      { token: roles.partner.token },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'indicatorId', code: 'fromParticipation' }] });
    const expectedAfter = (await t.ok(COMPLETENESS, { a: ids.a, p: period }, B)).reportingCompleteness;
    expect(expectedAfter.rows.map((r: { indicatorId: string }) => r.indicatorId)).not.toContain(ids.indicator);
    expect(expectedAfter.expected).toBe(
      expectedBefore.expected - expectedBefore.rows.filter((r: { indicatorId: string }) => r.indicatorId === ids.indicator).length,
    );
  });

  it('feedback: not public before approval; the provider answers in public and marks what changed; an abuse report sends it back to the queue', async () => {
    const sent = await post(`${base()}/offers/${ids.offer}/feedback`, {
      text: 'Meine Tochter geht gern hin, aber die Zeiten passen nicht.',
      rating: 4,
      authorLabel: 'Mutter aus Oststadt',
      email: 'mutter@example.org',
      website: '',
      altcha: await pow(),
      locale: 'de',
    });
    expect(sent.status).toBe(202);
    const id = sent.body.id as string;
    expect((await get(`${base()}/offers/${ids.offer}/feedback`)).body.items).toEqual([]);
    await approve(id, 'FEEDBACK');
    const ANSWER = `mutation($i: AnswerFeedbackInput!) { answerFeedback(input: $i) ${ITEM} }`;
    const input = { allianceId: ids.a, feedbackId: id, text: 'Danke! Ab Januar auch dienstags bis 18 Uhr.' };
    expect((await t.gql(ANSWER, { i: input }, { token: roles.funder.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await t.ok(ANSWER, { i: input }, { token: roles.partner.token })).answerFeedback.publicAnswer).toBe(input.text);
    await t.ok(
      `mutation($i: MarkFeedbackChangedInput!) { markFeedbackChanged(input: $i) { id } }`,
      { i: { allianceId: ids.a, feedbackId: id, whatChanged: 'Längere Öffnungszeiten am Dienstag' } },
      { token: roles.partner.token },
    );
    const [item] = (await get(`${base()}/offers/${ids.offer}/feedback`)).body.items;
    expect(item).toMatchObject({
      id,
      authorLabel: 'Mutter aus Oststadt',
      rating: 4,
      answer: { text: input.text, organisationName: expect.any(String) },
      changed: { text: 'Längere Öffnungszeiten am Dienstag' },
    });
    expect(JSON.stringify(item)).not.toContain('mutter@');

    const abuse = await post(`${base()}/abuse`, { itemType: 'ANSWER', itemId: id, reason: 'beleidigend', website: '', altcha: await pow() });
    expect(abuse.status).toBe(202);
    expect((await get(`${base()}/offers/${ids.offer}/feedback`)).body.items).toEqual([]);
    const queue = (await t.ok(QUEUE, { a: ids.a }, { token: roles.backbone.token })).participationQueue;
    expect(queue.find((q: { id: string }) => q.id === id)).toMatchObject({ moderation: 'PENDING' });
  });

  it('offerFeedback: a provider reads the approved feedback on its own offers only and answers it; participationRights follow the access rules', async () => {
    // A provider-only membership with an offer of its own, next to the partner's offer.
    const provider = await t.addMember(roles.backbone.token, ids.a, 'PROVIDER');
    const providerId = randomUUID();
    const offer = randomUUID();
    await asAlliance(ids.a, `INSERT INTO portal_providers (alliance_id, id, membership_id, name) VALUES ($1, $2, $3, 'Sportverein Oststadt')`, [
      ids.a,
      providerId,
      provider.membershipId,
    ]);
    await asAlliance(
      ids.a,
      `INSERT INTO portal_offers (alliance_id, id, provider_id, status, published_at, confirmed_at, title, summary) VALUES ($1, $2, $3, 'PUBLISHED', now(), now(), 'Schwimmkurs', 'Samstags')`,
      [ids.a, offer, providerId],
    );
    const feedback = async (offerId: string, text: string) =>
      (await post(`${base()}/offers/${offerId}/feedback`, { text, website: '', altcha: await pow(), locale: 'de' })).body.id as string;
    const onSwim = await feedback(offer, 'Der Kurs ist toll, aber die Umkleide ist zu eng.');
    const pending = await feedback(offer, 'Noch nicht freigegeben: Herr Meier ist unfreundlich.');
    const onHomework = await feedback(ids.offer, 'Hausaufgabenhilfe hat geholfen.');
    await approve(onSwim, 'FEEDBACK');
    await approve(onHomework, 'FEEDBACK');

    const LIST = `query($a: ID!, $o: ID) { offerFeedback(allianceId: $a, offerId: $o) { id offerId offerTitle text publicAnswer changedText moderation } }`;
    const list = async (token: string, o?: string) => ((await t.ok(LIST, { a: ids.a, o }, { token })).offerFeedback as { id: string }[]).map((f) => f.id);
    // The provider: its own approved feedback, never the pending one, never the partner's offer's.
    expect(await list(provider.token)).toEqual([onSwim]);
    expect(await list(provider.token, ids.offer)).toEqual([]);
    expect(await list(roles.partner.token)).not.toContain(onSwim);
    expect(await list(roles.partner.token)).toContain(onHomework);
    // The backbone (a moderator): every offer's approved feedback, unanswered first.
    const all = await list(roles.backbone.token);
    expect(all).toEqual(expect.arrayContaining([onSwim, onHomework]));
    expect(all).not.toContain(pending);
    expect(await list(roles.backbone.token, offer)).toEqual([onSwim]);
    expect(await list(roles.funder.token)).toEqual([]);
    expect(await list(roles.backbone.token, 'kein-uuid')).toEqual([]);
    expect((await t.gql(LIST, { a: ids.a }, { token: roles.observer.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // Another alliance's backbone with this offer's id: nothing.
    expect((await t.ok(LIST, { a: ids.b, o: offer }, { token: otherBackbone.token })).offerFeedback).toEqual([]);

    // The provider answers its own feedback and says what changed; the partner's feedback is not its to answer.
    const ANSWER = `mutation($i: AnswerFeedbackInput!) { answerFeedback(input: $i) { id publicAnswer answeredByName } }`;
    const answered = await t.ok(ANSWER, { i: { allianceId: ids.a, feedbackId: onSwim, text: 'Danke, wir bauen um.' } }, { token: provider.token });
    expect(answered.answerFeedback).toMatchObject({ publicAnswer: 'Danke, wir bauen um.', answeredByName: expect.stringContaining('PROVIDER org') });
    await t.ok(
      `mutation($i: MarkFeedbackChangedInput!) { markFeedbackChanged(input: $i) { id } }`,
      { i: { allianceId: ids.a, feedbackId: onSwim, whatChanged: 'Eine zweite Umkleide seit März' } },
      { token: provider.token },
    );
    expect((await t.ok(LIST, { a: ids.a }, { token: provider.token })).offerFeedback[0]).toMatchObject({
      publicAnswer: 'Danke, wir bauen um.',
      changedText: 'Eine zweite Umkleide seit März',
    });
    expect(
      (await t.gql(ANSWER, { i: { allianceId: ids.a, feedbackId: onHomework, text: 'Nicht meins' } }, { token: provider.token })).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');

    // participationRights: what the navigation shows, by the same rules.
    const RIGHTS = `query($a: ID!) { participationRights(allianceId: $a) { moderator forwardedReports answersFeedback } }`;
    const rights = async (token: string) => (await t.ok(RIGHTS, { a: ids.a }, { token })).participationRights;
    expect(await rights(roles.backbone.token)).toEqual({ moderator: true, forwardedReports: true, answersFeedback: true });
    expect(await rights(roles.partner.token)).toEqual({ moderator: false, forwardedReports: true, answersFeedback: true });
    expect(await rights(roles.observer.token)).toEqual({ moderator: false, forwardedReports: false, answersFeedback: false });
    expect(await rights(roles.funder.token)).toEqual({ moderator: false, forwardedReports: false, answersFeedback: true });
    // An appointed moderator (the funder appointed as portal editor) moderates: the web shows it the queue.
    await asAlliance(ids.a, `INSERT INTO portal_editors (alliance_id, membership_id) VALUES ($1, $2)`, [ids.a, roles.funder.membershipId]);
    try {
      expect(await rights(roles.funder.token)).toEqual({ moderator: true, forwardedReports: true, answersFeedback: true });
      expect(await list(roles.funder.token)).toEqual(expect.arrayContaining([onSwim, onHomework]));
    } finally {
      await asAlliance(ids.a, `DELETE FROM portal_editors WHERE alliance_id = $1 AND membership_id = $2`, [ids.a, roles.funder.membershipId]);
    }
    // A provider has no workspace: the rights query is not for it.
    expect((await t.gql(RIGHTS, { a: ids.a }, { token: provider.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('approving feedback on an offer tells its provider’s people (in the app, by mail unless turned off), no other provider, no other alliance', async () => {
    const SET_EMAIL = `mutation($i: SetNotificationEmailInput!) { setNotificationEmail(input: $i) { __typename } }`;
    const providerWithOffer = async (allianceId: string, backboneToken: string, name: string, title: string) => {
      const member = await t.addMember(backboneToken, allianceId, 'PROVIDER');
      const providerId = randomUUID();
      const offerId = randomUUID();
      await asAlliance(allianceId, `INSERT INTO portal_providers (alliance_id, id, membership_id, name) VALUES ($1, $2, $3, $4)`, [
        allianceId,
        providerId,
        member.membershipId,
        name,
      ]);
      await asAlliance(
        allianceId,
        `INSERT INTO portal_offers (alliance_id, id, provider_id, status, published_at, confirmed_at, title, summary) VALUES ($1, $2, $3, 'PUBLISHED', now(), now(), $4, 'Kurz')`,
        [allianceId, offerId, providerId, title],
      );
      return { ...member, offerId };
    };
    const mine = await providerWithOffer(ids.a, roles.backbone.token, 'Musikschule Nord', 'Gitarrenkurs');
    const neighbour = await providerWithOffer(ids.a, roles.backbone.token, 'Bücherei Nord', 'Vorlesestunde');
    const elsewhere = await providerWithOffer(ids.b, otherBackbone.token, 'Musikschule Süd', 'Gitarrenkurs');
    const feedback = async (offerId: string, text: string, slug = 'portal-a') =>
      (await post(`${base(slug)}/offers/${offerId}/feedback`, { text, website: '', altcha: await pow(), locale: 'de' })).body.id as string;
    const notices = async (userId: string) =>
      (await t.sql(`SELECT subject_id, link, params FROM notifications WHERE kind = 'FEEDBACK_PUBLISHED' AND user_id = $1 ORDER BY created_at`, [userId])).map(
        (n) => ({ id: n.subject_id, link: n.link, offer: n.params.offer, excerpt: n.params.excerpt }),
      );
    const mails = async (to: string) => t.sql(`SELECT subject, text_body FROM mail_outbox WHERE kind = 'FEEDBACK_PUBLISHED' AND to_address = $1`, [to]);

    // Waiting for moderation or rejected: nobody hears of it.
    await feedback(mine.offerId, 'Noch in der Moderation.');
    const rejected = await feedback(mine.offerId, 'Herr Meier ist unfreundlich.');
    const [{ version }] = await t.sql(`SELECT version FROM participation_items WHERE id = $1`, [rejected]);
    await t.ok(
      MODERATE,
      { i: { allianceId: ids.a, itemId: rejected, kind: 'FEEDBACK', action: 'REJECT', reason: 'Personenbezogen', version } },
      { token: roles.backbone.token },
    );
    expect(await notices(mine.id)).toEqual([]);

    // Approved (with a name edited out): the provider's people hear of the published text, with the link to their feedback page.
    const first = await feedback(mine.offerId, 'Der Kurs ist super, nur Frau Schulz kommt oft zu spät.');
    await approve(first, 'FEEDBACK', 'Der Kurs ist super, nur die Kursleitung kommt oft zu spät.');
    expect(await notices(mine.id)).toEqual([
      { id: first, link: `/portal/${ids.a}/feedback`, offer: 'Gitarrenkurs', excerpt: 'Der Kurs ist super, nur die Kursleitung kommt oft zu spät.' },
    ]);
    const [mail] = await mails(mine.email);
    expect(mail.subject).toBe('Neue Rückmeldung zu Ihrem Angebot „Gitarrenkurs“');
    expect(mail.text_body).toContain('nur die Kursleitung kommt oft zu spät');
    expect(mail.text_body).not.toContain('Frau Schulz');
    expect(mail.text_body).toContain(`/portal/${ids.a}/feedback`);
    // Not the other provider, not the backbone that approved it; the partner hears of the feedback on its own offer only.
    for (const other of [neighbour, roles.backbone]) expect(await notices(other.id)).toEqual([]);
    expect((await notices(roles.partner.id)).map((n) => n.offer)).not.toContain('Gitarrenkurs');

    // The provider turns the mail off: the notice in the app stays, no further mail.
    await t.ok(SET_EMAIL, { i: { kind: 'FEEDBACK_PUBLISHED', email: false } }, { token: mine.token });
    const second = await feedback(mine.offerId, 'Wir kommen gerne wieder.');
    await approve(second, 'FEEDBACK');
    expect((await notices(mine.id)).map((n) => n.id)).toEqual([first, second]);
    expect(await mails(mine.email)).toHaveLength(1);

    // Another alliance: the same title there, approved by its backbone, tells only its own provider.
    const there = await feedback(elsewhere.offerId, 'Auch hier gut.', 'portal-b');
    const [{ version: v }] = await t.sql(`SELECT version FROM participation_items WHERE id = $1`, [there]);
    await t.ok(MODERATE, { i: { allianceId: ids.b, itemId: there, kind: 'FEEDBACK', action: 'APPROVE', version: v } }, { token: otherBackbone.token });
    expect((await notices(elsewhere.id)).map((n) => n.id)).toEqual([there]);
    expect((await notices(mine.id)).map((n) => n.id)).toEqual([first, second]);
    expect(await notices(neighbour.id)).toEqual([]);
  });

  it('duplicates are merged with their supports summed (one per browser); a rejection gives its reason to the follower and is never public', async () => {
    const one = (await barrier('Bordstein an der Haltestelle zu hoch')).body;
    const two = (await barrier('Haltestelle Marktplatz: Bordstein zu hoch')).body;
    await approve(one.id);
    await approve(two.id);
    const shared = randomUUID();
    for (const [report, voter] of [
      [one.id, shared],
      [two.id, shared],
      [two.id, randomUUID()],
      [two.id, randomUUID()],
    ]) {
      expect((await post(`${base()}/reports/${report}/support`, { voterToken: voter, website: '', altcha: await pow() })).status).toBe(200);
    }
    const kept = (
      await t.ok(
        `mutation($i: MergeReportsInput!) { mergeReports(input: $i) ${ITEM} }`,
        { i: { allianceId: ids.a, keepId: one.id, duplicateId: two.id } },
        { token: roles.backbone.token },
      )
    ).mergeReports;
    expect(kept.supportCount).toBe(3);
    expect((await get(`${base()}/follow/${two.followToken}`)).body).toMatchObject({ published: false, mergedIntoId: one.id });
    expect((await get(`${base()}/reports/${two.id}`)).status).toBe(404);

    const spam = (await barrier('Werbung für Sonnenbrillen')).body;
    const [{ version }] = await t.sql(`SELECT version FROM participation_items WHERE id = $1`, [spam.id]);
    const reject = { allianceId: ids.a, itemId: spam.id, kind: 'REPORT', action: 'REJECT', version };
    expect((await t.gql(MODERATE, { i: reject }, { token: roles.backbone.token })).errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    await t.ok(MODERATE, { i: { ...reject, reason: 'Keine Meldung zu einer Barriere' } }, { token: roles.backbone.token });
    expect((await get(`${base()}/follow/${spam.followToken}`)).body).toMatchObject({
      status: 'DECLINED',
      statusReason: 'Keine Meldung zu einer Barriere',
      published: false,
    });
    expect((await get(`${base()}/reports/${spam.id}`)).status).toBe(404);
  });

  it('honeypot, a bad or reused proof of work and bad fields are refused with a translated error and change nothing', async () => {
    const before = await itemCount();
    const body = { text: 'Gutes Angebot', website: '', altcha: await pow() };
    const honeypot = await post(`${base()}/offers/${ids.offer}/feedback`, { ...body, website: 'http://spam.example' });
    expect(honeypot.status).toBe(400);
    expect(honeypot.body.error).toMatchObject({ code: 'SPAM_SUSPECTED', message: expect.stringContaining('Formular') });
    const english = await post(`${base()}/offers/${ids.offer}/feedback?lang=en`, { ...body, website: 'x' });
    expect(english.body.error.message).toContain('form was not accepted');
    for (const altcha of [
      '',
      'bm9uc2Vuc2U=',
      Buffer.from(JSON.stringify({ algorithm: 'SHA-256', challenge: 'x', number: 1, salt: 'y', signature: 'z' })).toString('base64'),
    ]) {
      const r = await post(`${base()}/offers/${ids.offer}/feedback`, { ...body, altcha });
      expect([r.status, r.body.error.code]).toEqual([400, 'PROOF_OF_WORK_INVALID']);
    }
    const invalid = await post(`${base()}/offers/${ids.offer}/feedback`, { ...body, text: '' });
    expect(invalid.body.error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'text', code: 'required', message: 'Pflichtfeld' }] });
    expect(await itemCount()).toBe(before);
    // The same solved challenge twice: the second is refused (replay).
    const solved = await pow();
    expect((await post(`${base()}/offers/${ids.offer}/feedback`, { ...body, altcha: solved })).status).toBe(202);
    const replay = await post(`${base()}/offers/${ids.offer}/feedback`, { ...body, altcha: solved });
    expect([replay.status, replay.body.error.code]).toEqual([400, 'PROOF_OF_WORK_INVALID']);
    expect(await itemCount()).toBe(before + 1);
  });

  it('a flood of 500 posts from one address within a minute is refused, while another address still gets through', async () => {
    const before = await itemCount();
    const flooder = '10.99.0.1';
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const batch = await Promise.all(
        Array.from({ length: 50 }, () =>
          post(`${base()}/offers/${ids.offer}/feedback`, { text: 'Spam', website: '', altcha: 'x' }, flooder).then((r) => r.status),
        ),
      );
      statuses.push(...batch);
    }
    expect(statuses.length).toBe(500);
    expect(statuses.filter((s) => s === 429).length).toBe(500 - POSTS_PER_ADDRESS);
    expect(await itemCount()).toBe(before);
    const limited = await post(`${base()}/offers/${ids.offer}/feedback`, { text: 'Echt', website: '', altcha: await pow() }, flooder);
    expect([limited.status, limited.body.error.code]).toEqual([429, 'TOO_MANY_REQUESTS']);
    const citizen = await post(`${base()}/offers/${ids.offer}/feedback`, { text: 'Echte Rückmeldung', website: '', altcha: await pow() }, '10.99.0.2');
    expect(citizen.status).toBe(202);
    expect(await itemCount()).toBe(before + 1);
  });

  it('no unapproved item on any public endpoint; another portal and another alliance see nothing of it', async () => {
    const pending = (await barrier('Unveröffentlichte Meldung Geheimwort')).body;
    const approved = (await barrier('Veröffentlichte Meldung Sichtbar')).body;
    await approve(approved.id);
    const everything = JSON.stringify([
      (await get(`${base()}/reports`)).body,
      (await get(`${base()}/reports?category=BARRIER&districtId=${ids.oststadt}`)).body,
      (await get(`${base()}/offers/${ids.offer}/feedback`)).body,
    ]);
    expect(everything).toContain('Sichtbar');
    expect(everything).not.toContain('Geheimwort');
    expect((await get(`${base()}/reports/${pending.id}`)).status).toBe(404);
    // Portal B: not A's reports, not by id, not by A's follow token.
    expect((await get(`${base('portal-b')}/reports`)).body.items).toEqual([]);
    expect((await get(`${base('portal-b')}/reports/${approved.id}`)).status).toBe(404);
    expect((await get(`${base('portal-b')}/follow/${pending.followToken}`)).status).toBe(404);
    expect((await get(`${base('kein-portal')}/reports`)).status).toBe(404);
    // Alliance B's backbone: A's items are not found in B, and A is not entered at all.
    const [{ version }] = await t.sql(`SELECT version FROM participation_items WHERE id = $1`, [pending.id]);
    const foreign = { allianceId: ids.b, itemId: pending.id, kind: 'REPORT', action: 'APPROVE', version };
    expect((await t.gql(MODERATE, { i: foreign }, { token: otherBackbone.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.gql(MODERATE, { i: { ...foreign, allianceId: ids.a } }, { token: otherBackbone.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await t.ok(QUEUE, { a: ids.b }, { token: otherBackbone.token })).participationQueue).toEqual([]);
    const [still] = await t.sql(`SELECT moderation, version FROM participation_items WHERE id = $1`, [pending.id]);
    expect(still).toEqual({ moderation: 'PENDING', version });
  });

  it('a stale version is a CONFLICT that changes nothing; an appointed portal editor moderates, a kind that does not match is refused', async () => {
    const r = (await barrier('Treppe ohne Geländer am Rathaus')).body;
    const [{ version }] = await t.sql(`SELECT version FROM participation_items WHERE id = $1`, [r.id]);
    const input = { allianceId: ids.a, itemId: r.id, kind: 'REPORT', action: 'APPROVE', version: version - 1 };
    expect((await t.gql(MODERATE, { i: input }, { token: roles.backbone.token })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await t.gql(MODERATE, { i: { ...input, version, kind: 'FEEDBACK' } }, { token: roles.backbone.token })).errors?.[0]?.extensions?.code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await t.sql(`SELECT moderation, version FROM participation_items WHERE id = $1`, [r.id]))[0]).toEqual({ moderation: 'PENDING', version });
    // The funder's people are not moderators until the backbone appoints the funder as a portal editor.
    expect((await t.gql(MODERATE, { i: { ...input, version } }, { token: roles.funder.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await asAlliance(ids.a, `INSERT INTO portal_editors (alliance_id, membership_id) VALUES ($1, $2)`, [ids.a, roles.funder.membershipId]);
    try {
      expect((await t.ok(MODERATE, { i: { ...input, version } }, { token: roles.funder.token })).moderateParticipation.moderation).toBe('APPROVED');
    } finally {
      await asAlliance(ids.a, `DELETE FROM portal_editors WHERE alliance_id = $1 AND membership_id = $2`, [ids.a, roles.funder.membershipId]);
    }
  });

  it('privacy: addresses are erased after the retention period; a member finds its own address in its data export and loses it with its account', async () => {
    const sent = (await barrier('Ampel am Schulweg zu kurz grün', { email: roles.observer.email })).body;
    const closed = (await barrier('Fehlender Handlauf', { email: 'erledigt@example.org' })).body;
    await t.sql(`UPDATE participation_items SET email_confirmed_at = now(), closed_at = now() - interval '1 day' WHERE id = ANY($1)`, [[sent.id, closed.id]]);
    await t.sql(`UPDATE participation_items SET closed_at = NULL WHERE id = $1`, [sent.id]);
    // The observer's own export lists the report sent with its address.
    const data = (await t.ok(`{ myPersonalData }`, {}, { token: roles.observer.token })).myPersonalData;
    expect(data.participation.map((p: { id: string }) => p.id)).toEqual([sent.id]);

    const retention = t.get(ParticipationRetentionService);
    await retention.runDaily(new Date());
    expect((await t.sql(`SELECT email FROM participation_items WHERE id = $1`, [closed.id]))[0].email).toBe('erledigt@example.org');
    await retention.runDaily(new Date(Date.now() + (CONTACT_RETENTION_DAYS + 1) * 86_400_000));
    // The per-address counters of the public forms are gone once expired (only digests, but they need not stay).
    expect(await t.sql(`SELECT key FROM rate_limits WHERE key LIKE 'participation-%'`)).toEqual([]);
    const after = await t.sql(`SELECT id, email, contact_erased_at FROM participation_items WHERE id = ANY($1)`, [[sent.id, closed.id]]);
    expect(after.find((r) => r.id === closed.id)).toMatchObject({ email: null, contact_erased_at: expect.any(Date) });
    expect(after.find((r) => r.id === sent.id)!.email).toBe(roles.observer.email);

    // Erasing the account erases the address on the report too.
    await t.ok(
      `mutation($i: EraseMyAccountInput!) { eraseMyAccount(input: $i) }`,
      { i: { password: PASSWORD, confirm: 'LÖSCHEN' } },
      { token: roles.observer.token },
    );
    expect((await t.sql(`SELECT email FROM participation_items WHERE id = $1`, [sent.id]))[0].email).toBeNull();
  });

  it('fuzz: malformed input to every public endpoint gives no 5xx, no leak, and nothing public', async () => {
    const NASTY: unknown[] = [
      '',
      ' ',
      'x'.repeat(20_000),
      '😀'.repeat(2000),
      'a\u0000b',
      '\ud800',
      "'; DROP TABLE participation_items; --",
      '${7*7}',
      '<script>alert(1)</script>',
      '../../etc/passwd',
      'NaN',
      '-1',
      '1e309',
      -1,
      0,
      1.5,
      Number.POSITIVE_INFINITY,
      null,
      true,
      [],
      {},
      [1, 2],
      { a: { b: 1 } },
      randomUUID(),
      '00000000-0000-0000-0000-000000000000',
    ];
    let seed = 16;
    const pick = <T>(xs: T[]): T => xs[(seed = (seed * 48271) % 2147483647) % xs.length];
    const before = await t.sql(`SELECT count(*)::int AS n, count(*) FILTER (WHERE moderation = 'APPROVED')::int AS approved FROM participation_items`);
    const fields = [
      'text',
      'rating',
      'email',
      'authorLabel',
      'website',
      'altcha',
      'locale',
      'category',
      'targetGroup',
      'districtId',
      'address',
      'lat',
      'lng',
      'description',
      'voterToken',
      'itemType',
      'itemId',
      'reason',
    ];
    const targets = [ids.offer, randomUUID(), 'nicht-uuid', '%00', '..', 'x'.repeat(300)];
    const problems: string[] = [];
    for (let i = 0; i < 300; i++) {
      const body: Record<string, unknown> = {};
      for (const f of fields) if (pick([true, false, false])) body[f] = pick(NASTY);
      const id = encodeURIComponent(String(pick(targets)));
      const target = pick([
        ['POST', `offers/${id}/feedback`],
        ['POST', 'reports'],
        ['POST', `reports/${id}/support`],
        ['POST', 'abuse'],
        ['GET', `offers/${id}/feedback`],
        ['GET', `reports?category=${id}&districtId=${id}&status=${id}`],
        ['GET', `reports/${id}`],
        ['GET', `reports/${id}/photo`],
        ['GET', `follow/${id}`],
        ['GET', `confirm/${id}`],
        ['GET', 'meta?lang=' + id],
      ]);
      const res = await fetch(`${t.url}${base(pick(['portal-a', 'portal-a', 'portal-b', 'KEIN_PORTAL']))}/${target[1]}`, {
        method: target[0],
        headers: {
          'content-type': pick(['application/json', 'application/json', 'text/plain', 'multipart/form-data; boundary=x']),
          'x-forwarded-for': nextIp(),
        },
        body: target[0] === 'POST' ? pick([JSON.stringify(body), JSON.stringify(body), '{"text":', '--x\r\nnonsense']) : undefined,
      });
      const text = await res.text();
      if (res.status >= 500 || /QueryFailed|at \w+ \(|SELECT |stack/i.test(text)) problems.push(`${target.join(' ')} → ${res.status} ${text.slice(0, 200)}`);
    }
    expect(problems).toEqual([]);
    // Without a solved challenge nothing was written, and nothing became public.
    expect(await t.sql(`SELECT count(*)::int AS n, count(*) FILTER (WHERE moderation = 'APPROVED')::int AS approved FROM participation_items`)).toEqual(before);
    expect((await fetch(`${t.url}/health/ready`)).status).toBe(200);
  });
});
