/**
 * The alliance archive: everything one alliance owns, as plain JSON, so it can leave one
 * installation and enter another. Shared by the GraphQL export (app role, under row-level
 * security) and the owner CLIs (export and import), which only differ in how they run SQL.
 *
 * Personal data kept to the minimum that makes the archive usable: users referenced by the
 * alliance's rows appear as { id, name, email } only — no password hash, no sessions, no locale.
 * Organisations referenced by memberships appear whole (they are public bodies of civil society).
 */
export const ARCHIVE_FORMAT = 'gemeinwerk.alliance-archive';
export const ARCHIVE_VERSION = 1;

export type Row = Record<string, unknown>;
export type Query = <T = Row>(sql: string, params?: unknown[]) => Promise<T[]>;

export interface AllianceArchive {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  exportedAt: string;
  alliance: Row;
  organisations: Row[];
  users: { id: string; name: string; email: string }[];
  userOrganisations: { user_id: string; organisation_id: string }[];
  /** Every tenant table (has alliance_id), in an order in which inserting them satisfies all foreign keys. */
  tables: { name: string; rows: Row[] }[];
}

/**
 * Tenant tables that stay with their installation: an API token is access to this installation
 * (its hash would keep working wherever the archive is imported), so tokens are not exported;
 * the receiving backbone creates new ones. Notifications are each person's inbox (the backbone
 * exporting may read only its own), not the alliance's record: the audit trail carries what
 * happened.
 */
const NOT_ARCHIVED = ['alliances', 'api_tokens', 'notifications'];

/** Tables with an alliance_id column, parents before children (foreign keys between them). */
export async function tenantTablesInOrder(query: Query): Promise<string[]> {
  const tables = (
    await query<{ name: string }>(
      `SELECT c.table_name AS name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND c.column_name = 'alliance_id' AND t.table_type = 'BASE TABLE' AND c.table_name <> ALL($1::text[])
        ORDER BY 1`,
      [NOT_ARCHIVED],
    )
  ).map((r) => r.name);
  const edges = await query<{ child: string; parent: string }>(
    `SELECT DISTINCT cl.relname AS child, pl.relname AS parent FROM pg_constraint k
       JOIN pg_class cl ON cl.oid = k.conrelid JOIN pg_class pl ON pl.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = cl.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND cl.oid <> pl.oid`,
  );
  const ordered: string[] = [];
  const pending = new Set(tables);
  while (pending.size) {
    // Alphabetical among the ready ones, so the order (and the archive) is deterministic.
    const ready = [...pending].filter((t) => !edges.some((e) => e.child === t && pending.has(e.parent)));
    if (!ready.length) throw new Error(`Foreign keys form a cycle among: ${[...pending].join(', ')}`);
    ready.sort().forEach((t) => (ordered.push(t), pending.delete(t)));
  }
  return ordered;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Per table, the row as JSON with numeric columns as strings: a JSON number would pass through a
 * double and lose digits (and scale); as text the value is restored exactly by jsonb_populate_recordset.
 */
async function rowJsonByTable(query: Query): Promise<(table: string) => string> {
  const numeric = await query<{ table: string; columns: string[] }>(
    `SELECT table_name AS table, array_agg(column_name::text ORDER BY column_name) AS columns FROM information_schema.columns
      WHERE table_schema = 'public' AND data_type = 'numeric' GROUP BY table_name`,
  );
  const byTable = new Map(numeric.map((n) => [n.table, n.columns]));
  return (table) => {
    const columns = byTable.get(table);
    if (!columns) return 'to_jsonb(t)';
    return `to_jsonb(t) || jsonb_build_object(${columns.map((c) => `'${c.replace(/'/g, "''")}', t.${ident(c)}::text`).join(', ')})`;
  };
}

/** Reads the archive of one alliance; `query` must be able to see that alliance's rows. */
export async function buildArchive(query: Query, allianceId: string, now = new Date()): Promise<AllianceArchive> {
  const rowJson = await rowJsonByTable(query);
  const [alliance] = await query(`SELECT ${rowJson('alliances')} AS row FROM alliances t WHERE id = $1`, [allianceId]);
  if (!alliance) throw new Error(`No alliance ${allianceId}`);
  const tables: AllianceArchive['tables'] = [];
  for (const name of await tenantTablesInOrder(query)) {
    // Sorted by the row's text form: a stable order that does not depend on how rows were written.
    const rows = await query<{ row: Row }>(`SELECT ${rowJson(name)} AS row FROM ${ident(name)} t WHERE alliance_id = $1 ORDER BY t::text`, [allianceId]);
    tables.push({ name, rows: rows.map((r) => r.row) });
  }
  // Every user and organisation the alliance's rows point at: columns named *user_id / organisation_id.
  const userIds = new Set<string>();
  const organisationIds = new Set<string>();
  const allianceRow = (alliance as { row: Row }).row;
  for (const row of [allianceRow, ...tables.flatMap((tb) => tb.rows)]) {
    for (const [k, v] of Object.entries(row)) {
      if (typeof v !== 'string') continue;
      if (k === 'user_id' || k.endsWith('_user_id')) userIds.add(v);
      if (k === 'organisation_id' || k.endsWith('_organisation_id')) organisationIds.add(v);
    }
  }
  const organisations = (
    await query<{ row: Row }>(`SELECT to_jsonb(o) AS row FROM organisations o WHERE id = ANY($1::uuid[]) ORDER BY id`, [[...organisationIds]])
  ).map((r) => r.row);
  const users = await query<{ id: string; name: string; email: string }>(`SELECT id, name, email FROM users WHERE id = ANY($1::uuid[]) ORDER BY id`, [
    [...userIds],
  ]);
  const userOrganisations = await query<{ user_id: string; organisation_id: string }>(
    `SELECT user_id, organisation_id FROM user_organisations WHERE user_id = ANY($1::uuid[]) AND organisation_id = ANY($2::uuid[]) ORDER BY 1, 2`,
    [[...userIds], [...organisationIds]],
  );
  return {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_VERSION,
    exportedAt: now.toISOString(),
    alliance: allianceRow,
    organisations,
    users,
    userOrganisations,
    tables,
  };
}

/**
 * Writes an archive into a database as its owner, in one transaction: organisations and users
 * are created when their id is missing (users get no usable password — they reset it or accept a
 * new invitation), then the alliance and every table under `app.alliance_id`. An alliance that
 * already exists is refused rather than merged.
 */
export async function importArchive(query: Query, archive: AllianceArchive): Promise<{ tables: number; rows: number }> {
  if (archive.format !== ARCHIVE_FORMAT || archive.formatVersion !== ARCHIVE_VERSION) {
    throw new Error(`Not an alliance archive of format version ${ARCHIVE_VERSION}`);
  }
  const allianceId = String(archive.alliance.id);
  if ((await query(`SELECT 1 FROM alliances WHERE id = $1`, [allianceId])).length) throw new Error(`Alliance ${allianceId} exists already`);
  const insert = (table: string, rows: unknown[], conflict = '') =>
    query(`INSERT INTO ${ident(table)} SELECT * FROM jsonb_populate_recordset(NULL::${ident(table)}, $1::jsonb) ${conflict}`, [JSON.stringify(rows)]);
  await insert('organisations', archive.organisations, 'ON CONFLICT (id) DO NOTHING');
  // '!' is no valid argon2 hash: the account exists but nobody can log in until a reset.
  await query(
    `INSERT INTO users (id, name, email, password_hash) SELECT id, name, email, '!' FROM jsonb_to_recordset($1::jsonb) AS u(id uuid, name text, email text)
     ON CONFLICT (id) DO NOTHING`,
    [JSON.stringify(archive.users)],
  );
  await query(
    `INSERT INTO user_organisations (user_id, organisation_id) SELECT user_id, organisation_id FROM jsonb_to_recordset($1::jsonb) AS l(user_id uuid, organisation_id uuid)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(archive.userOrganisations)],
  );
  await query(`SELECT set_config('app.alliance_id', $1, true)`, [allianceId]);
  await insert('alliances', [archive.alliance]);
  let rows = 0;
  for (const table of archive.tables) {
    if (table.rows.some((r) => r.alliance_id !== allianceId)) throw new Error(`${table.name}: a row of another alliance`);
    if (table.rows.length) await insert(table.name, table.rows);
    rows += table.rows.length;
  }
  return { tables: archive.tables.length, rows };
}
