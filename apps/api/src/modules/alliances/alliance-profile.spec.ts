import { TestApp } from '../../test/test-app';

const PROFILE = `id name kind problemStatement vision periodStart periodEnd primaryColor logoDataUrl guestComments version`;
const UPDATE = `mutation($i: UpdateAllianceProfileInput!) { updateAllianceProfile(input: $i) { ${PROFILE} myRole } }`;
const ALLIANCE = `query($id: ID!) { alliance(allianceId: $id) { ${PROFILE} } }`;

const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const SVG = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4" fill="#0a7"/></svg>')}`;

describe('alliance profile', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
  const stored = async (id: string) =>
    (
      await t.sql(
        `SELECT name, kind, period_start::text, period_end::text, primary_color, logo_data_url, guest_comments, version FROM alliances WHERE id = $1`,
        [id],
      )
    )[0];

  it('the backbone edits the profile; fields left out stay, null clears; everyone reads it', async () => {
    const { allianceId, backbone, observer } = await t.allianceWithRoles();
    const r = await t.ok(
      UPDATE,
      {
        i: {
          allianceId,
          version: 1,
          name: '  Bündnis für Ausbildung  ',
          kind: 'COALITION',
          problemStatement: 'Zu viele Jugendliche ohne Abschluss',
          vision: 'Jede und jeder findet einen Weg',
          periodStart: '2026-01-01',
          periodEnd: '2028-12-31',
          primaryColor: '#0A7F5C',
          logoDataUrl: PNG,
          guestComments: true,
        },
      },
      { token: backbone.token },
    );
    expect(r.updateAllianceProfile).toEqual({
      id: allianceId,
      name: 'Bündnis für Ausbildung',
      kind: 'COALITION',
      problemStatement: 'Zu viele Jugendliche ohne Abschluss',
      vision: 'Jede und jeder findet einen Weg',
      periodStart: '2026-01-01',
      periodEnd: '2028-12-31',
      primaryColor: '#0a7f5c',
      logoDataUrl: PNG,
      guestComments: true,
      version: 2,
      myRole: 'BACKBONE',
    });
    const partial = await t.ok(
      UPDATE,
      { i: { allianceId, version: 2, vision: 'Neu', primaryColor: null, logoDataUrl: SVG, periodEnd: null } },
      { token: backbone.token },
    );
    expect(partial.updateAllianceProfile).toMatchObject({
      name: 'Bündnis für Ausbildung',
      vision: 'Neu',
      primaryColor: null,
      logoDataUrl: SVG,
      periodStart: '2026-01-01',
      periodEnd: null,
      version: 3,
    });
    const read = (await t.ok(ALLIANCE, { id: allianceId }, { token: observer.token })).alliance;
    expect(read).toMatchObject({ vision: 'Neu', guestComments: true, version: 3 });

    const audit = await t.sql(`SELECT before, after FROM audit_events WHERE alliance_id = $1 AND action = 'alliance.profileUpdated' ORDER BY occurred_at`, [
      allianceId,
    ]);
    expect(audit[1]).toEqual({
      before: {
        vision: 'Jede und jeder findet einen Weg',
        primaryColor: '#0a7f5c',
        logoDataUrl: `image/png, ${PNG.length} characters`,
        periodEnd: '2028-12-31',
        version: 2,
      },
      after: { vision: 'Neu', primaryColor: null, logoDataUrl: `image/svg+xml, ${SVG.length} characters`, periodEnd: null, version: 3 },
    });
  });

  it('refuses a bad colour, logo or period with a translated VALIDATION_FAILED and changes nothing', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    await t.ok(UPDATE, { i: { allianceId, version: 1, periodStart: '2026-06-01' } }, { token: backbone.token });
    const before = await stored(allianceId);
    const big = `data:image/jpeg;base64,${Buffer.alloc(200 * 1024 + 1, 7).toString('base64')}`;
    const cases: [Record<string, unknown>, string][] = [
      [{ primaryColor: 'red' }, 'primaryColor (Farbe im Format #rrggbb)'],
      [{ primaryColor: '#12345g' }, 'primaryColor (Farbe im Format #rrggbb)'],
      [{ logoDataUrl: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=' }, 'logoDataUrl (nur PNG, JPEG oder SVG als Data-URL)'],
      [{ logoDataUrl: 'https://example.org/logo.png' }, 'logoDataUrl (nur PNG, JPEG oder SVG als Data-URL)'],
      [{ logoDataUrl: 'data:text/html;base64,PHNjcmlwdD4=' }, 'logoDataUrl (nur PNG, JPEG oder SVG als Data-URL)'],
      [{ logoDataUrl: 'data:image/png;base64,nicht*base64' }, 'logoDataUrl (ungültiger Wert)'],
      [{ logoDataUrl: big }, 'logoDataUrl (zu groß (höchstens 200 kB))'],
      // The new end is checked against the stored start.
      [{ periodEnd: '2026-01-01' }, 'periodEnd (Ende liegt vor dem Beginn)'],
      [{ periodStart: '2026-13-01' }, 'periodStart (ungültiger Wert)'],
      [{ name: null }, 'name (ungültiger Wert)'],
      [{ name: ' x ' }, 'name (zu kurz)'],
    ];
    for (const [patch, detail] of cases) {
      const r = await t.gql(UPDATE, { i: { allianceId, version: 2, ...patch } }, { token: backbone.token });
      expect({ patch: Object.keys(patch), code: code(r), message: r.errors?.[0].message }).toEqual({
        patch: Object.keys(patch),
        code: 'VALIDATION_FAILED',
        message: `Bitte prüfen Sie Ihre Eingaben: ${detail}.`,
      });
    }
    // Exactly 200 kB is still fine.
    const limit = `data:image/jpeg;base64,${Buffer.alloc(200 * 1024, 7).toString('base64')}`;
    expect(await stored(allianceId)).toEqual(before);
    await t.ok(UPDATE, { i: { allianceId, version: 2, logoDataUrl: limit } }, { token: backbone.token });
  });

  it('only the backbone edits; a stale version is CONFLICT; a foreign alliance is NOT_FOUND; nothing changes', async () => {
    const a = await t.allianceWithRoles('Bündnis A');
    const b = await t.allianceWithRoles('Bündnis B');
    for (const who of [a.partner, a.funder, a.observer]) {
      const r = await t.gql(UPDATE, { i: { allianceId: a.allianceId, version: 1, guestComments: true } }, { token: who.token });
      expect(code(r)).toBe('FORBIDDEN');
      expect(r.errors?.[0].message).toBe('Dafür fehlt Ihnen die Berechtigung: Rolle Geschäftsstelle.');
    }
    await t.ok(UPDATE, { i: { allianceId: a.allianceId, version: 1, name: 'Bündnis A neu' } }, { token: a.backbone.token });
    const before = await stored(a.allianceId);
    const stale = await t.gql(UPDATE, { i: { allianceId: a.allianceId, version: 1, name: 'Veraltet' } }, { token: a.backbone.token });
    expect(code(stale)).toBe('CONFLICT');
    const foreign = await t.gql(UPDATE, { i: { allianceId: a.allianceId, version: 2, name: 'Gekapert' } }, { token: b.backbone.token });
    expect(code(foreign)).toBe('NOT_FOUND');
    expect(await stored(a.allianceId)).toEqual(before);
    expect(before).toMatchObject({ name: 'Bündnis A neu', guest_comments: false, version: 2 });
  });
});
