/** SQL fragments shared by the communication repositories. */

export const orgJson = (o: string) => `json_build_object('id', ${o}.id, 'name', ${o}.name, 'kind', ${o}.kind, 'city', ${o}.city)`;

/** A LogMember object from a memberships alias and its organisations alias. */
export const memberJson = (m: string, o: string) => `json_build_object('membershipId', ${m}.id, 'role', ${m}.role, 'organisation', ${orgJson(o)})`;

/** A LogPerson object (or NULL) from a LEFT JOINed users alias. */
export const personJson = (u: string) => `CASE WHEN ${u}.id IS NULL THEN NULL ELSE json_build_object('id', ${u}.id, 'name', ${u}.name) END`;

/** Joins a membership alias `m` and its organisation `o` on `<alias>.<column>` (same alliance). */
export const joinMember = (alias: string, column: string, m: string, o: string) =>
  `JOIN memberships ${m} ON ${m}.alliance_id = ${alias}.alliance_id AND ${m}.id = ${alias}.${column}
   JOIN organisations ${o} ON ${o}.id = ${m}.organisation_id`;

/** Ids of `ids` that exist in a tenant table of this alliance (foreign ids find nothing under row-level security). */
export const existingIdsSql = (table: 'memberships' | 'goals' | 'indicators') => `SELECT id FROM ${table} WHERE alliance_id = $1 AND id = ANY($2::uuid[])`;
