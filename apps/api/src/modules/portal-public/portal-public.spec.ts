import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { MailCatcher } from '../../test/mail-catcher';
import { TestApp } from '../../test/test-app';
import { CONTACT_MAX_PER_ADDRESS } from './portal-public.service';

/**
 * The public Chancenportal through HTTP, as a visitor without a login sees it, against a real
 * PostgreSQL: only published offers of the one portal (never a pending revision, an unapproved,
 * stale, hidden or archived offer, never another alliance's offer), never a provider's contact
 * address; typo-tolerant German search; the contact form mails the provider.
 */
describe('public Chancenportal', () => {
  let t: TestApp;
  const smtp = new MailCatcher();
  const SECRET_MAILS = ['kontakt-geheim@anbieter.example', 'anbieter-geheim@anbieter.example', 'b-geheim@anbieter.example'];
  const SECRET_TEXTS = [
    'Geheimrevision',
    'Unveröffentlichter Entwurf',
    'Veraltete Hausaufgabenbetreuung',
    'Versteckte Hausaufgabenrunde',
    'Archivierte Hausaufgaben',
    'Bündnis B Hausaufgabenhilfe',
    '0170 999999',
  ];
  const ids = {} as Record<
    'a' | 'b' | 'oststadt' | 'weststadt' | 'providerA' | 'providerB' | 'homework' | 'language' | 'draft' | 'stale' | 'hidden' | 'archived' | 'other' | 'tricky',
    string
  >;

  async function asAlliance(allianceId: string, sql: string, params: unknown[] = []) {
    await t.sql(`SELECT set_config('app.alliance_id', $1, false)`, [allianceId]);
    try {
      return await t.sql(sql, params);
    } finally {
      await t.sql(`SELECT set_config('app.alliance_id', '', false)`);
    }
  }

  async function offer(allianceId: string, id: string, providerId: string, o: Record<string, unknown>) {
    const cols = { alliance_id: allianceId, id, provider_id: providerId, status: 'PUBLISHED', published_at: new Date(), confirmed_at: new Date(), ...o };
    const keys = Object.keys(cols);
    await asAlliance(
      allianceId,
      `INSERT INTO portal_offers (${keys.join(', ')}) VALUES (${keys.map((_, i) => `$${i + 1}`).join(', ')})`,
      Object.values(cols).map((v) => (Array.isArray(v) && typeof v[0] === 'object' ? JSON.stringify(v) : v)),
    );
  }

  const get = async (p: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${t.url}${p}`, { headers: { accept: 'application/json', ...headers } });
    return { status: res.status, text: await res.text(), headers: res.headers };
  };
  const json = async (p: string) => JSON.parse((await get(p)).text);
  const post = async (p: string, body: unknown, ip?: string) => {
    const res = await fetch(`${t.url}${p}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'de', ...(ip ? { 'x-forwarded-for': ip } : {}) },
      body: JSON.stringify(body),
    });
    return { status: res.status, text: await res.text() };
  };

  beforeAll(async () => {
    await smtp.start();
    const dist = mkdtempSync(path.join(os.tmpdir(), 'gw-portal-web-'));
    writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="description" content="Gemeinwerk"><title>Gemeinwerk</title></head><body><div id="root"></div></body></html>',
    );
    t = await TestApp.start({ SMTP_URL: smtp.url, MAIL_WORKER: 'true', MAIL_POLL_INTERVAL_MS: '200', WEB_DIST: dist, TRUSTED_PROXIES: '127.0.0.1' });
    const owner = await t.userWithToken();
    ids.a = await t.createAlliance(owner.token, 'Bündnis A');
    ids.b = await t.createAlliance(owner.token, 'Bündnis B');
    for (const [alliance, slug, name] of [
      [ids.a, 'portal-a', 'Chancenportal A'],
      [ids.b, 'portal-b', 'Chancenportal B'],
    ]) {
      await asAlliance(alliance, `INSERT INTO portal_settings (alliance_id, enabled, name, intro) VALUES ($1, true, $2, 'Angebote für alle')`, [
        alliance,
        name,
      ]);
      await asAlliance(alliance, `INSERT INTO portal_public_settings (alliance_id, slug, embed_origins) VALUES ($1, $2, '{https://www.stadt.example}')`, [
        alliance,
        slug,
      ]);
    }
    ids.oststadt = randomUUID();
    ids.weststadt = randomUUID();
    await asAlliance(ids.a, `INSERT INTO districts (alliance_id, id, name, geojson) VALUES ($1, $2, 'Oststadt', $4), ($1, $3, 'Weststadt', NULL)`, [
      ids.a,
      ids.oststadt,
      ids.weststadt,
      JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [9.1, 50.1],
            [9.2, 50.1],
            [9.2, 50.2],
            [9.1, 50.1],
          ],
        ],
      }),
    ]);
    ids.providerA = randomUUID();
    ids.providerB = randomUUID();
    await asAlliance(ids.a, `INSERT INTO portal_providers (alliance_id, id, name, email, phone) VALUES ($1, $2, 'Jugendtreff Oststadt', $3, '0170 999999')`, [
      ids.a,
      ids.providerA,
      SECRET_MAILS[1],
    ]);
    await asAlliance(ids.b, `INSERT INTO portal_providers (alliance_id, id, name, email) VALUES ($1, $2, 'Anbieter B', $3)`, [
      ids.b,
      ids.providerB,
      SECRET_MAILS[2],
    ]);
    for (const k of ['homework', 'language', 'draft', 'stale', 'hidden', 'archived', 'other', 'tricky'] as const) ids[k] = randomUUID();
    await offer(ids.a, ids.homework, ids.providerA, {
      title: 'Hausaufgabenhilfe im Jugendtreff',
      summary: 'Hilfe bei den Hausaufgaben, jeden Nachmittag.',
      description: 'Ehrenamtliche helfen bei Mathe, Deutsch und Englisch.',
      categories: ['Lernen'],
      target_groups: ['Kinder'],
      age_min: 6,
      age_max: 14,
      district_id: ids.oststadt,
      latitude: 50.15,
      longitude: 9.15,
      languages: ['de', 'tr'],
      contact_email: SECRET_MAILS[0],
      contact_phone: '0170 999999',
      step_free: true,
    });
    await offer(ids.a, ids.language, ids.providerA, {
      title: 'Sprachkurs Deutsch für Eltern',
      summary: 'Deutsch lernen, während die Kinder betreut werden.',
      categories: ['Sprache'],
      target_groups: ['Eltern'],
      district_id: ids.weststadt,
      is_free: false,
      schedule_kind: 'DATES',
      schedule: [{ date: '2027-01-15', from: '18:00', to: '20:00' }],
    });
    await offer(ids.a, ids.draft, ids.providerA, {
      title: 'Unveröffentlichter Entwurf Hausaufgabenhilfe',
      status: 'IN_REVIEW',
      published_at: null,
      confirmed_at: null,
    });
    await offer(ids.a, ids.stale, ids.providerA, {
      title: 'Veraltete Hausaufgabenbetreuung',
      confirmed_at: new Date(Date.now() - 400 * 86400_000),
      published_at: new Date(Date.now() - 500 * 86400_000),
    });
    await offer(ids.a, ids.hidden, ids.providerA, { title: 'Versteckte Hausaufgabenrunde', stale_hidden_at: new Date() });
    await offer(ids.a, ids.archived, ids.providerA, { title: 'Archivierte Hausaufgaben', status: 'ARCHIVED' });
    await offer(ids.a, ids.tricky, ids.providerA, { title: 'Kurs </script><script>alert(1)</script> "Zitat"', summary: 'Ein <b>fetter</b> Text & mehr' });
    await offer(ids.b, ids.other, ids.providerB, { title: 'Bündnis B Hausaufgabenhilfe' });
    // The homework offer's provider submitted a change that waits for review: the old version stays public.
    await asAlliance(
      ids.a,
      `INSERT INTO portal_offer_revisions (alliance_id, id, offer_id, state, content, submitted_at) VALUES ($1, $2, $3, 'PENDING', $4, now())`,
      [ids.a, randomUUID(), ids.homework, JSON.stringify({ title: 'Geheimrevision Hausaufgabenhilfe', summary: 'Geheimrevision' })],
    );
  });

  afterAll(async () => {
    await t?.close();
    await smtp.stop();
  });

  it('finds a published offer by a misspelled word, and only published offers of this portal', async () => {
    const r = await json('/api/portal/portal-a/offers?q=Hausaufgabenhlfe');
    expect(r.offers.map((o: { id: string }) => o.id)).toEqual([ids.homework]);
    expect(r.offers[0].title).toBe('Hausaufgabenhilfe im Jugendtreff');
    // German stemming: "Sprachkurse" finds "Sprachkurs".
    expect((await json('/api/portal/portal-a/offers?q=Sprachkurse')).offers.map((o: { id: string }) => o.id)).toEqual([ids.language]);
    // No words: every published offer, nothing else.
    const all = await json('/api/portal/portal-a/offers');
    expect(all.offers.map((o: { id: string }) => o.id).sort()).toEqual([ids.homework, ids.language, ids.tricky].sort());
    expect(all.total).toBe(3);
  });

  it('counts facets and filters by district, age, cost, accessibility, language and date', async () => {
    const all = await json('/api/portal/portal-a/offers');
    expect(all.facets.district).toEqual(
      expect.arrayContaining([
        { value: ids.oststadt, count: 1 },
        { value: ids.weststadt, count: 1 },
      ]),
    );
    expect(all.facets.cost).toEqual(
      expect.arrayContaining([
        { value: 'FREE', count: 2 },
        { value: 'PAID', count: 1 },
      ]),
    );
    const east = await json(`/api/portal/portal-a/offers?district=${ids.oststadt}`);
    expect(east.offers.map((o: { id: string }) => o.id)).toEqual([ids.homework]);
    // A facet's own filter leaves its alternatives counted.
    expect(east.facets.district).toHaveLength(2);
    expect(east.facets.cost).toEqual([{ value: 'FREE', count: 1 }]);
    expect((await json('/api/portal/portal-a/offers?age=16')).offers.map((o: { id: string }) => o.id).sort()).toEqual([ids.language, ids.tricky].sort());
    expect((await json('/api/portal/portal-a/offers?cost=PAID')).offers.map((o: { id: string }) => o.id)).toEqual([ids.language]);
    expect((await json('/api/portal/portal-a/offers?accessibility=STEP_FREE')).offers.map((o: { id: string }) => o.id)).toEqual([ids.homework]);
    expect((await json('/api/portal/portal-a/offers?language=tr')).offers.map((o: { id: string }) => o.id)).toEqual([ids.homework]);
    const dated = await json('/api/portal/portal-a/offers?from=2027-01-16');
    expect(dated.offers.map((o: { id: string }) => o.id)).not.toContain(ids.language);
    const map = await json(`/api/portal/portal-a/map?district=${ids.oststadt}`);
    expect(map.features).toEqual([expect.objectContaining({ id: ids.homework, geometry: { type: 'Point', coordinates: [9.15, 50.15] } })]);
  });

  it('shows the published version while a change waits for review', async () => {
    const o = await json(`/api/portal/portal-a/offers/${ids.homework}`);
    expect(o.title).toBe('Hausaufgabenhilfe im Jugendtreff');
    expect((await json('/api/portal/portal-a/offers?q=Geheimrevision')).total).toBe(0);
  });

  it('answers unpublished, stale, hidden, archived and foreign offers as not found', async () => {
    for (const id of [ids.draft, ids.stale, ids.hidden, ids.archived, ids.other]) {
      const r = await get(`/api/portal/portal-a/offers/${id}`);
      expect({ id, status: r.status }).toEqual({ id, status: 404 });
      expect((await get(`/api/portal/portal-a/offers/${id}/calendar.ics`)).status).toBe(404);
      expect((await post(`/api/portal/portal-a/offers/${id}/contact`, { name: 'A', email: 'a@example.org', message: 'Hallo' }, '10.9.9.9')).status).toBe(404);
    }
    expect((await get('/api/portal/unbekannt/offers')).status).toBe(404);
    // A closed portal is not found, whatever it holds.
    await asAlliance(ids.b, `UPDATE portal_settings SET enabled = false WHERE alliance_id = $1`, [ids.b]);
    expect((await get('/api/portal/portal-b')).status).toBe(404);
    await asAlliance(ids.b, `UPDATE portal_settings SET enabled = true WHERE alliance_id = $1`, [ids.b]);
    expect((await json('/api/portal/portal-b/offers')).offers.map((o: { id: string }) => o.id)).toEqual([ids.other]);
  });

  it('answers text PostgreSQL cannot store (a NUL) in an address or a query as a translated 400, not a 500', async () => {
    for (const p of [
      '/api/portal/portal-a%00',
      '/api/portal/portal-a/offers?q=%00',
      '/api/portal/portal-a/offers/%00',
      '/api/portal/portal-a/map?district=%00',
    ]) {
      const r = await get(p, { 'accept-language': 'en' });
      const body = JSON.parse(r.text) as { errors: { message: string; extensions: { code: string } }[] };
      expect({ p, status: r.status, code: body.errors[0].extensions.code }).toEqual({ p, status: 400, code: 'VALIDATION_FAILED' });
      expect(body.errors[0].message).not.toMatch(/Validierung|unerwartet/);
    }
  });

  it('never puts a contact address, a pending text or another portal’s offer into any public answer', async () => {
    const paths = [
      '/api/portal/portal-a',
      '/api/portal/portal-a/offers',
      '/api/portal/portal-a/offers?q=Hausaufgaben',
      '/api/portal/portal-a/map',
      '/portal/portal-a/sitemap.xml',
      `/api/portal/portal-a/offers/${ids.language}/calendar.ics`,
      ...[ids.homework, ids.language, ids.tricky, ids.draft, ids.stale, ids.hidden, ids.archived, ids.other].map((id) => `/api/portal/portal-a/offers/${id}`),
    ];
    const html = [`/portal/portal-a`, `/portal/portal-a/angebote/${ids.homework}`, `/portal/portal-a/embed`];
    for (const p of paths) {
      const r = await get(p);
      for (const s of [...SECRET_MAILS, ...SECRET_TEXTS]) expect({ p, leaked: r.text.includes(s) ? s : null }).toEqual({ p, leaked: null });
    }
    for (const p of html) {
      const r = await get(p, { accept: 'text/html' });
      expect(r.status).toBe(200);
      for (const s of [...SECRET_MAILS, ...SECRET_TEXTS]) expect({ p, leaked: r.text.includes(s) ? s : null }).toEqual({ p, leaked: null });
    }
  });

  it('writes title, description, canonical and escaped JSON-LD into the served HTML, and a sitemap', async () => {
    const page = await get(`/portal/portal-a/angebote/${ids.homework}`, { accept: 'text/html' });
    expect(page.text).toContain('<title>Hausaufgabenhilfe im Jugendtreff · Chancenportal A</title>');
    expect(page.text).toContain('<meta name="description" content="Hilfe bei den Hausaufgaben, jeden Nachmittag.">');
    expect(page.text).toContain(`<link rel="canonical" href="http://gemeinwerk.test/portal/portal-a/angebote/${ids.homework}">`);
    const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(page.text)![1]);
    expect(ld).toMatchObject({ '@type': 'Service', name: 'Hausaufgabenhilfe im Jugendtreff', provider: { name: 'Jugendtreff Oststadt' } });
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");

    const event = await get(`/portal/portal-a/angebote/${ids.language}`, { accept: 'text/html' });
    expect(JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/.exec(event.text)![1])).toMatchObject({
      '@type': 'Event',
      startDate: '2027-01-15',
    });

    const tricky = await get(`/portal/portal-a/angebote/${ids.tricky}`, { accept: 'text/html' });
    expect(tricky.text).not.toContain('<script>alert(1)');
    expect(tricky.text).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &quot;Zitat&quot;');
    expect(tricky.text.match(/<script/g)).toHaveLength(1);

    const embed = await get('/portal/portal-a/embed', { accept: 'text/html' });
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors https://www.stadt.example');
    expect(embed.headers.get('x-frame-options')).toBeNull();

    const sitemap = await get('/portal/portal-a/sitemap.xml');
    expect(sitemap.headers.get('content-type')).toContain('application/xml');
    expect(sitemap.text).toContain(`<loc>http://gemeinwerk.test/portal/portal-a/angebote/${ids.homework}</loc>`);
    expect(sitemap.text).not.toContain(ids.draft);
    expect((await get(`/portal/portal-a/angebote/${ids.draft}`, { accept: 'text/html' })).text).not.toContain('Entwurf');
  });

  it('gives dated offers a calendar file', async () => {
    const ics = await get(`/api/portal/portal-a/offers/${ids.language}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(ics.text).toContain('SUMMARY:Sprachkurs Deutsch für Eltern');
    expect(ics.text).toMatch(/DTSTART;TZID=Europe\/Berlin:20270115T180000/);
    expect((await get(`/api/portal/portal-a/offers/${ids.homework}/calendar.ics`)).status).toBe(404);
  });

  it('mails a contact request to the provider without showing the address; honeypot and limits', async () => {
    const before = smtp.mails.length;
    const r = await post(
      `/api/portal/portal-a/offers/${ids.homework}/contact`,
      { name: 'Aylin K.', email: 'aylin@example.org', message: 'Gibt es noch Plätze?', website: '' },
      '10.0.0.1',
    );
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual({ sent: true });
    const [mail] = await smtp.waitForTo(SECRET_MAILS[0]);
    expect(mail.subject).toContain('Hausaufgabenhilfe im Jugendtreff');
    expect(mail.text).toContain('Gibt es noch Plätze?');
    expect(mail.text).toContain('aylin@example.org');
    expect(mail.text).toContain(`http://gemeinwerk.test/portal/portal-a/angebote/${ids.homework}`);

    // The honeypot: answered like a success, nothing sent.
    const trap = await post(
      `/api/portal/portal-a/offers/${ids.homework}/contact`,
      { name: 'Bot', email: 'bot@example.org', message: 'spam', website: 'http://spam.example' },
      '10.0.0.2',
    );
    expect(trap.status).toBe(200);
    // Bad input: translated field problems, nothing sent.
    const bad = await post(`/api/portal/portal-a/offers/${ids.homework}/contact`, { name: '', email: 'kein-at', message: '' }, '10.0.0.3');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: expect.arrayContaining([expect.objectContaining({ field: 'email', message: 'keine gültige E-Mail-Adresse' })]),
    });

    // Per address: CONTACT_MAX_PER_ADDRESS in the window, then 429 (another address still gets through).
    const ip = '10.0.0.4';
    for (let i = 1; i < CONTACT_MAX_PER_ADDRESS; i++) {
      expect((await post(`/api/portal/portal-a/offers/${ids.language}/contact`, { name: 'X', email: 'x@example.org', message: `Frage ${i}` }, ip)).status).toBe(
        200,
      );
    }
    expect((await post(`/api/portal/portal-a/offers/${ids.language}/contact`, { name: 'X', email: 'x@example.org', message: 'letzte' }, ip)).status).toBe(200);
    const limited = await post(`/api/portal/portal-a/offers/${ids.language}/contact`, { name: 'X', email: 'x@example.org', message: 'zu viel' }, ip);
    expect(limited.status).toBe(429);
    expect(JSON.parse(limited.text).code).toBe('TOO_MANY_REQUESTS');
    expect(
      (await post(`/api/portal/portal-a/offers/${ids.language}/contact`, { name: 'Y', email: 'y@example.org', message: 'andere Adresse' }, '10.0.0.5')).status,
    ).toBe(200);

    await smtp.waitFor(before + 1 + CONTACT_MAX_PER_ADDRESS + 1);
    expect(smtp.mails.slice(before).some((m) => m.text.includes('spam'))).toBe(false);
    expect(smtp.mails.slice(before).some((m) => m.text.includes('zu viel'))).toBe(false);
  });

  it('the public context reads only published rows and cannot write', async () => {
    const app = new Client({ connectionString: t.database.appUrl });
    await app.connect();
    try {
      await app.query('BEGIN');
      await app.query(`SELECT gw_enter_portal('portal-a')`);
      const visible = await app.query(`SELECT id FROM portal_offers`);
      expect(visible.rows.map((r) => r.id).sort()).toEqual([ids.homework, ids.language, ids.tricky].sort());
      expect((await app.query(`SELECT 1 FROM portal_offer_revisions`)).rowCount).toBe(0);
      expect((await app.query(`SELECT 1 FROM memberships`)).rowCount).toBe(0);
      const updated = await app.query(`UPDATE portal_offers SET title = 'x'`);
      expect(updated.rowCount).toBe(0);
      await app.query('ROLLBACK');
    } finally {
      await app.end();
    }
  });
});
