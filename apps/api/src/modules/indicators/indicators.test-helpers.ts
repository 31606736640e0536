import { randomUUID } from 'node:crypto';
import { periodRange, type FrequencyName } from '@gemeinwerk/shared';
import type { GqlResult, TestApp } from '../../test/test-app';

/** GraphQL operations and SQL fixtures shared by the indicator suites. */
export const DIMENSION_FIELDS = `id name version categories { id name position }`;
export const INDICATOR_FIELDS = `id code name definition unit direction aggregation frequency rbaKind baselineValue baselinePeriod
  collectionMethod numeratorLabel denominatorLabel decimals status version
  goals { id title } dimensions { ${DIMENSION_FIELDS} } targets { id periodKey value version }`;

export const INDICATORS = `query($id: ID!, $filter: IndicatorFilter, $page: PageInput) {
  indicators(allianceId: $id, filter: $filter, page: $page) { totalCount pageInfo { endCursor hasNextPage } nodes { ${INDICATOR_FIELDS} } } }`;
export const INDICATOR = `query($id: ID!, $indicatorId: ID!) { indicator(allianceId: $id, indicatorId: $indicatorId) { ${INDICATOR_FIELDS} } }`;
export const CREATE = `mutation($i: CreateIndicatorInput!) { createIndicator(input: $i) { ${INDICATOR_FIELDS} } }`;
export const UPDATE = `mutation($i: UpdateIndicatorInput!) { updateIndicator(input: $i) { ${INDICATOR_FIELDS} } }`;
export const ARCHIVE = `mutation($i: IndicatorVersionInput!) { archiveIndicator(input: $i) { id status version } }`;
export const RESTORE = `mutation($i: IndicatorVersionInput!) { restoreIndicator(input: $i) { id status version } }`;
export const SET_GOALS = `mutation($i: SetIndicatorGoalsInput!) { setIndicatorGoals(input: $i) { id version goals { id title } } }`;
export const SET_DIMENSIONS = `mutation($i: SetIndicatorDimensionsInput!) { setIndicatorDimensions(input: $i) { id version dimensions { ${DIMENSION_FIELDS} } } }`;
export const DIMENSIONS = `query($id: ID!) { dimensions(allianceId: $id) { ${DIMENSION_FIELDS} } }`;
export const CREATE_DIMENSION = `mutation($i: CreateDimensionInput!) { createDimension(input: $i) { ${DIMENSION_FIELDS} } }`;
export const UPDATE_DIMENSION = `mutation($i: UpdateDimensionInput!) { updateDimension(input: $i) { ${DIMENSION_FIELDS} } }`;
export const SET_TARGET = `mutation($i: SetTargetInput!) { setTarget(input: $i) { id periodKey value version } }`;
export const DELETE_TARGET = `mutation($i: DeleteTargetInput!) { deleteTarget(input: $i) }`;

type Answer = Pick<GqlResult, 'errors'>;
export const codeOf = (r: Answer) => r.errors?.[0]?.extensions?.code;
export const fieldsOf = (r: Answer) => r.errors?.[0]?.extensions?.fields;

export const YOUTH_EMPLOYMENT = {
  code: 'B1',
  name: 'Jugendliche in Ausbildung',
  definition: 'Jugendliche (15–24) aus dem Stadtteil, die eine Ausbildung begonnen haben.',
  unit: 'Personen',
  direction: 'INCREASE',
  aggregation: 'SUM',
  frequency: 'QUARTERLY',
  rbaKind: 'BETTER_OFF',
  baselineValue: 120,
  baselinePeriod: '2025-Q4',
  collectionMethod: 'Meldung der Träger aus ihren Teilnehmendenlisten',
};

export async function createIndicator(t: TestApp, token: string, allianceId: string, fields: Record<string, unknown> = {}) {
  const d = await t.ok(CREATE, { i: { allianceId, ...YOUTH_EMPLOYMENT, code: null, ...fields } }, { token });
  return d.createIndicator as { id: string; version: number; [k: string]: any };
}

export async function createDimension(t: TestApp, token: string, allianceId: string, name: string, categories: string[]) {
  const d = await t.ok(CREATE_DIMENSION, { i: { allianceId, name, categories } }, { token });
  return d.createDimension as { id: string; version: number; categories: { id: string; name: string; position: number }[] };
}

/** Goals belong to the agenda module; the suites only need rows to link to. */
export async function insertGoal(t: TestApp, allianceId: string, title: string, position = 0): Promise<string> {
  const id = randomUUID();
  await t.sql(`INSERT INTO goals (alliance_id, id, title, position) VALUES ($1, $2, $3, $4)`, [allianceId, id, title, position]);
  return id;
}

/**
 * A reported value, written as the owner because the measurements module lives elsewhere:
 * the reporting period first, then the measurement, then its parts per category.
 */
export async function insertMeasurement(
  t: TestApp,
  m: {
    allianceId: string;
    indicatorId: string;
    membershipId: string;
    userId: string;
    frequency: FrequencyName;
    periodKey: string;
    value?: number;
    parts?: Record<string, number>;
  },
): Promise<string> {
  const range = periodRange(m.periodKey);
  await t.sql(
    `INSERT INTO reporting_periods (alliance_id, id, frequency, period_key, starts_on, ends_on, opened_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (alliance_id, frequency, period_key) DO NOTHING`,
    [m.allianceId, randomUUID(), m.frequency, m.periodKey, range.startsOn, range.endsOn, m.userId],
  );
  const [period] = await t.sql(`SELECT id FROM reporting_periods WHERE alliance_id = $1 AND frequency = $2 AND period_key = $3`, [
    m.allianceId,
    m.frequency,
    m.periodKey,
  ]);
  const id = randomUUID();
  await t.sql(
    `INSERT INTO measurements (alliance_id, id, indicator_id, membership_id, reporting_period_id, period_key, value)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [m.allianceId, id, m.indicatorId, m.membershipId, period.id, m.periodKey, m.value ?? 10],
  );
  for (const [categoryId, value] of Object.entries(m.parts ?? {})) {
    await t.sql(`INSERT INTO measurement_parts (alliance_id, measurement_id, category_id, value) VALUES ($1, $2, $3, $4)`, [
      m.allianceId,
      id,
      categoryId,
      value,
    ]);
  }
  return id;
}

/** Everything the indicator suites may change in one alliance, for "nothing changed" checks. */
export async function snapshot(t: TestApp, allianceId: string) {
  const q = (sql: string) => t.sql(sql, [allianceId]);
  return {
    indicators: await q(`SELECT * FROM indicators WHERE alliance_id = $1 ORDER BY id`),
    goals: await q(`SELECT * FROM indicator_goals WHERE alliance_id = $1 ORDER BY indicator_id, goal_id`),
    indicatorDimensions: await q(`SELECT * FROM indicator_dimensions WHERE alliance_id = $1 ORDER BY indicator_id, dimension_id`),
    dimensions: await q(`SELECT * FROM dimensions WHERE alliance_id = $1 ORDER BY id`),
    categories: await q(`SELECT * FROM dimension_categories WHERE alliance_id = $1 ORDER BY id`),
    targets: await q(`SELECT * FROM targets WHERE alliance_id = $1 ORDER BY id`),
    audit: await q(`SELECT count(*)::int AS n FROM audit_events WHERE alliance_id = $1`),
  };
}
