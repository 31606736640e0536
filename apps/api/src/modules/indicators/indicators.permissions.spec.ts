import { TestApp } from '../../test/test-app';
import {
  ARCHIVE,
  codeOf,
  CREATE,
  CREATE_DIMENSION,
  createDimension,
  createIndicator,
  DELETE_TARGET,
  DIMENSIONS,
  INDICATOR,
  INDICATORS,
  insertGoal,
  RESTORE,
  SET_DIMENSIONS,
  SET_GOALS,
  SET_TARGET,
  snapshot,
  UPDATE,
  UPDATE_DIMENSION,
  YOUTH_EMPLOYMENT,
} from './indicators.test-helpers';

jest.setTimeout(60_000);

describe('indicator permissions per role', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('only the backbone changes indicators, dimensions and targets; every role reads them', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const goal = await insertGoal(t, allianceId, 'Ausbildung');
    const dim = await createDimension(t, backbone.token, allianceId, 'Geschlecht', ['weiblich', 'männlich']);
    const ind = await createIndicator(t, backbone.token, allianceId, { goalIds: [goal], dimensionIds: [dim.id] });
    const archived = await createIndicator(t, backbone.token, allianceId, { name: 'Archiviert' });
    await t.ok(ARCHIVE, { i: { allianceId, indicatorId: archived.id, version: 1 } }, { token: backbone.token });
    const target = (await t.ok(SET_TARGET, { i: { allianceId, indicatorId: ind.id, periodKey: '2026', value: 500 } }, { token: backbone.token })).setTarget;

    // Every mutation with input the backbone can carry out in this order (versions follow the backbone's own changes).
    const mutations: [string, string, Record<string, unknown>][] = [
      ['createIndicator', CREATE, { allianceId, ...YOUTH_EMPLOYMENT, name: 'Neu' }],
      ['updateIndicator', UPDATE, { allianceId, indicatorId: ind.id, version: 1, name: 'Geändert' }],
      ['archiveIndicator', ARCHIVE, { allianceId, indicatorId: ind.id, version: 2 }],
      ['restoreIndicator', RESTORE, { allianceId, indicatorId: archived.id, version: 2 }],
      ['setIndicatorGoals', SET_GOALS, { allianceId, indicatorId: ind.id, goalIds: [], version: 3 }],
      ['setIndicatorDimensions', SET_DIMENSIONS, { allianceId, indicatorId: ind.id, dimensionIds: [], version: 4 }],
      ['createDimension', CREATE_DIMENSION, { allianceId, name: 'Altersgruppe', categories: ['unter 12', '12–17', '18–26'] }],
      [
        'updateDimension',
        UPDATE_DIMENSION,
        { allianceId, dimensionId: dim.id, version: 1, name: 'Gender', categories: dim.categories.map(({ id, name }) => ({ id, name })) },
      ],
      ['setTarget', SET_TARGET, { allianceId, indicatorId: ind.id, periodKey: '2026', value: 1, version: 1 }],
      ['setTarget (create)', SET_TARGET, { allianceId, indicatorId: ind.id, periodKey: '2027', value: 1 }],
      ['deleteTarget', DELETE_TARGET, { allianceId, targetId: target.id, version: 2 }],
    ];
    const before = await snapshot(t, allianceId);
    for (const who of [partner, funder, observer]) {
      for (const [name, op, i] of mutations) {
        const r = await t.gql(op, { i }, { token: who.token });
        expect([name, codeOf(r)]).toEqual([name, 'FORBIDDEN']);
        expect(r.errors?.[0].message).toBe('Dafür fehlt Ihnen die Berechtigung: Rolle Geschäftsstelle.');
      }
    }
    const en = await t.gql(UPDATE, { i: mutations[1][2] }, { token: funder.token, lang: 'en' });
    expect(en.errors?.[0].message).toBe('You lack the permission for this: backbone role.');
    expect(await snapshot(t, allianceId)).toEqual(before);

    for (const who of [backbone, partner, funder, observer]) {
      const list = await t.ok(INDICATORS, { id: allianceId }, { token: who.token });
      expect(list.indicators.totalCount).toBe(2);
      const one = await t.ok(INDICATOR, { id: allianceId, indicatorId: ind.id }, { token: who.token });
      expect(one.indicator).toMatchObject({ goals: [{ id: goal }], dimensions: [{ id: dim.id }], targets: [{ id: target.id, value: 500 }] });
      expect((await t.ok(DIMENSIONS, { id: allianceId }, { token: who.token })).dimensions).toHaveLength(1);
    }

    // The backbone can carry out each of them (so the refusals above were about the role, not the input).
    for (const [name, op, i] of mutations) {
      const r = await t.gql(op, { i }, { token: backbone.token });
      expect([name, r.errors]).toEqual([name, undefined]);
    }
  });

  it('someone without a seat gets NOT_FOUND for reads and writes alike', async () => {
    const { allianceId, backbone } = await t.allianceWithRoles();
    const ind = await createIndicator(t, backbone.token, allianceId);
    const stranger = await t.userWithToken();
    expect(codeOf(await t.gql(INDICATORS, { id: allianceId }, { token: stranger.token }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(DIMENSIONS, { id: allianceId }, { token: stranger.token }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(UPDATE, { i: { allianceId, indicatorId: ind.id, version: 1, name: 'X' } }, { token: stranger.token }))).toBe('NOT_FOUND');
    expect(codeOf(await t.gql(INDICATORS, { id: allianceId }))).toBe('UNAUTHENTICATED');
  });
});
