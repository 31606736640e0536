import { TestApp } from '../../test/test-app';
import {
  codeOf,
  CREATE_DIMENSION,
  createDimension,
  createIndicator,
  DIMENSIONS,
  fieldsOf,
  insertMeasurement,
  snapshot,
  UPDATE_DIMENSION,
} from './indicators.test-helpers';

jest.setTimeout(60_000);

describe('disaggregation dimensions', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('the backbone defines dimensions once per alliance; every role reads them', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    await createDimension(t, backbone.token, allianceId, 'Geschlecht', [' weiblich ', 'männlich', 'divers']);
    await createDimension(t, backbone.token, allianceId, 'Altersgruppe', ['unter 12', '12–17', '18–26']);
    await createDimension(t, backbone.token, allianceId, 'Stadtteil', ['Altstadt', 'Nordstadt', 'Südstadt', 'Weststadt']);
    for (const who of [backbone, partner, funder, observer]) {
      const d = (await t.ok(DIMENSIONS, { id: allianceId }, { token: who.token })).dimensions;
      expect(d.map((x: any) => [x.name, x.version, x.categories.map((c: any) => `${c.position}:${c.name}`)])).toEqual([
        ['Altersgruppe', 1, ['0:unter 12', '1:12–17', '2:18–26']],
        ['Geschlecht', 1, ['0:weiblich', '1:männlich', '2:divers']],
        ['Stadtteil', 1, ['0:Altstadt', '1:Nordstadt', '2:Südstadt', '3:Weststadt']],
      ]);
    }
    const audit = await t.sql(`SELECT action, after FROM audit_events WHERE alliance_id = $1 AND entity_type = 'Dimension' ORDER BY occurred_at`, [allianceId]);
    expect(audit.map((a) => a.action)).toEqual(['dimension.created', 'dimension.created', 'dimension.created']);
    expect(audit[0].after).toMatchObject({ name: 'Geschlecht', categories: [{ name: 'weiblich' }, { name: 'männlich' }, { name: 'divers' }] });
  });

  it('refuses fewer than two categories, duplicates and empty names, and changes nothing', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const existing = await createDimension(t, backbone.token, allianceId, 'Geschlecht', ['weiblich', 'männlich']);
    const before = await snapshot(t, allianceId);
    const create = (name: string, categories: string[]) => t.gql(CREATE_DIMENSION, { i: { allianceId, name, categories } }, { token: backbone.token });
    const update = (name: string, categories: { id?: string | null; name: string }[]) =>
      t.gql(UPDATE_DIMENSION, { i: { allianceId, dimensionId: existing.id, version: 1, name, categories } }, { token: backbone.token });
    const [w, m] = existing.categories;
    const cases: [Promise<any>, unknown][] = [
      [create('Alter', ['alle']), [{ field: 'categories', code: 'atLeastTwo' }]],
      [create('Alter', ['jung', 'alt', 'Jung ']), [{ field: 'categories', code: 'duplicate' }]],
      [create('Alter', ['jung', '  ']), [{ field: 'categories', code: 'tooShort' }]],
      [create(' ', ['jung', 'alt']), [{ field: 'name', code: 'tooShort' }]],
      [create('geschlecht', ['a', 'b']), [{ field: 'name', code: 'duplicate' }]],
      [update('Geschlecht', [{ id: w.id, name: 'weiblich' }]), [{ field: 'categories', code: 'atLeastTwo' }]],
      [
        update('Geschlecht', [
          { id: w.id, name: 'weiblich' },
          { id: null, name: 'Weiblich' },
        ]),
        [{ field: 'categories', code: 'duplicate' }],
      ],
      [
        update('Geschlecht', [
          { id: w.id, name: 'weiblich' },
          { id: w.id, name: 'männlich' },
        ]),
        [{ field: 'categories', code: 'duplicate' }],
      ],
      [
        update('Geschlecht', [
          { id: 'keine-id', name: 'x' },
          { id: m.id, name: 'y' },
        ]),
        [{ field: 'categories.0.id', code: 'invalid' }],
      ],
    ];
    for (const [pending, fields] of cases) {
      const r = await pending;
      expect(codeOf(r)).toBe('VALIDATION_FAILED');
      expect(fieldsOf(r)).toEqual(fields);
    }
    const en = await create('Alter', ['alle']);
    expect(en.errors?.[0].message).toBe('Bitte prüfen Sie Ihre Eingaben: categories (mindestens zwei Einträge).');
    expect(await snapshot(t, allianceId)).toEqual(before);
  });

  it('renames, swaps, adds, reorders and removes categories in one update; audited with before and after', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const dim = await createDimension(t, backbone.token, allianceId, 'Alter', ['unter 12', '12–17', '18–26', 'über 26']);
    const [u12, t17, t26] = dim.categories;
    const r = await t.ok(
      UPDATE_DIMENSION,
      {
        i: {
          allianceId,
          dimensionId: dim.id,
          version: 1,
          name: 'Altersgruppe',
          // swap the names of the first two (the unique constraint must not trip), drop "über 26", add "27 und älter"
          categories: [
            { id: t26.id, name: '18–26 Jahre' },
            { id: t17.id, name: 'unter 12' },
            { id: u12.id, name: '12–17' },
            { id: null, name: '27 und älter' },
          ],
        },
      },
      { token: backbone.token },
    );
    expect(r.updateDimension).toMatchObject({
      id: dim.id,
      name: 'Altersgruppe',
      version: 2,
      categories: [
        { id: t26.id, name: '18–26 Jahre', position: 0 },
        { id: t17.id, name: 'unter 12', position: 1 },
        { id: u12.id, name: '12–17', position: 2 },
        { name: '27 und älter', position: 3 },
      ],
    });
    const [audit] = await t.sql(`SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = 'dimension.updated'`, [dim.id]);
    expect(audit.before).toMatchObject({
      name: 'Alter',
      version: 1,
      categories: [{ name: 'unter 12' }, { name: '12–17' }, { name: '18–26' }, { name: 'über 26' }],
    });
    expect(audit.after).toMatchObject({ name: 'Altersgruppe', version: 2 });
    expect(await t.sql(`SELECT count(*)::int AS n FROM dimension_categories WHERE dimension_id = $1`, [dim.id])).toEqual([{ n: 4 }]);
  });

  it('keeps a category that reported values use (CATEGORY_IN_USE), but lets it be renamed', async () => {
    const { allianceId, backbone, partner } = await t.allianceWithRoles();
    const dim = await createDimension(t, backbone.token, allianceId, 'Geschlecht', ['weiblich', 'männlich', 'divers', 'keine Angabe']);
    const [w, m, d, none] = dim.categories;
    const ind = await createIndicator(t, backbone.token, allianceId, { dimensionIds: [dim.id] });
    await insertMeasurement(t, {
      allianceId,
      indicatorId: ind.id,
      membershipId: partner.membershipId,
      userId: backbone.id,
      frequency: 'QUARTERLY',
      periodKey: '2026-Q1',
      parts: { [d.id]: 1 },
    });
    const before = await snapshot(t, allianceId);
    const r = await t.gql(
      UPDATE_DIMENSION,
      {
        i: {
          allianceId,
          dimensionId: dim.id,
          version: 1,
          name: 'Geschlecht',
          categories: [
            { id: w.id, name: 'weiblich' },
            { id: m.id, name: 'männlich' },
          ],
        },
      },
      { token: backbone.token },
    );
    expect(codeOf(r)).toBe('CATEGORY_IN_USE');
    expect(r.errors?.[0].message).toBe('Die Ausprägung „divers“ wird in Messwerten verwendet und kann nicht entfernt werden.');
    const en = await t.gql(
      UPDATE_DIMENSION,
      {
        i: {
          allianceId,
          dimensionId: dim.id,
          version: 1,
          name: 'Geschlecht',
          categories: [
            { id: w.id, name: 'weiblich' },
            { id: m.id, name: 'männlich' },
          ],
        },
      },
      { token: backbone.token, lang: 'en' },
    );
    expect(en.errors?.[0].message).toBe('The category “divers” is used in measurements and cannot be removed.');
    expect(await snapshot(t, allianceId)).toEqual(before);

    const ok = await t.ok(
      UPDATE_DIMENSION,
      {
        i: {
          allianceId,
          dimensionId: dim.id,
          version: 1,
          name: 'Geschlecht',
          categories: [
            { id: d.id, name: 'divers/offen' },
            { id: w.id, name: 'weiblich' },
            { id: m.id, name: 'männlich' },
          ],
        },
      },
      { token: backbone.token },
    );
    expect(ok.updateDimension.categories.map((c: any) => c.name)).toEqual(['divers/offen', 'weiblich', 'männlich']);
    expect(await t.sql(`SELECT id FROM dimension_categories WHERE id = $1`, [none.id])).toEqual([]);
  });

  it('a stale version is CONFLICT; ids of other dimensions or alliances are NOT_FOUND; nothing changes', async () => {
    const a = await t.allianceWithRoles('Bündnis A');
    const b = await t.allianceWithRoles('Bündnis B');
    const dimA = await createDimension(t, a.backbone.token, a.allianceId, 'Geschlecht', ['weiblich', 'männlich']);
    const otherA = await createDimension(t, a.backbone.token, a.allianceId, 'Stadtteil', ['Nord', 'Süd']);
    const dimB = await createDimension(t, b.backbone.token, b.allianceId, 'Geschlecht', ['w', 'm']);
    const cats = (d: typeof dimA) => d.categories.map(({ id, name }) => ({ id, name }));
    await t.ok(
      UPDATE_DIMENSION,
      { i: { allianceId: a.allianceId, dimensionId: dimA.id, version: 1, name: 'Gender', categories: cats(dimA) } },
      { token: a.backbone.token },
    );
    const beforeA = await snapshot(t, a.allianceId);
    const beforeB = await snapshot(t, b.allianceId);

    const stale = await t.gql(
      UPDATE_DIMENSION,
      { i: { allianceId: a.allianceId, dimensionId: dimA.id, version: 1, name: 'Geschlecht', categories: cats(dimA) } },
      { token: a.backbone.token },
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    const attempts: [string, Record<string, unknown>, string][] = [
      [a.backbone.token, { allianceId: a.allianceId, dimensionId: dimA.id, version: 2, name: 'Gender', categories: cats(otherA) }, 'DimensionCategory'],
      [b.backbone.token, { allianceId: b.allianceId, dimensionId: dimA.id, version: 2, name: 'Übernommen', categories: cats(dimA) }, 'Dimension'],
      [b.backbone.token, { allianceId: b.allianceId, dimensionId: dimB.id, version: 1, name: 'Geschlecht', categories: cats(dimA) }, 'DimensionCategory'],
    ];
    for (const [token, i, entity] of attempts) {
      const r = await t.gql(UPDATE_DIMENSION, { i }, { token });
      expect(codeOf(r)).toBe('NOT_FOUND');
      expect(r.errors?.[0].extensions?.params).toEqual({ entity });
    }
    expect(await snapshot(t, a.allianceId)).toEqual(beforeA);
    expect(await snapshot(t, b.allianceId)).toEqual(beforeB);
  });
});
