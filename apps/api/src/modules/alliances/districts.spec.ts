import { TestApp } from '../../test/test-app';

const FIELDS = 'id name version hasShape activityCount';
const LIST = `query($a: ID!, $s: Boolean) { districts(allianceId: $a, withShapes: $s) { ${FIELDS} geojson } }`;
const CREATE = `mutation($i: CreateDistrictInput!) { createDistrict(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateDistrictInput!) { updateDistrict(input: $i) { ${FIELDS} } }`;
const DELETE = `mutation($i: DeleteDistrictInput!) { deleteDistrict(input: $i) { id movedActivities } }`;
const ACTIVITY = `mutation($i: CreateActivityInput!) { createActivity(input: $i) { id districtId district } }`;

const square = {
  type: 'Polygon',
  coordinates: [
    [
      [9.99, 53.55],
      [10.01, 53.55],
      [10.01, 53.56],
      [9.99, 53.55],
    ],
  ],
};

describe('districts: one managed list per alliance', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
  const stored = (allianceId: string) =>
    t.sql(`SELECT name, version, geojson IS NOT NULL AS shape FROM districts WHERE alliance_id = $1 ORDER BY name`, [allianceId]);
  const audit = (allianceId: string) =>
    t.sql(`SELECT action, before, after FROM audit_events WHERE alliance_id = $1 AND entity_type = 'District' ORDER BY occurred_at, id`, [allianceId]);

  it('the backbone keeps the list (with a shape); every member reads it, sorted, with the activities counted', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const ost = (
      await t.ok(
        CREATE,
        { i: { allianceId, name: '  Oststadt ', geojson: JSON.stringify({ type: 'Feature', properties: {}, geometry: square }) } },
        { token: backbone.token },
      )
    ).createDistrict;
    expect(ost).toEqual({ id: expect.any(String), name: 'Oststadt', version: 1, hasShape: true, activityCount: 0 });
    const alt = (await t.ok(CREATE, { i: { allianceId, name: 'Altstadt' } }, { token: backbone.token })).createDistrict;
    await t.ok(ACTIVITY, { i: { allianceId, title: 'Lesecafé', districtId: ost.id } }, { token: partner.token });

    for (const who of [backbone, partner, funder, observer]) {
      const list = (await t.ok(LIST, { a: allianceId }, { token: who.token })).districts;
      expect(list.map((d: { name: string; activityCount: number; geojson: unknown }) => [d.name, d.activityCount, d.geojson])).toEqual([
        ['Altstadt', 0, null],
        ['Oststadt', 1, null],
      ]);
    }
    // Shapes only when asked for; stored as the geometry (the Feature around it is dropped).
    const shapes = (await t.ok(LIST, { a: allianceId, s: true }, { token: partner.token })).districts;
    expect(shapes.find((d: { id: string }) => d.id === ost.id).geojson).toEqual(square);

    const renamed = (
      await t.ok(
        UPDATE,
        { i: { allianceId, districtId: alt.id, version: 1, name: 'Altstadt-Nord', geojson: JSON.stringify(square) } },
        { token: backbone.token },
      )
    ).updateDistrict;
    expect(renamed).toMatchObject({ name: 'Altstadt-Nord', version: 2, hasShape: true });
    // Leaving geojson out keeps the shape; null removes it.
    expect(
      (await t.ok(UPDATE, { i: { allianceId, districtId: alt.id, version: 2, name: 'Altstadt Nord' } }, { token: backbone.token })).updateDistrict.hasShape,
    ).toBe(true);
    expect(
      (await t.ok(UPDATE, { i: { allianceId, districtId: alt.id, version: 3, name: 'Altstadt Nord', geojson: null } }, { token: backbone.token }))
        .updateDistrict.hasShape,
    ).toBe(false);
    expect((await audit(allianceId)).map((e: { action: string }) => e.action)).toEqual([
      'district.created',
      'district.created',
      'district.updated',
      'district.updated',
      'district.updated',
    ]);
    // The audit trail keeps whether there is a shape, not the coordinates.
    expect(JSON.stringify(await audit(allianceId))).not.toContain('53.55');
  });

  it('partners, funders and observers may not change it: FORBIDDEN, nothing changes', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const d = (await t.ok(CREATE, { i: { allianceId, name: 'Weststadt' } }, { token: backbone.token })).createDistrict;
    for (const who of [partner, funder, observer]) {
      expect(code(await t.gql(CREATE, { i: { allianceId, name: 'Südstadt' } }, { token: who.token }))).toBe('FORBIDDEN');
      expect(code(await t.gql(UPDATE, { i: { allianceId, districtId: d.id, version: 1, name: 'X' } }, { token: who.token }))).toBe('FORBIDDEN');
      expect(code(await t.gql(DELETE, { i: { allianceId, districtId: d.id } }, { token: who.token }))).toBe('FORBIDDEN');
    }
    expect(await stored(allianceId)).toEqual([{ name: 'Weststadt', version: 1, shape: false }]);
  });

  it('refuses a second spelling of a name, bad GeoJSON and a stale version with a translated error; nothing changes', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const d = (await t.ok(CREATE, { i: { allianceId, name: 'Nordviertel' } }, { token: backbone.token })).createDistrict;
    const other = (await t.ok(CREATE, { i: { allianceId, name: 'Hafen' } }, { token: backbone.token })).createDistrict;
    const refused: [Record<string, unknown>, string][] = [
      [{ name: ' nordviertel ' }, 'duplicate'],
      [{ name: 'Mitte', geojson: '{"type": "Polygon"' }, 'geojsonInvalid'],
      [{ name: 'Mitte', geojson: JSON.stringify({ type: 'Point', coordinates: [10, 53] }) }, 'geojsonNotArea'],
      [
        {
          name: 'Mitte',
          geojson: JSON.stringify({
            type: 'Polygon',
            coordinates: [
              [
                [566000, 5933000],
                [567000, 5933000],
                [567000, 5934000],
                [566000, 5933000],
              ],
            ],
          }),
        },
        'geojsonNotWgs84',
      ],
    ];
    for (const [input, fieldCode] of refused) {
      const r = await t.gql(CREATE, { i: { allianceId, ...input } }, { token: backbone.token });
      expect([code(r), (r.errors?.[0].extensions?.fields as { code: string }[])[0].code]).toEqual(['VALIDATION_FAILED', fieldCode]);
    }
    const rename = await t.gql(UPDATE, { i: { allianceId, districtId: other.id, version: 1, name: 'NORDVIERTEL' } }, { token: backbone.token, lang: 'en' });
    expect([code(rename), rename.errors?.[0].message]).toEqual(['VALIDATION_FAILED', expect.stringContaining('name')]);
    const german = await t.gql(CREATE, { i: { allianceId, name: 'Mitte', geojson: '[]' } }, { token: backbone.token });
    expect(german.errors?.[0].message).toContain('kein gültiges GeoJSON');
    await t.ok(UPDATE, { i: { allianceId, districtId: d.id, version: 1, name: 'Nordviertel (neu)' } }, { token: backbone.token });
    expect(code(await t.gql(UPDATE, { i: { allianceId, districtId: d.id, version: 1, name: 'Alt' } }, { token: backbone.token }))).toBe('CONFLICT');
    expect(await stored(allianceId)).toEqual([
      { name: 'Hafen', version: 1, shape: false },
      { name: 'Nordviertel (neu)', version: 2, shape: false },
    ]);
  });

  it('a district in use is deleted only by moving its activities to another one (two spellings become one)', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const a = (await t.ok(CREATE, { i: { allianceId, name: 'Ost-Stadt' } }, { token: backbone.token })).createDistrict;
    const b = (await t.ok(CREATE, { i: { allianceId, name: 'Oststadt' } }, { token: backbone.token })).createDistrict;
    const act = (await t.ok(ACTIVITY, { i: { allianceId, title: 'Lesecafé', districtId: a.id } }, { token: partner.token })).createActivity;

    const inUse = await t.gql(DELETE, { i: { allianceId, districtId: a.id } }, { token: backbone.token });
    expect([code(inUse), inUse.errors?.[0].extensions?.params]).toEqual(['DISTRICT_IN_USE', { name: 'Ost-Stadt', count: 1 }]);
    expect(code(await t.gql(DELETE, { i: { allianceId, districtId: a.id, moveActivitiesTo: a.id } }, { token: backbone.token }))).toBe('VALIDATION_FAILED');
    expect((await stored(allianceId)).length).toBe(2);

    expect((await t.ok(DELETE, { i: { allianceId, districtId: a.id, moveActivitiesTo: b.id } }, { token: backbone.token })).deleteDistrict).toEqual({
      id: a.id,
      movedActivities: 1,
    });
    expect(await t.sql(`SELECT district_id, version FROM activities WHERE id = $1`, [act.id])).toEqual([{ district_id: b.id, version: 2 }]);
    expect(await stored(allianceId)).toEqual([{ name: 'Oststadt', version: 1, shape: false }]);
    // An unused one goes without moving anything.
    const c = (await t.ok(CREATE, { i: { allianceId, name: 'Hafen' } }, { token: backbone.token })).createDistrict;
    expect(
      (await t.ok(DELETE, { i: { allianceId, districtId: c.id, moveActivitiesTo: null } }, { token: backbone.token })).deleteDistrict.movedActivities,
    ).toBe(0);
    expect((await audit(allianceId)).map((e: { action: string; after: unknown }) => [e.action, e.after])).toEqual([
      ['district.created', expect.anything()],
      ['district.created', expect.anything()],
      ['district.deleted', { movedActivitiesTo: b.id, movedActivities: 1 }],
      ['district.created', expect.anything()],
      ['district.deleted', null],
    ]);
  });

  it("another alliance's district is NOT_FOUND everywhere, and its activities cannot point to it", async () => {
    const A = await t.allianceWithRoles('Bündnis A');
    const B = await t.allianceWithRoles('Bündnis B');
    const dA = (await t.ok(CREATE, { i: { allianceId: A.allianceId, name: 'Mitte' } }, { token: A.backbone.token })).createDistrict;
    const dB = (await t.ok(CREATE, { i: { allianceId: B.allianceId, name: 'Mitte' } }, { token: B.backbone.token })).createDistrict;
    const asB = { token: B.backbone.token };
    expect(code(await t.gql(UPDATE, { i: { allianceId: B.allianceId, districtId: dA.id, version: 1, name: 'Gekapert' } }, asB))).toBe('NOT_FOUND');
    expect(code(await t.gql(DELETE, { i: { allianceId: B.allianceId, districtId: dA.id } }, asB))).toBe('NOT_FOUND');
    expect(code(await t.gql(DELETE, { i: { allianceId: B.allianceId, districtId: dB.id, moveActivitiesTo: dA.id } }, asB))).toBe('NOT_FOUND');
    expect(code(await t.gql(ACTIVITY, { i: { allianceId: B.allianceId, title: 'Fremd', districtId: dA.id } }, asB))).toBe('NOT_FOUND');
    expect(code(await t.gql(LIST, { a: A.allianceId }, asB))).toBe('NOT_FOUND');
    expect(await stored(A.allianceId)).toEqual([{ name: 'Mitte', version: 1, shape: false }]);
    expect(await stored(B.allianceId)).toEqual([{ name: 'Mitte', version: 1, shape: false }]);
  });
});
