import { randomUUID } from 'node:crypto';
import type { AggregationName, FrequencyName } from '@gemeinwerk/shared';

/**
 * Test fixtures of the measurements suites. Indicators, dimensions and targets belong to the
 * indicators module; here they are written as plain SQL by the owner, so these suites do not
 * depend on that module's API. (Structural type instead of importing TestApp keeps test code
 * out of the build.)
 */
interface Harness {
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  ok<T = any>(query: string, variables?: Record<string, unknown>, opts?: { token?: string; lang?: string }): Promise<T>;
}

export async function createIndicator(
  t: Harness,
  allianceId: string,
  o: { name?: string; aggregation?: AggregationName; frequency?: FrequencyName; status?: 'ACTIVE' | 'ARCHIVED'; baseline?: number; code?: string } = {},
): Promise<string> {
  const id = randomUUID();
  await t.sql(
    `INSERT INTO indicators (alliance_id, id, code, name, direction, aggregation, frequency, rba_kind, baseline_value, baseline_period, status)
     VALUES ($1, $2, $3, $4, 'INCREASE', $5, $6, 'HOW_MUCH', $7, $8, $9)`,
    [
      allianceId,
      id,
      o.code ?? null,
      o.name ?? `Indikator ${id.slice(0, 6)}`,
      o.aggregation ?? 'SUM',
      o.frequency ?? 'QUARTERLY',
      o.baseline ?? null,
      o.baseline === undefined ? null : '2025',
      o.status ?? 'ACTIVE',
    ],
  );
  return id;
}

/** A dimension with categories (in the given order), linked to the indicators given. */
export async function createDimension(t: Harness, allianceId: string, name: string, categories: string[], indicatorIds: string[] = []) {
  const id = randomUUID();
  await t.sql(`INSERT INTO dimensions (alliance_id, id, name) VALUES ($1, $2, $3)`, [allianceId, id, name]);
  const ids: Record<string, string> = {};
  for (const [position, category] of categories.entries()) {
    ids[category] = randomUUID();
    await t.sql(`INSERT INTO dimension_categories (alliance_id, id, dimension_id, name, position) VALUES ($1, $2, $3, $4, $5)`, [
      allianceId,
      ids[category],
      id,
      category,
      position,
    ]);
  }
  for (const indicatorId of indicatorIds) {
    await t.sql(`INSERT INTO indicator_dimensions (alliance_id, indicator_id, dimension_id) VALUES ($1, $2, $3)`, [allianceId, indicatorId, id]);
  }
  return { id, categories: ids };
}

export async function createTarget(t: Harness, allianceId: string, indicatorId: string, periodKey: string, value: number): Promise<void> {
  await t.sql(`INSERT INTO targets (alliance_id, id, indicator_id, period_key, value) VALUES ($1, $2, $3, $4, $5)`, [
    allianceId,
    randomUUID(),
    indicatorId,
    periodKey,
    value,
  ]);
}

// ── GraphQL operations ───────────────────────────────────────────────────

export const MEASUREMENT_FIELDS = `id status value numerator denominator note version rejectionReason periodKey membershipId indicatorId
  reviewedByName submittedByName organisation { name } parts { categoryId categoryName dimensionName value }
  overlaps { id otherMembershipId amount }`;
export const OPEN = `mutation($i: OpenReportingPeriodInput!) { openReportingPeriod(input: $i) { id state version periodKey frequency startsOn endsOn dueOn } }`;
export const CLOSE = `mutation($i: CloseReportingPeriodInput!) { closeReportingPeriod(input: $i) { id state version } }`;
export const SAVE = `mutation($i: SaveMeasurementInput!) { saveMeasurement(input: $i) { ${MEASUREMENT_FIELDS} } }`;
export const SUBMIT = `mutation($i: SubmitMeasurementInput!) { submitMeasurement(input: $i) { ${MEASUREMENT_FIELDS} } }`;
export const APPROVE = `mutation($i: ApproveMeasurementInput!) { approveMeasurement(input: $i) { ${MEASUREMENT_FIELDS} } }`;
export const REJECT = `mutation($i: RejectMeasurementInput!) { rejectMeasurement(input: $i) { ${MEASUREMENT_FIELDS} } }`;
export const REOPEN = `mutation($i: ReopenMeasurementInput!) { reopenMeasurement(input: $i) { ${MEASUREMENT_FIELDS} } }`;
export const DECLARE = `mutation($i: DeclareOverlapInput!) { declareOverlap(input: $i) { ${MEASUREMENT_FIELDS} } }`;
export const REMOVE_OVERLAP = `mutation($i: RemoveOverlapInput!) { removeOverlap(input: $i) { ${MEASUREMENT_FIELDS} } }`;
export const BULK = `mutation($i: SubmitMeasurementsInput!) { submitMeasurements(input: $i) { ok saved { id status value } errors { row code message field } } }`;
export const LIST = `query($id: ID!, $f: MeasurementFilter, $p: PageInput) {
  measurements(allianceId: $id, filter: $f, page: $p) { totalCount pageInfo { hasNextPage endCursor } nodes { id status value membershipId } } }`;
export const ROLLUP = `query($id: ID!, $ind: ID!, $k: String!) {
  rollup(allianceId: $id, indicatorId: $ind, periodKey: $k) { value aggregation memberCount target baseline deduplicated } }`;
export const CONTRIBUTIONS = `query($id: ID!, $ind: ID!, $k: String!) {
  contributions(allianceId: $id, indicatorId: $ind, periodKey: $k) { membershipId organisationName reported overlapDeducted net shareOfTotal } }`;
export const SERIES = `query($id: ID!, $ids: [ID!]!, $from: String!, $to: String!, $by: SeriesBreakdown) {
  indicatorSeries(allianceId: $id, indicatorIds: $ids, from: $from, to: $to, by: $by) { indicatorId key label periods actual target } }`;

/** Opens a period as the backbone; returns its id. */
export async function openPeriod(t: Harness, token: string, allianceId: string, periodKey: string, frequency: FrequencyName = 'QUARTERLY'): Promise<string> {
  const d = await t.ok(OPEN, { i: { allianceId, frequency, periodKey } }, { token });
  return d.openReportingPeriod.id;
}

/** Saves, submits and approves a value: the shortest way to an APPROVED measurement. */
export async function approvedValue(
  t: Harness,
  tokens: { reporter: string; backbone: string },
  input: Record<string, unknown> & { allianceId: string },
): Promise<{ id: string; version: number }> {
  const saved = (await t.ok(SAVE, { i: input }, { token: tokens.reporter })).saveMeasurement;
  const submitted = (await t.ok(SUBMIT, { i: { allianceId: input.allianceId, measurementId: saved.id, version: saved.version } }, { token: tokens.reporter }))
    .submitMeasurement;
  const approved = (
    await t.ok(APPROVE, { i: { allianceId: input.allianceId, measurementId: saved.id, version: submitted.version } }, { token: tokens.backbone })
  ).approveMeasurement;
  return { id: approved.id, version: approved.version };
}
