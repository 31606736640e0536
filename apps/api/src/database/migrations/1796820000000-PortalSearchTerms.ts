import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

/**
 * Issue 13, the search bench at size L: the portal's search used neither of its indexes. Under
 * row-level security PostgreSQL uses a condition for an index scan only when its operator is
 * LEAKPROOF (or no policy applies); the full-text `@@` and the trigram `<%` are not, and only a
 * superuser may mark a function so. Every search therefore computed the German document and the
 * trigram similarity of all published offers (about 1 s for 10,000).
 *
 * `portal_offer_terms` holds per published offer its search terms in plain text: the lexemes of
 * `gw_offer_document` (kind `L`) and the trigrams of the lower-cased title (kind `T`). Text
 * equality is leakproof, so the primary key answers "which offers have these terms" under the same
 * policies. The search takes the candidates from here — a superset of the matches: an offer that
 * matches the query has one of its lexemes, and one similar enough to the title shares at least
 * that share of its trigrams — and then applies the unchanged `@@`/`<%` conditions to them only.
 * `portal_offer_documents` holds the German document itself, so that checking and ranking those
 * candidates reads it instead of computing it again (the description is most of the work).
 * A trigger keeps both in step with the offer's texts and status, whoever writes the row.
 */
export class PortalSearchTerms1796820000000 implements MigrationInterface {
  name = 'PortalSearchTerms1796820000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "portal_offer_terms" ("alliance_id" uuid NOT NULL, "kind" "char" NOT NULL, "term" text NOT NULL, "offer_id" uuid NOT NULL,
         CONSTRAINT "ck_portal_offer_terms_kind" CHECK (kind IN ('L', 'T')))`,
    );
    await q.query(`CREATE TABLE "portal_offer_documents" ("alliance_id" uuid NOT NULL, "offer_id" uuid NOT NULL, "document" tsvector NOT NULL)`);
    // The public portal reads the terms of its own alliance (the offers they lead to are read under portal_offers' own policy).

    await q.query(`CREATE FUNCTION gw_portal_offer_terms(p_title text, p_summary text, p_description text) RETURNS TABLE (kind "char", term text)
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT 'L'::"char", t FROM unnest(tsvector_to_array(gw_offer_document(p_title, p_summary, p_description))) t
         UNION SELECT 'T'::"char", t FROM unnest(show_trgm(lower(coalesce(p_title, '')))) t $$`);
    await q.query(`CREATE FUNCTION gw_portal_offer_terms_sync() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          DELETE FROM portal_offer_terms WHERE alliance_id = OLD.alliance_id AND offer_id = OLD.id;
          DELETE FROM portal_offer_documents WHERE alliance_id = OLD.alliance_id AND offer_id = OLD.id;
        END IF;
        IF NEW.status = 'PUBLISHED' THEN
          INSERT INTO portal_offer_terms (alliance_id, kind, term, offer_id)
          SELECT NEW.alliance_id, t.kind, t.term, NEW.id FROM gw_portal_offer_terms(NEW.title, NEW.summary, NEW.description) t;
          INSERT INTO portal_offer_documents (alliance_id, offer_id, document)
          VALUES (NEW.alliance_id, NEW.id, gw_offer_document(NEW.title, NEW.summary, NEW.description));
        END IF;
        RETURN NULL;
      END $fn$`);
    await q.query(
      `CREATE TRIGGER portal_offer_terms_sync AFTER INSERT OR UPDATE OF title, summary, description, status ON portal_offers
         FOR EACH ROW EXECUTE FUNCTION gw_portal_offer_terms_sync()`,
    );
    // The existing offers' terms first, the keys after (checked once for all rows, not per row):
    // about 75 rows per offer, which for 20,000 offers takes longer than the usual statement limit.
    // The owner reads every alliance's offers here (as migration Districts does), with the policies forced again after.
    await q.query(`SET LOCAL statement_timeout = 0`);
    await q.query(`ALTER TABLE "portal_offers" NO FORCE ROW LEVEL SECURITY`);
    await q.query(
      `INSERT INTO portal_offer_terms (alliance_id, kind, term, offer_id)
       SELECT o.alliance_id, t.kind, t.term, o.id FROM portal_offers o, gw_portal_offer_terms(o.title, o.summary, o.description) t WHERE o.status = 'PUBLISHED'`,
    );
    await q.query(
      `INSERT INTO portal_offer_documents (alliance_id, offer_id, document)
       SELECT o.alliance_id, o.id, gw_offer_document(o.title, o.summary, o.description) FROM portal_offers o WHERE o.status = 'PUBLISHED'`,
    );
    await q.query(`ALTER TABLE "portal_offers" FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE "portal_offer_documents" ADD CONSTRAINT "PK_portal_offer_documents" PRIMARY KEY ("alliance_id", "offer_id")`);
    await q.query(
      `ALTER TABLE "portal_offer_documents" ADD CONSTRAINT "FK_portal_offer_documents_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE`,
    );
    await q.query(
      `ALTER TABLE "portal_offer_documents" ADD CONSTRAINT "FK_portal_offer_documents_offer" FOREIGN KEY ("alliance_id", "offer_id") REFERENCES "portal_offers"("alliance_id", "id") ON DELETE CASCADE`,
    );
    await q.query(`ALTER TABLE "portal_offer_terms" ADD CONSTRAINT "PK_portal_offer_terms" PRIMARY KEY ("alliance_id", "kind", "term", "offer_id")`);
    await q.query(`CREATE INDEX "ix_portal_offer_terms_offer" ON "portal_offer_terms" ("alliance_id", "offer_id")`);
    await q.query(
      `ALTER TABLE "portal_offer_terms" ADD CONSTRAINT "FK_portal_offer_terms_alliance" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE`,
    );
    await q.query(
      `ALTER TABLE "portal_offer_terms" ADD CONSTRAINT "FK_portal_offer_terms_offer" FOREIGN KEY ("alliance_id", "offer_id") REFERENCES "portal_offers"("alliance_id", "id") ON DELETE CASCADE`,
    );
    for (const table of ['portal_offer_terms', 'portal_offer_documents']) {
      await enableTenantIsolation(q, table);
      // The public portal reads its own alliance's (the offers they lead to are read under portal_offers' own policy).
      await q.query(`CREATE POLICY public_read ON "${table}" FOR SELECT USING (alliance_id = (SELECT gw_public_alliance()))`);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER portal_offer_terms_sync ON portal_offers`);
    await q.query(`DROP FUNCTION gw_portal_offer_terms_sync()`);
    await q.query(`DROP FUNCTION gw_portal_offer_terms(text, text, text)`);
    for (const table of ['portal_offer_documents', 'portal_offer_terms']) {
      await q.query(`DROP POLICY IF EXISTS public_read ON "${table}"`);
      await disableTenantIsolation(q, table);
      await q.query(`DROP TABLE "${table}"`);
    }
  }
}
