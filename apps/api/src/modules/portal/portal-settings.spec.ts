import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { GqlResult, TestApp } from '../../test/test-app';

const SETTINGS = `mutation($i: UpdatePortalSettingsInput!) { updatePortalSettings(input: $i) { version slug mapStyleUrl tileUrl } }`;
const READ = `query($a: ID!) { portalSettings(allianceId: $a) { version name slug mapStyleUrl tileUrl logoDataUrl } }`;
const LOGO = `mutation($i: SetPortalLogoInput!) { setPortalLogo(input: $i) { version logoDataUrl } }`;
const BASE = { enabled: true, name: 'Chancenportal Teststadt', providerSignupOpen: true, reminderMonths: 6, flagMonths: 9, hideMonths: 12 };
const TILES = 'https://tiles.example.org/{z}/{x}/{y}.png';
const STYLE = 'https://maps.example.org/styles/stadt/style.json';

/**
 * Issue 13, theming and map per portal: the backbone gives the portal its address, a map style or
 * tile URL (empty: the offline map) and a logo (checked and re-encoded like offer images, without
 * metadata); the public portal answers them and serves the logo. Nothing here loads anything from
 * the network: the URLs are only stored and answered.
 */
describe('Chancenportal settings: address, map and logo', () => {
  let t: TestApp;
  beforeAll(async () => {
    const dist = mkdtempSync(path.join(os.tmpdir(), 'gw-portal-settings-web-'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><html lang="de"><head><title>Gemeinwerk</title></head><body></body></html>');
    t = await TestApp.start({ WEB_DIST: dist });
  });
  afterAll(() => t.close());

  const get = async (p: string) => {
    const res = await fetch(`${t.url}${p}`, { headers: { accept: p.includes('/api/') ? 'application/json' : 'text/html' } });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      cache: res.headers.get('cache-control'),
      csp: res.headers.get('content-security-policy') ?? '',
      body: Buffer.from(await res.arrayBuffer()),
    };
  };
  const fields = (r: GqlResult) => r.errors?.[0]?.extensions?.fields;

  it('sets the address and map; invalid input is refused with translated messages and changes nothing', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles('Kartenbündnis');
    const slug = `karten-${allianceId.slice(0, 8)}`;
    // Map settings need an address.
    const noAddress = await t.gql(SETTINGS, { i: { allianceId, version: 0, ...BASE, tileUrl: TILES } }, { token: backbone.token });
    expect(fields(noAddress)).toEqual([{ field: 'slug', code: 'required' }]);

    let s = (await t.ok(SETTINGS, { i: { allianceId, version: 0, ...BASE, slug, tileUrl: ` ${TILES} ` } }, { token: backbone.token })).updatePortalSettings;
    expect(s).toEqual({ version: 1, slug, mapStyleUrl: null, tileUrl: TILES });
    let pub = JSON.parse((await get(`/api/portal/${slug}`)).body.toString());
    expect(pub).toMatchObject({ slug, name: BASE.name, logo: null, map: { styleUrl: null, tileUrl: TILES } });
    // The portal's pages may load the tiles (that origin only); the workspace may not.
    for (const p of [`/portal/${slug}`, `/portal/${slug}/meldungen`]) {
      expect((await get(p)).csp).toMatch(/connect-src 'self' https:\/\/tiles\.example\.org(;|$)/);
    }
    expect((await get('/app')).csp).not.toContain('tiles.example.org');

    const before = await t.sql(`SELECT * FROM portal_public_settings WHERE alliance_id = $1`, [allianceId]);
    for (const [input, expected] of [
      [{ mapStyleUrl: 'http://maps.example.org/style.json' }, [{ field: 'mapStyleUrl', code: 'httpsUrl' }]],
      [{ mapStyleUrl: 'javascript:alert(1)' }, [{ field: 'mapStyleUrl', code: 'httpsUrl' }]],
      [{ tileUrl: 'https://tiles.example.org/{z}/{x}.png' }, [{ field: 'tileUrl', code: 'tileTemplate', params: { example: expect.any(String) } }]],
      [{ tileUrl: 'ftp://tiles.example.org/{z}/{x}/{y}.png' }, [{ field: 'tileUrl', code: 'tileTemplate', params: { example: expect.any(String) } }]],
      [{ slug: 'Mit Leerzeichen' }, [{ field: 'slug', code: 'slug' }]],
      [{ slug: '' }, [{ field: 'slug', code: 'required' }]],
    ] as const) {
      const r = await t.gql(SETTINGS, { i: { allianceId, version: 1, ...BASE, name: 'Geändert', ...input } }, { token: backbone.token });
      expect(r.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
      expect(fields(r)).toEqual(expected);
    }
    // Translated: the message names the field's problem in the caller's language.
    const de = await t.gql(SETTINGS, { i: { allianceId, version: 1, ...BASE, tileUrl: 'https://x.example/tiles.png' } }, { token: backbone.token });
    expect(de.errors?.[0]?.message).toMatch(/Platzhaltern für Zoomstufe und Kachel, z\. B\. https:\/\/tiles\.example\.org\/\{z\}\/\{x\}\/\{y\}\.png/);
    const en = await t.gql(SETTINGS, { i: { allianceId, version: 1, ...BASE, mapStyleUrl: 'http://x.example' } }, { token: backbone.token, lang: 'en' });
    expect(en.errors?.[0]?.message).toMatch(/complete https address/);
    expect(await t.sql(`SELECT * FROM portal_public_settings WHERE alliance_id = $1`, [allianceId])).toEqual(before);
    expect((await t.ok(READ, { a: allianceId }, { token: backbone.token })).portalSettings).toMatchObject({ version: 1, name: BASE.name, tileUrl: TILES });

    // Another portal's address is taken (its row is invisible here, the unique key still holds); nothing changes.
    const other = await t.allianceWithRoles('Nachbarbündnis');
    const taken = await t.gql(SETTINGS, { i: { allianceId: other.allianceId, version: 0, ...BASE, slug } }, { token: other.backbone.token });
    expect(fields(taken)).toEqual([{ field: 'slug', code: 'slugTaken' }]);
    expect((await t.ok(READ, { a: other.allianceId }, { token: other.backbone.token })).portalSettings).toMatchObject({ version: 0, slug: null });

    // A style URL; then both emptied: the offline map again. A field left out stays as it is.
    s = (await t.ok(SETTINGS, { i: { allianceId, version: 1, ...BASE, mapStyleUrl: STYLE } }, { token: backbone.token })).updatePortalSettings;
    expect(s).toEqual({ version: 2, slug, mapStyleUrl: STYLE, tileUrl: TILES });
    s = (await t.ok(SETTINGS, { i: { allianceId, version: 2, ...BASE, mapStyleUrl: '', tileUrl: null } }, { token: backbone.token })).updatePortalSettings;
    expect(s).toEqual({ version: 3, slug, mapStyleUrl: null, tileUrl: null });
    pub = JSON.parse((await get(`/api/portal/${slug}`)).body.toString());
    expect(pub.map).toEqual({ styleUrl: null, tileUrl: null });
    expect((await get(`/portal/${slug}`)).csp).not.toMatch(/example\.org/);
    // A stale version is a conflict and changes nothing.
    const stale = await t.gql(SETTINGS, { i: { allianceId, version: 1, ...BASE, tileUrl: TILES } }, { token: backbone.token });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await t.ok(READ, { a: allianceId }, { token: backbone.token })).portalSettings.tileUrl).toBeNull();
    const audit = await t.sql<{ after: { tileUrl: string | null; mapStyleUrl: string | null } }>(
      `SELECT after FROM audit_events WHERE alliance_id = $1 AND action = 'portal.settings' ORDER BY occurred_at`,
      [allianceId],
    );
    expect(audit.map((a) => [a.after.mapStyleUrl, a.after.tileUrl])).toEqual([
      [null, TILES],
      [STYLE, TILES],
      [null, null],
    ]);
  });

  it('the logo: checked, re-encoded without metadata, served publicly; only the backbone sets it', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles('Logobündnis');
    const provider = await t.addMember(backbone.token, allianceId, 'PROVIDER');
    const slug = `logo-${allianceId.slice(0, 8)}`;
    await t.ok(SETTINGS, { i: { allianceId, version: 0, ...BASE, slug } }, { token: backbone.token });
    // A wide, low JPEG with EXIF (camera, GPS-like comment) as a phone would send it.
    const jpeg = await sharp({ create: { width: 900, height: 200, channels: 3, background: '#1d4f91' } })
      .jpeg()
      .withExif({ IFD0: { Make: 'Geheimkamera', Copyright: 'Standort 50.1 9.2' } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const base64 = jpeg.toString('base64');

    for (const who of [partner, provider]) {
      const r = await t.gql(LOGO, { i: { allianceId, base64 } }, { token: who.token });
      expect(r.errors?.[0]?.extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    // Not an image, a GIF, too small: refused (translated), nothing stored.
    const gif = await sharp({ create: { width: 100, height: 100, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    const tiny = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    for (const bad of [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), gif, tiny]) {
      const r = await t.gql(LOGO, { i: { allianceId, base64: bad.toString('base64') } }, { token: backbone.token });
      expect(r.errors?.[0]?.extensions?.code).toBe('IMAGE_INVALID');
      expect(r.errors?.[0]?.message).toMatch(/Das Bild kann nicht verwendet werden.*mindestens 16 Pixel/);
    }
    expect((await t.ok(READ, { a: allianceId }, { token: backbone.token })).portalSettings.logoDataUrl).toBeNull();

    const set = (await t.ok(LOGO, { i: { allianceId, base64: `data:image/jpeg;base64,${base64}` } }, { token: backbone.token })).setPortalLogo;
    // The settings form's version stays: an open form is not outdated by the logo.
    expect(set.version).toBe(1);
    expect(set.logoDataUrl).toMatch(/^data:image\/jpeg;base64,/);
    const pub = JSON.parse((await get(`/api/portal/${slug}`)).body.toString());
    expect(pub.logo).toMatch(new RegExp(`^/api/portal/${slug}/logo\\?v=[0-9a-f]{12}$`));
    const served = await get(pub.logo);
    expect(served).toMatchObject({ status: 200, type: 'image/jpeg', cache: 'public, max-age=86400' });
    const meta = await sharp(served.body).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 400, height: 89 });
    expect(meta.exif).toBeUndefined();
    expect(served.body.includes('Geheimkamera')).toBe(false);
    // The server-sent page names it for link previews.
    const page = (await get(`/portal/${slug}`)).body.toString();
    const og = /<meta property="og:image" content="([^"]+)">/.exec(page)?.[1];
    expect(og).toMatch(/^https?:\/\//);
    expect(og!.endsWith(pub.logo)).toBe(true);
    expect(await t.sql(`SELECT before, after FROM audit_events WHERE alliance_id = $1 AND action = 'portal.logo'`, [allianceId])).toEqual([
      { before: { logo: null }, after: { logo: expect.stringMatching(/^image\/jpeg, \d+ characters$/) } },
    ]);

    // Removed: no logo in the answer, the address is gone.
    await t.ok(LOGO, { i: { allianceId, base64: null } }, { token: backbone.token });
    expect(JSON.parse((await get(`/api/portal/${slug}`)).body.toString()).logo).toBeNull();
    expect((await get(pub.logo)).status).toBe(404);
  });
});
