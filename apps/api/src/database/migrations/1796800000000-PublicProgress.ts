import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

/** The first argument of every progress_read policy: false at once (no per-row work) outside the public progress context. */
const IN_PAGE = `(SELECT gw_progress_alliance()) IS NOT NULL AND alliance_id = (SELECT gw_progress_alliance())`;
const CHOSEN_INDICATOR = (column: string) => `${column} = ANY ((SELECT gw_progress_indicators())::uuid[])`;

/** The tables the page reads and what of each the public context may see (SELECT only). */
const POLICIES: [table: string, using: string][] = [
  ['progress_pages', IN_PAGE],
  ['progress_page_goals', IN_PAGE],
  ['progress_page_indicators', IN_PAGE],
  ['alliances', `(SELECT gw_progress_alliance()) IS NOT NULL AND id = (SELECT gw_progress_alliance())`],
  ['goals', `${IN_PAGE} AND id = ANY ((SELECT gw_progress_goals())::uuid[])`],
  ['indicators', `${IN_PAGE} AND ${CHOSEN_INDICATOR('id')}`],
  ['targets', `${IN_PAGE} AND ${CHOSEN_INDICATOR('indicator_id')}`],
  ['measurements', `${IN_PAGE} AND status = 'APPROVED' AND ${CHOSEN_INDICATOR('indicator_id')}`],
  // Overlap declarations of the approved values shown (the roll-up counts shared people once); the sub-select runs under the measurements policy above.
  [
    'measurement_overlaps',
    `${IN_PAGE} AND EXISTS (SELECT 1 FROM measurements m WHERE m.alliance_id = measurement_overlaps.alliance_id AND m.id = measurement_overlaps.measurement_id)`,
  ],
  // The roll-up's completeness counts the active partners (expected reports): their membership rows, nothing else.
  ['memberships', `${IN_PAGE} AND role = 'PARTNER' AND state = 'ACTIVE'`],
  ['reporting_periods', IN_PAGE],
];

/**
 * The public progress page (issue 12, part 4).
 *
 * - `progress_pages` (address, published), `progress_page_goals`, `progress_page_indicators`:
 *   what the backbone chose to show. Tenant tables like any other; the slug is unique across the
 *   platform (the page's address), the one global key besides the portal's.
 * - The public read context, as the portal's (PortalPublicContext): `gw_enter_progress(slug)`
 *   sets the transaction-local `app.progress_slug`, finds the page under the `progress_by_slug`
 *   policy (exactly that slug, and only while published), then sets `app.progress_alliance_id`
 *   and the chosen goal and indicator ids. SECURITY INVOKER: the app role's rights under
 *   row-level security, no bypass. The `progress_read` policies are SELECT-only and admit the
 *   chosen goals and indicators, their targets, their APPROVED measurements (never drafts,
 *   submitted or rejected values) and what the roll-up arithmetic needs besides.
 * - Separate settings from the portal's (`app.public_alliance_id`), so a published progress page
 *   opens nothing of the portal and an open portal nothing of the indicators.
 */
export class PublicProgress1796800000000 implements MigrationInterface {
  name = 'PublicProgress1796800000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "progress_pages" ("alliance_id" uuid NOT NULL, "slug" text NOT NULL, "published" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_progress_pages_slug" UNIQUE ("slug"), CONSTRAINT "ck_progress_pages_slug" CHECK ("slug" ~ '^[a-z0-9][a-z0-9-]{1,62}$'), CONSTRAINT "PK_f4d3bd24092a65c8b723f77702e" PRIMARY KEY ("alliance_id"))`,
    );
    await q.query(
      `CREATE TABLE "progress_page_goals" ("alliance_id" uuid NOT NULL, "goal_id" uuid NOT NULL, CONSTRAINT "PK_a559a4b7313f8a55e2fed926c0c" PRIMARY KEY ("alliance_id", "goal_id"))`,
    );
    await q.query(
      `CREATE TABLE "progress_page_indicators" ("alliance_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_4a95fe0edb891d25e4af7f745e8" PRIMARY KEY ("alliance_id", "indicator_id"))`,
    );
    await q.query(
      `ALTER TABLE "progress_pages" ADD CONSTRAINT "FK_f4d3bd24092a65c8b723f77702e" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "progress_page_goals" ADD CONSTRAINT "FK_cbc8609d7b168845b12587bf477" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "progress_page_goals" ADD CONSTRAINT "FK_a559a4b7313f8a55e2fed926c0c" FOREIGN KEY ("alliance_id", "goal_id") REFERENCES "goals"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "progress_page_indicators" ADD CONSTRAINT "FK_113739f384234929a74690faf5e" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "progress_page_indicators" ADD CONSTRAINT "FK_4a95fe0edb891d25e4af7f745e8" FOREIGN KEY ("alliance_id", "indicator_id") REFERENCES "indicators"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const table of ['progress_pages', 'progress_page_goals', 'progress_page_indicators']) await enableTenantIsolation(q, table);

    await q.query(`CREATE FUNCTION gw_progress_alliance() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT nullif(current_setting('app.progress_alliance_id', true), '')::uuid $$`);
    await q.query(`CREATE FUNCTION gw_progress_indicators() RETURNS uuid[] LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT coalesce(nullif(current_setting('app.progress_indicator_ids', true), ''), '{}')::uuid[] $$`);
    await q.query(`CREATE FUNCTION gw_progress_goals() RETURNS uuid[] LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT coalesce(nullif(current_setting('app.progress_goal_ids', true), ''), '{}')::uuid[] $$`);
    await q.query(
      `CREATE POLICY progress_by_slug ON progress_pages FOR SELECT USING (published AND slug = (SELECT nullif(current_setting('app.progress_slug', true), '')))`,
    );
    for (const [table, using] of POLICIES) await q.query(`CREATE POLICY progress_read ON "${table}" FOR SELECT USING (${using})`);
    await q.query(`CREATE FUNCTION gw_enter_progress(p_slug text) RETURNS uuid
      LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $fn$
      DECLARE v_alliance uuid;
      BEGIN
        PERFORM set_config('app.progress_slug', coalesce(p_slug, ''), true);
        SELECT p.alliance_id INTO v_alliance FROM progress_pages p WHERE p.slug = p_slug AND p.published;
        PERFORM set_config('app.progress_slug', '', true);
        PERFORM set_config('app.progress_alliance_id', coalesce(v_alliance::text, ''), true);
        PERFORM set_config('app.progress_indicator_ids',
          coalesce((SELECT array_agg(i.indicator_id)::text FROM progress_page_indicators i WHERE i.alliance_id = v_alliance), '{}'), true);
        PERFORM set_config('app.progress_goal_ids',
          coalesce((SELECT array_agg(g.goal_id)::text FROM progress_page_goals g WHERE g.alliance_id = v_alliance), '{}'), true);
        RETURN v_alliance;
      END $fn$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_enter_progress(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_enter_progress(text) TO gemeinwerk_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION gw_enter_progress(text)`);
    for (const [table] of POLICIES) await q.query(`DROP POLICY IF EXISTS progress_read ON "${table}"`);
    await q.query(`DROP POLICY IF EXISTS progress_by_slug ON progress_pages`);
    await q.query(`DROP FUNCTION gw_progress_goals()`);
    await q.query(`DROP FUNCTION gw_progress_indicators()`);
    await q.query(`DROP FUNCTION gw_progress_alliance()`);
    for (const table of ['progress_page_indicators', 'progress_page_goals', 'progress_pages']) await disableTenantIsolation(q, table);
    await q.query(`ALTER TABLE "progress_page_indicators" DROP CONSTRAINT "FK_4a95fe0edb891d25e4af7f745e8"`);
    await q.query(`ALTER TABLE "progress_page_indicators" DROP CONSTRAINT "FK_113739f384234929a74690faf5e"`);
    await q.query(`ALTER TABLE "progress_page_goals" DROP CONSTRAINT "FK_a559a4b7313f8a55e2fed926c0c"`);
    await q.query(`ALTER TABLE "progress_page_goals" DROP CONSTRAINT "FK_cbc8609d7b168845b12587bf477"`);
    await q.query(`ALTER TABLE "progress_pages" DROP CONSTRAINT "FK_f4d3bd24092a65c8b723f77702e"`);
    await q.query(`DROP TABLE "progress_page_indicators"`);
    await q.query(`DROP TABLE "progress_page_goals"`);
    await q.query(`DROP TABLE "progress_pages"`);
  }
}
