import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

/**
 * The public side of the Chancenportal (issue 13): what a visitor without a login may read.
 *
 * - `portal_public_settings`: the portal's address (`slug`), map style/tile URL and the origins
 *   that may frame its embed view. A tenant table like any other.
 * - The public read context: `gw_enter_portal(slug)` sets the transaction-local `app.portal_slug`,
 *   finds the portal under the `portal_by_slug` policy (exactly that slug, nothing else), and sets
 *   `app.public_alliance_id` to its alliance when its portal is enabled; `gw_public_alliance()`
 *   reads it back. SECURITY INVOKER: the app role's rights under row-level security, no bypass.
 *   The `public_read` policies are SELECT-only (the public context can never write) and admit only
 *   what is published: an offer whose published version is current (status PUBLISHED, not hidden,
 *   confirmed within the portal's hide_months), never a revision, the providers of such offers,
 *   the districts and the portal's own settings.
 * - Search: `gw_offer_document` (German full-text, weighted title > summary > description) and a
 *   trigram index on the lower-cased title for typos (`pg_trgm`: a trusted extension since
 *   PostgreSQL 13, so the database owner may create it; the embedded PostgreSQL 18 ships it). Both
 *   are expression indexes over the published rows only.
 */
export class PortalPublicContext1796780000000 implements MigrationInterface {
  name = 'PortalPublicContext1796780000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(
      `CREATE TABLE "portal_public_settings" ("alliance_id" uuid NOT NULL, "slug" text NOT NULL, "map_style_url" text, "tile_url" text, "embed_origins" text array NOT NULL DEFAULT '{}', "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_portal_public_settings_slug" UNIQUE ("slug"), CONSTRAINT "ck_portal_public_settings_slug" CHECK ("slug" ~ '^[a-z0-9][a-z0-9-]{1,62}$'), CONSTRAINT "PK_4e4895aea7e587cf780cc564ce9" PRIMARY KEY ("alliance_id"))`,
    );
    await q.query(
      `ALTER TABLE "portal_public_settings" ADD CONSTRAINT "FK_4e4895aea7e587cf780cc564ce9" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await enableTenantIsolation(q, 'portal_public_settings');

    await q.query(`CREATE FUNCTION gw_public_alliance() RETURNS uuid LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT nullif(current_setting('app.public_alliance_id', true), '')::uuid $$`);
    await q.query(
      `CREATE POLICY portal_by_slug ON portal_public_settings FOR SELECT USING (slug = (SELECT nullif(current_setting('app.portal_slug', true), '')))`,
    );
    await q.query(`CREATE POLICY public_read ON portal_public_settings FOR SELECT USING (alliance_id = (SELECT gw_public_alliance()))`);
    await q.query(`CREATE POLICY public_read ON portal_settings FOR SELECT USING (enabled AND alliance_id = (SELECT gw_public_alliance()))`);
    await q.query(`CREATE POLICY public_read ON districts FOR SELECT USING (alliance_id = (SELECT gw_public_alliance()))`);
    await q.query(
      `CREATE POLICY public_read ON portal_offers FOR SELECT USING (
         alliance_id = (SELECT gw_public_alliance())
         AND status = 'PUBLISHED' AND published_at IS NOT NULL AND stale_hidden_at IS NULL
         AND coalesce(confirmed_at, published_at) > now() - make_interval(months => (SELECT coalesce(max(s.hide_months), 12)::int FROM portal_settings s WHERE s.alliance_id = (SELECT gw_public_alliance())))
       )`,
    );
    await q.query(
      `CREATE POLICY public_read ON portal_providers FOR SELECT USING (
         alliance_id = (SELECT gw_public_alliance())
         AND EXISTS (SELECT 1 FROM portal_offers o WHERE o.alliance_id = portal_providers.alliance_id AND o.provider_id = portal_providers.id)
       )`,
    );
    await q.query(`CREATE FUNCTION gw_enter_portal(p_slug text) RETURNS uuid
      LANGUAGE plpgsql VOLATILE SECURITY INVOKER AS $fn$
      DECLARE v_alliance uuid;
      BEGIN
        PERFORM set_config('app.portal_slug', coalesce(p_slug, ''), true);
        SELECT p.alliance_id INTO v_alliance FROM portal_public_settings p WHERE p.slug = p_slug;
        PERFORM set_config('app.public_alliance_id', coalesce(v_alliance::text, ''), true);
        IF v_alliance IS NOT NULL AND NOT EXISTS (SELECT 1 FROM portal_settings s WHERE s.alliance_id = v_alliance AND s.enabled) THEN
          PERFORM set_config('app.public_alliance_id', '', true);
          v_alliance := NULL;
        END IF;
        PERFORM set_config('app.portal_slug', '', true);
        RETURN v_alliance;
      END $fn$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_enter_portal(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_enter_portal(text) TO gemeinwerk_app`);

    await q.query(`CREATE FUNCTION gw_offer_document(p_title text, p_summary text, p_description text) RETURNS tsvector
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT setweight(to_tsvector('german'::regconfig, coalesce(p_title, '')), 'A')
             || setweight(to_tsvector('german'::regconfig, coalesce(p_summary, '')), 'B')
             || setweight(to_tsvector('german'::regconfig, coalesce(p_description, '')), 'C') $$`);
    await q.query(
      `CREATE INDEX "ix_portal_offers_document" ON "portal_offers" USING gin (gw_offer_document("title", "summary", "description")) WHERE status = 'PUBLISHED'`,
    );
    await q.query(`CREATE INDEX "ix_portal_offers_title_trgm" ON "portal_offers" USING gin (lower("title") gin_trgm_ops) WHERE status = 'PUBLISHED'`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "ix_portal_offers_title_trgm"`);
    await q.query(`DROP INDEX "ix_portal_offers_document"`);
    await q.query(`DROP FUNCTION gw_offer_document(text, text, text)`);
    await q.query(`DROP FUNCTION gw_enter_portal(text)`);
    for (const table of ['portal_providers', 'portal_offers', 'districts', 'portal_settings', 'portal_public_settings']) {
      await q.query(`DROP POLICY IF EXISTS public_read ON "${table}"`);
    }
    await q.query(`DROP POLICY IF EXISTS portal_by_slug ON portal_public_settings`);
    await disableTenantIsolation(q, 'portal_public_settings');
    await q.query(`ALTER TABLE "portal_public_settings" DROP CONSTRAINT "FK_4e4895aea7e587cf780cc564ce9"`);
    await q.query(`DROP TABLE "portal_public_settings"`);
    await q.query(`DROP FUNCTION gw_public_alliance()`);
  }
}
