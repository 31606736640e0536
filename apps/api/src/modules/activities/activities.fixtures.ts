import { randomUUID } from 'node:crypto';

/**
 * Test fixtures: goals and indicators written directly as the database owner, because their own
 * GraphQL modules live elsewhere. `sql` is TestApp.sql (structurally typed so this file does not
 * pull the test harness into the build).
 */
type Sql = (text: string, params?: unknown[]) => Promise<unknown[]>;

export async function insertGoal(
  sql: Sql,
  allianceId: string,
  g: { title: string; status?: 'PLANNED' | 'ACTIVE' | 'ACHIEVED' | 'DROPPED'; parentId?: string; position?: number },
): Promise<string> {
  const id = randomUUID();
  await sql(`INSERT INTO goals (alliance_id, id, parent_id, title, status, position) VALUES ($1, $2, $3, $4, $5, $6)`, [
    allianceId,
    id,
    g.parentId ?? null,
    g.title,
    g.status ?? 'ACTIVE',
    g.position ?? 0,
  ]);
  return id;
}

/** The alliance's district list, as the backbone would keep it (createDistrict). */
export async function insertDistricts(sql: Sql, allianceId: string, names: string[]): Promise<Record<string, string>> {
  const ids: Record<string, string> = {};
  for (const name of names) {
    ids[name] = randomUUID();
    await sql(`INSERT INTO districts (alliance_id, id, name) VALUES ($1, $2, $3)`, [allianceId, ids[name], name]);
  }
  return ids;
}

export async function insertIndicator(sql: Sql, allianceId: string, name: string): Promise<string> {
  const id = randomUUID();
  await sql(
    `INSERT INTO indicators (alliance_id, id, name, direction, aggregation, frequency, rba_kind) VALUES ($1, $2, $3, 'INCREASE', 'SUM', 'QUARTERLY', 'HOW_MUCH')`,
    [allianceId, id, name],
  );
  return id;
}

export const ACTIVITY_FIELDS = `id membershipId organisation { id name } title description goals { id title } indicators { id name }
  targetGroups districtId district place latitude longitude periodStart periodEnd status resources budgetEur staffHoursPerMonth version createdAt updatedAt`;

export const CREATE = `mutation($i: CreateActivityInput!) { createActivity(input: $i) { ${ACTIVITY_FIELDS} } }`;
export const UPDATE = `mutation($i: UpdateActivityInput!) { updateActivity(input: $i) { ${ACTIVITY_FIELDS} } }`;
export const STATUS = `mutation($i: ChangeActivityStatusInput!) { changeActivityStatus(input: $i) { id status version } }`;
export const DELETE = `mutation($i: DeleteActivityInput!) { deleteActivity(input: $i) }`;
export const ONE = `query($a: ID!, $id: ID!) { activity(allianceId: $a, activityId: $id) { ${ACTIVITY_FIELDS} } }`;
export const LIST = `query($a: ID!, $f: ActivityFilter, $p: PageInput) {
  activities(allianceId: $a, filter: $f, page: $p) { totalCount pageInfo { endCursor hasNextPage } nodes { id title status version } } }`;
export const MAP = `query($a: ID!, $d: String) { activityMap(allianceId: $a, asOf: $d) {
  asOf goals { id title parentId } members { membershipId organisation { name } }
  cells { goalId membershipId activityCount runningCount } gaps { goalId goalTitle }
  overlaps { goalId goalTitle targetGroup districtId district activities { id title organisation { name } periodStart periodEnd } } } }`;
