import ICAL from 'ical.js';
import { createIndicator, OPEN, REJECT, SAVE, SUBMIT, APPROVE } from '../measurements/measurements.fixtures';
import { linkIn, MailCatcher, queueDrained } from '../../test/mail-catcher';
import { TestApp } from '../../test/test-app';
import { dayOf, NotificationScheduler } from './notification-scheduler';

const NOTICES = `query($u: Boolean) { myNotifications(unreadOnly: $u) { id allianceId allianceName kind subjectType subjectId params link read createdAt } unreadNotificationCount }`;
const MARK = `mutation($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;
const SETTINGS = `{ myNotificationSettings { reportDueDays preferences { kind email emailByDefault } } }`;
const SET_EMAIL = `mutation($i: SetNotificationEmailInput!) { setNotificationEmail(input: $i) { preferences { kind email } } }`;
const UNSUBSCRIBE = `mutation($i: UnsubscribeInput!) { unsubscribe(input: $i) { kind } }`;
const FEED = `{ myCalendarFeed { url createdAt } }`;
const RENEW = `mutation { renewCalendarFeed { url createdAt } }`;

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('notifications: in-app notices, mails by preference, unsubscribe, reminders, digests, calendar feed', () => {
  let t: TestApp;
  const smtp = new MailCatcher();
  let a: Awaited<ReturnType<TestApp['allianceWithRoles']>>;
  let indicatorId: string;
  let periodId: string;

  /** A value of the partner's, saved and submitted, ready for review. */
  async function submitted(value: number, ind = indicatorId) {
    const saved = (await t.ok(SAVE, { i: { allianceId: a.allianceId, indicatorId: ind, reportingPeriodId: periodId, value } }, { token: a.partner.token }))
      .saveMeasurement;
    return (await t.ok(SUBMIT, { i: { allianceId: a.allianceId, measurementId: saved.id, version: saved.version } }, { token: a.partner.token }))
      .submitMeasurement;
  }

  beforeAll(async () => {
    await smtp.start();
    t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_WORKER: 'true', MAIL_POLL_INTERVAL_MS: '200' });
    a = await t.allianceWithRoles('Bündnis Nord');
    await t.sql(`UPDATE users SET name = 'Paula Partner' WHERE id = $1`, [a.partner.id]);
    indicatorId = await createIndicator(t, a.allianceId, { name: 'Teilnehmende' });
    periodId = (await t.ok(OPEN, { i: { allianceId: a.allianceId, frequency: 'QUARTERLY', periodKey: '2026-Q3' } }, { token: a.backbone.token }))
      .openReportingPeriod.id;
    // Building the alliance mailed its invitations (issue 11); the tests below count only their own mails.
    await queueDrained(t);
    smtp.mails.length = 0;
  });
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });

  it('a rejected value: a German mail with the reason, a working link and one-click unsubscribe, and the in-app notice', async () => {
    const m = await submitted(12);
    await t.ok(
      REJECT,
      { i: { allianceId: a.allianceId, measurementId: m.id, version: m.version, reason: 'Bitte nur Teilnehmende ab 16 Jahren zählen.' } },
      { token: a.backbone.token },
    );
    const [mail] = await smtp.waitForTo(a.partner.email);
    expect(mail.to).toEqual([a.partner.email]);
    expect(mail.language).toBe('de');
    expect(mail.subject).toBe('Wert zurückgegeben: Teilnehmende (2026-Q3)');
    expect(mail.text).toContain('Hallo Paula Partner,');
    expect(mail.text).toContain('Begründung: Bitte nur Teilnehmende ab 16 Jahren zählen.');
    expect(mail.html).toContain('<html lang="de">');
    const link = linkIn(mail.text, 'http://gemeinwerk.test/a/');
    expect(link).toBe(`http://gemeinwerk.test/a/${a.allianceId}/reporting`);
    expect(mail.html).toContain(`href="${link}"`);
    // RFC 8058: List-Unsubscribe (nodemailer's `list`) and the one-click header.
    const unsubscribe = linkIn(mail.text, 'http://gemeinwerk.test/unsubscribe/');
    const header = (name: string) => mail.parsed.headerLines.find((h) => h.key === name)?.line ?? '';
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header('list-unsubscribe').replace(/\s+/g, '')).toBe(`List-Unsubscribe:<${unsubscribe}>`);

    const mine = await t.ok(NOTICES, {}, { token: a.partner.token });
    expect(mine.unreadNotificationCount).toBe(1);
    expect(mine.myNotifications[0]).toMatchObject({
      allianceId: a.allianceId,
      allianceName: 'Bündnis Nord',
      kind: 'VALUE_REJECTED',
      subjectType: 'Measurement',
      subjectId: m.id,
      read: false,
      link: `/a/${a.allianceId}/reporting`,
      params: { indicator: 'Teilnehmende', period: '2026-Q3', reason: 'Bitte nur Teilnehmende ab 16 Jahren zählen.' },
    });
    // The backbone that rejected hears nothing; the other roles neither.
    for (const who of [a.backbone, a.funder, a.observer]) expect((await t.ok(NOTICES, {}, { token: who.token })).myNotifications).toEqual([]);
  });

  it("in the recipient's language: English for an English account", async () => {
    await t.sql(`UPDATE users SET locale = 'en' WHERE id = $1`, [a.partner.id]);
    try {
      const before = smtp.mails.length;
      const m = await submitted(13, await createIndicator(t, a.allianceId, { name: 'Reached families' }));
      await t.ok(
        REJECT,
        { i: { allianceId: a.allianceId, measurementId: m.id, version: m.version, reason: 'Please count households.' } },
        { token: a.backbone.token },
      );
      const mails = await smtp.waitFor(before + 1);
      const mail = mails[mails.length - 1];
      expect(mail.language).toBe('en');
      expect(mail.subject).toBe('Value returned: Reached families (2026-Q3)');
      expect(mail.text).toContain('Reason: Please count households.');
      expect(mail.text).toContain('Unsubscribe from this kind of e-mail:');
    } finally {
      await t.sql(`UPDATE users SET locale = 'de' WHERE id = $1`, [a.partner.id]);
    }
  });

  it('e-mail off for a kind: the in-app notice still comes, no mail; approvals are in-app only by default', async () => {
    await t.ok(SET_EMAIL, { i: { kind: 'VALUE_REJECTED', email: false } }, { token: a.partner.token });
    await queueDrained(t);
    const mailsBefore = smtp.mails.length;
    const noticesBefore = (await t.ok(NOTICES, {}, { token: a.partner.token })).myNotifications.length;
    const m = await submitted(14, await createIndicator(t, a.allianceId));
    await t.ok(REJECT, { i: { allianceId: a.allianceId, measurementId: m.id, version: m.version, reason: 'Zu hoch.' } }, { token: a.backbone.token });
    const ok = await submitted(15, await createIndicator(t, a.allianceId, { name: 'Beratungen' }));
    await t.ok(APPROVE, { i: { allianceId: a.allianceId, measurementId: ok.id, version: ok.version } }, { token: a.backbone.token });
    const after = (await t.ok(NOTICES, {}, { token: a.partner.token })).myNotifications;
    expect(after).toHaveLength(noticesBefore + 2);
    expect(after.slice(0, 2).map((n: { kind: string }) => n.kind)).toEqual(['VALUE_APPROVED', 'VALUE_REJECTED']);
    await queueDrained(t);
    expect(smtp.mails.length).toBe(mailsBefore);
    expect(
      await t.sql(
        `SELECT count(*)::int AS n FROM mail_outbox WHERE created_at > now() - interval '1 minute' AND kind IN ('VALUE_REJECTED', 'VALUE_APPROVED') AND user_id = $1 AND status = 'PENDING'`,
        [a.partner.id],
      ),
    ).toEqual([{ n: 0 }]);
    await t.ok(SET_EMAIL, { i: { kind: 'VALUE_REJECTED', email: true } }, { token: a.partner.token });
  });

  it('the unsubscribe link works without a login, one click (POST) or the page, and only for its kind', async () => {
    const mail = smtp.mails.find((m) => m.to.includes(a.partner.email))!;
    const link = linkIn(mail.text, 'http://gemeinwerk.test/unsubscribe/');
    const token = decodeURIComponent(new URL(link).pathname.split('/').pop()!);
    // One click from the mail client: POST List-Unsubscribe=One-Click, no cookie, no token.
    const res = await fetch(`${t.url}/unsubscribe/${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(res.status).toBe(200);
    const prefs = (await t.ok(SETTINGS, {}, { token: a.partner.token })).myNotificationSettings.preferences;
    const email = Object.fromEntries(prefs.map((p: { kind: string; email: boolean }) => [p.kind, p.email]));
    expect(email.VALUE_REJECTED).toBe(false);
    expect(email.ACTION_ITEM_ASSIGNED).toBe(true);
    expect(email.REPORT_DUE).toBe(true);
    // The page's way (GraphQL, no login) says which kind.
    expect((await t.ok(UNSUBSCRIBE, { i: { token } })).unsubscribe.kind).toBe('VALUE_REJECTED');
    // A token changed by one character, or for another kind with this signature, does nothing.
    const forged = token.replace('VALUE_REJECTED', 'REPORT_DUE');
    expect((await t.gql(UNSUBSCRIBE, { i: { token: forged } })).errors?.[0]?.extensions?.code).toBe('UNSUBSCRIBE_LINK_INVALID');
    expect((await fetch(`${t.url}/unsubscribe/${encodeURIComponent(forged)}`, { method: 'POST' })).status).toBe(404);
    expect(
      Object.fromEntries((await t.ok(SETTINGS, {}, { token: a.partner.token })).myNotificationSettings.preferences.map((p: any) => [p.kind, p.email]))
        .REPORT_DUE,
    ).toBe(true);
    await t.ok(SET_EMAIL, { i: { kind: 'VALUE_REJECTED', email: true } }, { token: a.partner.token });
  });

  it('mark read and mark all read; nobody sees or marks another person’s notices', async () => {
    const partner = await t.ok(NOTICES, {}, { token: a.partner.token });
    const [first] = partner.myNotifications;
    // The backbone tries the partner's notice: nothing changes, nothing is visible.
    expect((await t.ok(MARK, { i: { notificationIds: [first.id] } }, { token: a.backbone.token })).markNotificationsRead).toBe(0);
    expect((await t.ok(NOTICES, {}, { token: a.partner.token })).myNotifications[0].read).toBe(false);
    expect((await t.ok(MARK, { i: { notificationIds: [first.id] } }, { token: a.partner.token })).markNotificationsRead).toBe(1);
    const after = await t.ok(NOTICES, { u: true }, { token: a.partner.token });
    expect(after.myNotifications.map((n: { id: string }) => n.id)).not.toContain(first.id);
    expect(after.unreadNotificationCount).toBe(partner.unreadNotificationCount - 1);
    expect((await t.ok(MARK_ALL, {}, { token: a.partner.token })).markAllNotificationsRead).toBe(partner.unreadNotificationCount - 1);
    expect((await t.ok(NOTICES, {}, { token: a.partner.token })).unreadNotificationCount).toBe(0);
  });

  it('the events that exist notify in their transaction: action item, proposal, comment, bulk approval (one notice per organisation)', async () => {
    const kinds = async (token: string) => (await t.ok(NOTICES, {}, { token })).myNotifications.map((n: { kind: string }) => n.kind);
    const before = { partner: await kinds(a.partner.token), backbone: await kinds(a.backbone.token), funder: await kinds(a.funder.token) };
    await t.ok(
      `mutation($i: CreateActionItemInput!) { createActionItem(input: $i) { id } }`,
      {
        i: { allianceId: a.allianceId, title: 'Protokoll schreiben', ownerMembershipId: a.partner.membershipId, dueOn: '2026-12-20' },
      },
      { token: a.backbone.token },
    );
    await t.ok(
      `mutation($i: CreateProposalInput!) { createProposal(input: $i) { id } }`,
      {
        i: { allianceId: a.allianceId, title: 'Aktionstag im Mai', closesAt: new Date(Date.now() + 5 * 86_400_000).toISOString() },
      },
      { token: a.backbone.token },
    );
    const entry = (
      await t.ok(
        `mutation($i: CreateLogEntryInput!) { createLogEntry(input: $i) { id } }`,
        {
          i: { allianceId: a.allianceId, type: 'UPDATE', title: 'Neuer Kurs', occurredOn: '2026-12-01' },
        },
        { token: a.partner.token },
      )
    ).createLogEntry;
    await t.ok(
      `mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`,
      { i: { allianceId: a.allianceId, logEntryId: entry.id, body: 'Danke!' } },
      { token: a.backbone.token },
    );
    const m1 = await submitted(21, await createIndicator(t, a.allianceId));
    const m2 = await submitted(22, await createIndicator(t, a.allianceId));
    await t.ok(
      `mutation($i: ApproveMeasurementsInput!) { approveMeasurements(input: $i) { id } }`,
      {
        i: {
          allianceId: a.allianceId,
          items: [
            { measurementId: m1.id, version: m1.version },
            { measurementId: m2.id, version: m2.version },
          ],
        },
      },
      { token: a.backbone.token },
    );
    const partner = await kinds(a.partner.token);
    expect(partner.slice(0, partner.length - before.partner.length)).toEqual([
      'VALUE_APPROVED',
      'COMMENT_ON_MY_ENTRY',
      'PROPOSAL_OPENED',
      'ACTION_ITEM_ASSIGNED',
    ]);
    expect((await t.ok(NOTICES, {}, { token: a.partner.token })).myNotifications[0].params.count).toBe(2);
    const comment = (await t.ok(NOTICES, {}, { token: a.partner.token })).myNotifications.find((n: { kind: string }) => n.kind === 'COMMENT_ON_MY_ENTRY');
    expect(comment.params).toMatchObject({ title: 'Neuer Kurs', excerpt: 'Danke!', actor: 'Test Person' });
    expect(comment.params.actorUserId).toBeUndefined();
    // The backbone wrote all of it: nothing for it; funders may not vote.
    expect(await kinds(a.backbone.token)).toEqual(before.backbone);
    expect(await kinds(a.funder.token)).toEqual(before.funder);
    await queueDrained(t);
    const assigned = smtp.mails.find((m) => m.to.includes(a.partner.email) && m.subject === 'Neue Aufgabe: Protokoll schreiben')!;
    expect(assigned.text).toContain('fällig am 20.12.2026');
  });

  it('reminders: due in 3 days and overdue, each sent once however often the job runs', async () => {
    const scheduler = t.get(NotificationScheduler);
    const now = new Date();
    const today = dayOf(now);
    await t.sql(`UPDATE reporting_periods SET due_on = $2 WHERE id = $1`, [periodId, addDays(today, 3)]);
    const before = smtp.mails.length;
    expect(await scheduler.runDaily(now)).toBeGreaterThan(0);
    expect(await scheduler.runDaily(now)).toBe(0);
    expect(await scheduler.runDaily(new Date(now.getTime() + 3600_000))).toBe(0);
    const due = (await t.ok(NOTICES, {}, { token: a.partner.token })).myNotifications.filter((n: { kind: string }) => n.kind === 'REPORT_DUE');
    expect(due).toHaveLength(1);
    expect(due[0].params).toMatchObject({ period: '2026-Q3', days: 3 });
    // Backbone people are not expected to report; funders and observers neither.
    expect((await t.ok(NOTICES, {}, { token: a.backbone.token })).myNotifications.filter((n: { kind: string }) => n.kind === 'REPORT_DUE')).toEqual([]);
    // Overdue: the day after the deadline once, again a week later.
    const dueOn = addDays(today, -1);
    await t.sql(`UPDATE reporting_periods SET due_on = $2 WHERE id = $1`, [periodId, dueOn]);
    expect(await scheduler.runDaily(now)).toBe(1);
    expect(await scheduler.runDaily(now)).toBe(0);
    expect(await scheduler.runDaily(new Date(now.getTime() + 2 * 86_400_000))).toBe(0);
    expect(await scheduler.runDaily(new Date(now.getTime() + 7 * 86_400_000))).toBe(1);
    await queueDrained(t);
    const partnerMails = smtp.mails.slice(before).filter((m) => m.to.includes(a.partner.email));
    expect(partnerMails.map((m) => m.subject)).toEqual([
      `Bericht fällig am ${addDays(today, 3).split('-').reverse().join('.')}: Bündnis Nord`,
      'Bericht überfällig: Bündnis Nord, 2026-Q3',
      'Bericht überfällig: Bündnis Nord, 2026-Q3',
    ]);
    await t.sql(`UPDATE reporting_periods SET due_on = NULL WHERE id = $1`, [periodId]);
  });

  it('digests: the weekly one for the backbone when there is news; none for an alliance with nothing to say', async () => {
    const quiet = await t.allianceWithRoles('Stilles Bündnis');
    const scheduler = t.get(NotificationScheduler);
    const now = new Date();
    await scheduler.runWeeklyDigest(now);
    expect(await scheduler.runWeeklyDigest(now)).toBe(0);
    const busy = (await t.ok(NOTICES, {}, { token: a.backbone.token })).myNotifications.filter((n: { kind: string }) => n.kind === 'DIGEST_WEEKLY');
    expect(busy).toHaveLength(1);
    expect((await t.ok(NOTICES, {}, { token: quiet.backbone.token })).myNotifications).toEqual([]);
    await queueDrained(t);
    const digest = smtp.mails.find((m) => m.to.includes(a.backbone.email) && m.subject === 'Wochenübersicht: Bündnis Nord')!;
    expect(digest.text).toMatch(/- Zeitraum 2026-Q3: \d+ von \d+ Berichten bestätigt, 0 warten auf Prüfung/);
    expect(digest.text).toMatch(/- Neu eingereichte Werte: \d+/);
    expect(smtp.mails.some((m) => m.to.includes(quiet.backbone.email))).toBe(false);
    // Monthly for funders: approved values this month → a digest; the quiet alliance none.
    await scheduler.runMonthlyDigest(now);
    expect((await t.ok(NOTICES, {}, { token: a.funder.token })).myNotifications.map((n: { kind: string }) => n.kind)).toEqual(['DIGEST_MONTHLY']);
    expect((await t.ok(NOTICES, {}, { token: quiet.funder.token })).myNotifications).toEqual([]);
  });

  it('the calendar feed: parses as iCalendar, holds only the person’s alliances’ items, and a renewed address ends the old one', async () => {
    const other = await t.allianceWithRoles('Anderes Bündnis');
    await t.sql(`UPDATE reporting_periods SET due_on = '2026-12-18' WHERE id = $1`, [periodId]);
    await t.sql(
      `INSERT INTO log_entries (alliance_id, id, type, title, occurred_on, author_membership_id) VALUES
         ($1, gen_random_uuid(), 'MEETING', 'Steuerungsrunde', '2026-12-10', $2), ($3, gen_random_uuid(), 'MEETING', 'Fremdes Treffen', '2026-12-11', $4)`,
      [a.allianceId, a.partner.membershipId, other.allianceId, other.partner.membershipId],
    );
    await t.sql(
      `INSERT INTO action_items (alliance_id, id, title, owner_membership_id, owner_user_id, due_on) VALUES
         ($1, gen_random_uuid(), 'Einladung verschicken', $2, $3, '2026-12-12'), ($4, gen_random_uuid(), 'Fremde Aufgabe', $5, NULL, '2026-12-12')`,
      [a.allianceId, a.partner.membershipId, a.partner.id, other.allianceId, other.partner.membershipId],
    );
    const { url } = (await t.ok(FEED, {}, { token: a.partner.token })).myCalendarFeed;
    expect(url).toMatch(/^http:\/\/gemeinwerk\.test\/calendar\/[\w-]{43}\.ics$/);
    expect((await t.ok(FEED, {}, { token: a.partner.token })).myCalendarFeed.url).toBe(url);
    const res = await fetch(t.local(url));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const events = cal.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    const summaries = events.map((e) => e.summary).sort();
    expect(summaries).toEqual([
      'Aufgabe fällig: Einladung verschicken · Bündnis Nord',
      'Aufgabe fällig: Protokoll schreiben · Bündnis Nord',
      'Berichtsfrist 2026-Q3 · Bündnis Nord',
      'Treffen: Steuerungsrunde · Bündnis Nord',
    ]);
    expect(events.find((e) => e.summary.startsWith('Berichtsfrist'))!.startDate.toString()).toBe('2026-12-18');
    // Another person's feed has none of it.
    const theirs = (await t.ok(FEED, {}, { token: other.partner.token })).myCalendarFeed.url;
    const their = await (await fetch(t.local(theirs))).text();
    expect(their).toContain('Fremdes Treffen');
    expect(their).not.toContain('Bündnis Nord');
    // Stored only as a hash.
    const token = new URL(url).pathname.split('/').pop()!.replace('.ics', '');
    expect(JSON.stringify(await t.sql(`SELECT * FROM notification_settings`))).not.toContain(token);
    // Renewed: the old address answers 404, the new one works.
    const renewed = (await t.ok(RENEW, {}, { token: a.partner.token })).renewCalendarFeed.url;
    expect(renewed).not.toBe(url);
    expect((await fetch(t.local(url))).status).toBe(404);
    expect((await fetch(t.local(renewed))).status).toBe(200);
    expect((await fetch(`${t.url}/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404);
  });
});
