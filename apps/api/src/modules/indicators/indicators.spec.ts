import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { TestApp } from '../../test/test-app';
import {
  ARCHIVE, codeOf, CREATE, createDimension, createIndicator, fieldsOf, INDICATOR, INDICATORS, insertGoal, insertMeasurement,
  RESTORE, SET_DIMENSIONS, SET_GOALS, SET_TARGET, snapshot, UPDATE, YOUTH_EMPLOYMENT,
} from './indicators.test-helpers';

describe('indicators', () => {
  let t: TestApp;
  beforeAll(async () => (t = await TestApp.start()));
  afterAll(() => t.close());

  it('the backbone defines an indicator with goals and dimensions; every role reads it', async () => {
    const { allianceId, backbone, partner, funder, observer } = await t.allianceWithRoles();
    const goal = await insertGoal(t, allianceId, 'Mehr Jugendliche in Ausbildung');
    const gender = await createDimension(t, backbone.token, allianceId, 'Geschlecht', ['weiblich', 'männlich', 'divers']);
    const created = await createIndicator(t, backbone.token, allianceId, { code: 'B1', goalIds: [goal], dimensionIds: [gender.id], decimals: 1 });
    expect(created).toMatchObject({
      ...YOUTH_EMPLOYMENT,
      decimals: 1,
      status: 'ACTIVE',
      version: 1,
      numeratorLabel: null,
      goals: [{ id: goal, title: 'Mehr Jugendliche in Ausbildung' }],
      dimensions: [{ id: gender.id, name: 'Geschlecht', categories: [{ name: 'weiblich', position: 0 }, { name: 'männlich', position: 1 }, { name: 'divers', position: 2 }] }],
      targets: [],
    });
    for (const who of [backbone, partner, funder, observer]) {
      const one = await t.ok(INDICATOR, { id: allianceId, indicatorId: created.id }, { token: who.token });
      expect(one.indicator).toEqual(created);
      const list = await t.ok(INDICATORS, { id: allianceId }, { token: who.token });
      expect(list.indicators.nodes).toEqual([created]);
    }
    const [audit] = await t.sql(`SELECT action, entity_type, after FROM audit_events WHERE alliance_id = $1 AND entity_id = $2`, [allianceId, created.id]);
    expect(audit).toMatchObject({ action: 'indicator.created', entity_type: 'Indicator', after: { name: YOUTH_EMPLOYMENT.name, goalIds: [goal], dimensionIds: [gender.id] } });
  });
});
