import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { periodRange } from '@gemeinwerk/shared';
import { TestApp } from '../../test/test-app';
import { createIndicator, createTarget } from '../measurements/measurements.fixtures';

const SETTINGS = `query($id: ID!) { publicProgressSettings(allianceId: $id) { allianceId published slug goalIds indicatorIds version } }`;
const UPDATE = `mutation($i: UpdatePublicProgressInput!) { updatePublicProgress(input: $i) { allianceId published slug goalIds indicatorIds version } }`;
const SERIES = `query($id: ID!, $ids: [ID!]!) { indicatorSeries(allianceId: $id, indicatorIds: $ids, from: "2026-Q1", to: "2026-Q2") { actual suppressed } }`;

/** Every number in a JSON value, except counts that are not values. */
function numbersIn(x: unknown, out: number[] = [], key = ''): number[] {
  if (typeof x === 'number' && !['smallNumberThreshold', 'decimals'].includes(key)) out.push(x);
  else if (Array.isArray(x)) x.forEach((v) => numbersIn(v, out, key));
  else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) numbersIn(v, out, k);
  return out;
}

/**
 * The public progress page (issue 12, part 4): opt-in by the backbone, only the chosen goals and
 * indicators, only APPROVED values, small numbers hidden as from funders, cacheable, and nothing
 * of another alliance.
 */
describe('public progress page', () => {
  let t: TestApp;
  beforeAll(async () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'gw-progress-web-'));
    writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="description" content="Gemeinwerk"><title>Gemeinwerk</title></head><body><div id="root"></div></body></html>',
    );
    t = await TestApp.start({ WEB_DIST: dist });
  });
  afterAll(() => t.close());

  /** An alliance with a shown and an unshown goal and indicator, approved, draft and small values. */
  async function fixture(name: string, slug: string, values = { q1: 40, q2Small: 3, draft: 777, hidden: 555 }) {
    const roles = await t.allianceWithRoles(name);
    const { allianceId, backbone, partner } = roles;
    const p2 = await t.addMember(backbone.token, allianceId, 'PARTNER');
    const shown = await createIndicator(t, allianceId, { name: `${name}: Teilnehmende`, aggregation: 'SUM', code: 'T1' });
    const unshown = await createIndicator(t, allianceId, { name: `${name}: Geheimer Indikator`, aggregation: 'SUM' });
    await createTarget(t, allianceId, shown, '2026', 120);
    const goal = randomUUID();
    const otherGoal = randomUUID();
    await t.sql(`INSERT INTO goals (alliance_id, id, title, position) VALUES ($1, $2, $3, 1), ($1, $4, $5, 2)`, [
      allianceId,
      goal,
      `${name}: Mehr Jugendliche in Ausbildung`,
      otherGoal,
      `${name}: Internes Ziel`,
    ]);
    const [{ id: userId }] = await t.sql(`SELECT id FROM users WHERE email = $1`, [backbone.email]);
    const periods: Record<string, string> = {};
    for (const key of ['2026-Q1', '2026-Q2']) {
      periods[key] = randomUUID();
      const r = periodRange(key);
      await t.sql(
        `INSERT INTO reporting_periods (alliance_id, id, frequency, period_key, starts_on, ends_on, opened_by_user_id) VALUES ($1, $2, 'QUARTERLY', $3, $4, $5, $6)`,
        [allianceId, periods[key], key, r.startsOn, r.endsOn, userId],
      );
    }
    const p1 = (await t.sql(`SELECT id FROM memberships WHERE alliance_id = $1 AND organisation_id = $2`, [allianceId, partner.organisationId]))[0]
      .id as string;
    const value = async (indicatorId: string, membershipId: string, periodKey: string, v: number, status = 'APPROVED') =>
      t.sql(
        `INSERT INTO measurements (alliance_id, id, indicator_id, membership_id, reporting_period_id, period_key, value, status, reviewed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [allianceId, randomUUID(), indicatorId, membershipId, periods[periodKey], periodKey, v, status, status === 'APPROVED' ? new Date() : null],
      );
    await value(shown, p1, '2026-Q1', values.q1);
    await value(shown, p2.membershipId, '2026-Q1', values.draft, 'SUBMITTED');
    await value(shown, p1, '2026-Q2', values.q2Small);
    await value(unshown, p1, '2026-Q1', values.hidden);
    const publish = (input: Record<string, unknown>, token = backbone.token) =>
      t.gql(UPDATE, { i: { allianceId, version: 0, published: true, slug, goalIds: [goal], indicatorIds: [shown], ...input } }, { token });
    return { ...roles, p2, shown, unshown, goal, otherGoal, slug, publish };
  }

  const get = (slug: string, headers: Record<string, string> = {}, query = '') => fetch(`${t.url}/api/progress/${slug}${query}`, { headers });

  it('is 404 until the backbone publishes it, shows only what was chosen and approved, and is 404 again once withdrawn', async () => {
    const f = await fixture('Lernorte Nord', 'lernorte-nord');
    expect((await get(f.slug)).status).toBe(404);
    expect((await t.ok(SETTINGS, { id: f.allianceId }, { token: f.backbone.token })).publicProgressSettings).toMatchObject({
      published: false,
      slug: null,
      version: 0,
    });

    // Saved but not published: still nobody sees it.
    const draft = await f.publish({ published: false });
    expect(draft.errors).toBeUndefined();
    expect((await get(f.slug)).status).toBe(404);

    const published = await t.ok(
      UPDATE,
      {
        i: {
          allianceId: f.allianceId,
          version: draft.data.updatePublicProgress.version,
          published: true,
          slug: f.slug,
          goalIds: [f.goal],
          indicatorIds: [f.shown],
        },
      },
      { token: f.backbone.token },
    );
    expect(published.updatePublicProgress).toMatchObject({ published: true, slug: f.slug, goalIds: [f.goal], indicatorIds: [f.shown] });

    const res = await get(f.slug);
    expect(res.status).toBe(200);
    const page = await res.json();
    expect(page).toMatchObject({ slug: f.slug, name: 'Lernorte Nord', smallNumberThreshold: 5, lang: 'de' });
    expect(page.goals.map((g: { id: string }) => g.id)).toEqual([f.goal]);
    expect(page.indicators.map((i: { id: string }) => i.id)).toEqual([f.shown]);
    const line = page.indicators[0];
    const q1 = line.periods.indexOf('2026-Q1');
    const q2 = line.periods.indexOf('2026-Q2');
    // Q1: only the approved 40 (the submitted 777 does not count), provisional (1 of 2 partners approved); target 120 for the year.
    expect(line.actual[q1]).toBe(40);
    expect(line.provisional[q1]).toBe(true);
    expect(line.target[q1]).toBe(120);
    expect(line.periodLabels[q1]).toBe('1. Quartal 2026');
    // Q2: 3 < k = 5 is hidden.
    expect(line.actual[q2]).toBeNull();
    expect(line.suppressed[q2]).toBe(true);
    const text = JSON.stringify(page);
    for (const secret of ['Geheimer Indikator', 'Internes Ziel', f.unshown, f.otherGoal]) expect(text).not.toContain(secret);
    expect(numbersIn(page)).not.toEqual(expect.arrayContaining([777]));
    expect(numbersIn(page)).not.toEqual(expect.arrayContaining([555]));

    const withdrawn = await t.ok(
      UPDATE,
      {
        i: {
          allianceId: f.allianceId,
          version: published.updatePublicProgress.version,
          published: false,
          slug: f.slug,
          goalIds: [f.goal],
          indicatorIds: [f.shown],
        },
      },
      { token: f.backbone.token },
    );
    expect(withdrawn.updatePublicProgress.published).toBe(false);
    expect((await get(f.slug)).status).toBe(404);
    const audit = await t.sql(`SELECT action FROM audit_events WHERE alliance_id = $1 AND entity_type = 'ProgressPage' ORDER BY occurred_at, action`, [
      f.allianceId,
    ]);
    expect(audit.map((a) => a.action)).toEqual(['progressPage.updated', 'progressPage.published', 'progressPage.withdrawn']);
  });

  it('never reveals a suppressed value: every number of the page is one a funder sees too, and the hidden ones the backbone sees are absent', async () => {
    const f = await fixture('Kleinzahl', 'kleinzahl', { q1: 4, q2Small: 2, draft: 1, hidden: 3 });
    expect((await f.publish({})).errors).toBeUndefined();
    const page = await (await get(f.slug)).json();
    const line = page.indicators[0];
    // Both quarters are small (4 and 2 < 5): hidden, shown as "< 5".
    expect(line.suppressed.filter(Boolean)).toHaveLength(2);
    expect(line.actual.every((v: number | null) => v === null)).toBe(true);
    const numbers = numbersIn(page);
    for (const hidden of [4, 2, 1, 3]) expect(numbers).not.toContain(hidden);
    // The rule can fail: the backbone sees the true values, the funder the same suppression as the page.
    const mine = (await t.ok(SERIES, { id: f.allianceId, ids: [f.shown] }, { token: f.backbone.token })).indicatorSeries[0];
    expect(mine.actual).toEqual([4, 2]);
    const funder = (await t.ok(SERIES, { id: f.allianceId, ids: [f.shown] }, { token: f.funder.token })).indicatorSeries[0];
    expect(funder.suppressed).toEqual([true, true]);
    const q1 = line.periods.indexOf('2026-Q1');
    expect([line.suppressed[q1], line.suppressed[q1 + 1]]).toEqual(funder.suppressed);
  });

  it('is cacheable: public max-age, ETag answered with 304, language by ?lang= or Accept-Language', async () => {
    const f = await fixture('Cachestadt', 'cachestadt');
    expect((await f.publish({})).errors).toBeUndefined();
    const first = await get(f.slug);
    expect(first.headers.get('cache-control')).toBe('public, max-age=60');
    expect(first.headers.get('vary')).toMatch(/Accept-Language/i);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await get(f.slug, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect((await get(f.slug, { 'if-none-match': '"something-else"' })).status).toBe(200);

    const en = await (await get(f.slug, {}, '?lang=en')).json();
    expect(en.lang).toBe('en');
    expect(en.indicators[0].periodLabels).toContain('Q1 2026');
    const byHeader = await get(f.slug, { 'accept-language': 'en-GB,en;q=0.9' });
    expect((await byHeader.json()).lang).toBe('en');
    expect(byHeader.headers.get('etag')).not.toBe(etag);
    // ?lang= wins over the header.
    expect((await (await get(f.slug, { 'accept-language': 'en' }, '?lang=de')).json()).lang).toBe('de');
    const missing = await get('gibt-es-nicht', { 'accept-language': 'en' });
    expect(missing.status).toBe(404);
    expect((await missing.json()).message).toMatch(/progress page/i);
    // Malformed addresses are simply not found.
    for (const bad of ['A', '-x', 'x'.repeat(80), '%27%20OR%201=1', 'ümlaut']) expect((await get(bad)).status).toBe(404);
  });

  it('shows nothing of another alliance, and the address is unique across the platform', async () => {
    const a = await fixture('Westbündnis', 'westbuendnis', { q1: 41, q2Small: 3, draft: 777, hidden: 555 });
    const b = await fixture('Ostbündnis', 'ostbuendnis', { q1: 913, q2Small: 2, draft: 1, hidden: 3 });
    expect((await a.publish({})).errors).toBeUndefined();
    expect((await b.publish({})).errors).toBeUndefined();
    const pageA = JSON.stringify(await (await get(a.slug)).json());
    expect(pageA).not.toContain('Ostbündnis');
    expect(pageA).not.toContain(b.shown);
    expect(pageA).not.toContain('913');

    // A's backbone cannot take B's address, nor show B's goals or indicators.
    const [{ version }] = await t.sql(`SELECT version FROM progress_pages WHERE alliance_id = $1`, [a.allianceId]);
    const taken = await t.gql(
      UPDATE,
      { i: { allianceId: a.allianceId, version, published: true, slug: b.slug, goalIds: [], indicatorIds: [] } },
      { token: a.backbone.token },
    );
    expect(taken.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(taken.errors?.[0]?.extensions?.fields).toEqual([{ field: 'slug', code: 'slugTaken' }]);
    const foreignGoal = await t.gql(
      UPDATE,
      { i: { allianceId: a.allianceId, version, published: true, slug: a.slug, goalIds: [b.goal], indicatorIds: [] } },
      { token: a.backbone.token },
    );
    expect(foreignGoal.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const foreignIndicator = await t.gql(
      UPDATE,
      { i: { allianceId: a.allianceId, version, published: true, slug: a.slug, goalIds: [], indicatorIds: [b.shown] } },
      {
        token: a.backbone.token,
      },
    );
    expect(foreignIndicator.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // Nothing changed by the refused writes; a stale version is a conflict.
    expect(await t.sql(`SELECT slug, version FROM progress_pages WHERE alliance_id = $1`, [a.allianceId])).toEqual([{ slug: a.slug, version }]);
    const stale = await t.gql(
      UPDATE,
      { i: { allianceId: a.allianceId, version: version - 1 || 99, published: true, slug: a.slug, goalIds: [], indicatorIds: [] } },
      {
        token: a.backbone.token,
      },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const badSlug = await t.gql(
      UPDATE,
      { i: { allianceId: a.allianceId, version, published: true, slug: 'Mit Leerzeichen', goalIds: [], indicatorIds: [] } },
      {
        token: a.backbone.token,
      },
    );
    expect(badSlug.errors?.[0]?.extensions?.fields).toEqual([{ field: 'slug', code: 'slug' }]);
  });

  it('only the backbone reads and changes the settings', async () => {
    const f = await fixture('Rollenstadt', 'rollenstadt');
    for (const who of [f.partner, f.funder, f.observer]) {
      expect((await t.gql(SETTINGS, { id: f.allianceId }, { token: who.token })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await f.publish({}, who.token)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await t.sql(`SELECT count(*)::int AS n FROM progress_pages WHERE alliance_id = $1`, [f.allianceId])).toEqual([{ n: 0 }]);
  });

  it('the server writes the page’s title and description into the HTML; only the embed view may be framed', async () => {
    const f = await fixture('Kopfstadt', 'kopfstadt');
    await t.sql(`UPDATE alliances SET vision = 'Jede und jeder findet einen Ausbildungsplatz.' WHERE id = $1`, [f.allianceId]);
    const before = await fetch(`${t.url}/fortschritt/${f.slug}`, { headers: { accept: 'text/html' } });
    expect(await before.text()).not.toContain('<title>Kopfstadt</title>');
    expect((await f.publish({})).errors).toBeUndefined();
    const page = await fetch(`${t.url}/fortschritt/${f.slug}`, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('<title>Kopfstadt</title>');
    expect(html).toContain('<meta name="description" content="Jede und jeder findet einen Ausbildungsplatz.">');
    expect(html).toContain(`/fortschritt/${f.slug}"`);
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    const embed = await fetch(`${t.url}/fortschritt/${f.slug}/embed?lang=en`, { headers: { accept: 'text/html' } });
    expect(await embed.text()).toContain('<html lang="en"');
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
  });
});
