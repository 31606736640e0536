import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

const TABLES = ['participation_items', 'participation_history', 'participation_supports', 'participation_abuse', 'participation_indicator_sources'];

/**
 * Co-production (issue 16): citizens' reports and feedback on the public Chancenportal.
 *
 * Five tenant tables with the usual tenant isolation. The public portal context
 * (`gw_enter_portal`, migration PortalPublicContext) gets, besides SELECT on what is approved:
 * - INSERT of new items (only PENDING, without any moderation result), their first history entry
 *   (RECEIVED), a support and an abuse report — all inside the portal's own alliance;
 * - SELECT and UPDATE of exactly one item whose follow or confirmation token's digest the request
 *   named (`app.participation_token`, transaction-local), for "follow my report" and the e-mail
 *   confirmation before approval;
 * - UPDATE of an approved item only into `moderation = 'PENDING'` (an abuse report sends it back
 *   to the queue; it cannot publish anything).
 * A public request can never make anything public: publication needs the workspace context.
 */
export class Participation1796850000000 implements MigrationInterface {
  name = 'Participation1796850000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "participation_items" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "kind" character varying(10) NOT NULL, "offer_id" uuid, "category" character varying(20), "target_group" text, "district_id" uuid, "address" text, "lat" numeric(9,6), "lng" numeric(9,6), "text" text NOT NULL, "rating" smallint, "author_label" text, "locale" character varying(2) NOT NULL DEFAULT 'de', "moderation" character varying(10) NOT NULL DEFAULT 'PENDING', "moderation_reason" text, "approved_at" TIMESTAMP WITH TIME ZONE, "status" character varying(10), "status_reason" text, "public_answer" text, "answered_by_name" text, "answered_at" TIMESTAMP WITH TIME ZONE, "changed_text" text, "changed_at" TIMESTAMP WITH TIME ZONE, "forwarded_membership_id" uuid, "forward_note" text, "forwarded_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "merged_into_id" uuid, "merged_supports" integer NOT NULL DEFAULT '0', "abuse_reports" integer NOT NULL DEFAULT '0', "email" text, "email_confirmed_at" TIMESTAMP WITH TIME ZONE, "contact_erased_at" TIMESTAMP WITH TIME ZONE, "confirm_token_hash" character varying(64), "follow_token_hash" character varying(64) NOT NULL, "photo" bytea, "photo_mime" character varying(20), "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_participation_items_rating" CHECK (rating IS NULL OR rating BETWEEN 1 AND 5), CONSTRAINT "chk_participation_items_status" CHECK (status IS NULL OR status IN ('RECEIVED', 'IN_REVIEW', 'FORWARDED', 'RESOLVED', 'DECLINED')), CONSTRAINT "chk_participation_items_moderation" CHECK (moderation IN ('PENDING', 'APPROVED', 'REJECTED', 'MERGED')), CONSTRAINT "chk_participation_items_kind" CHECK (kind IN ('REPORT', 'FEEDBACK')), CONSTRAINT "PK_bd1dd1be4add0dace6e0f246953" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE UNIQUE INDEX "uq_participation_items_follow" ON "participation_items" ("alliance_id", "follow_token_hash") `);
    await q.query(`CREATE INDEX "ix_participation_items_offer" ON "participation_items" ("alliance_id", "offer_id") `);
    await q.query(`CREATE INDEX "ix_participation_items_queue" ON "participation_items" ("alliance_id", "moderation", "created_at") `);
    await q.query(
      `CREATE TABLE "participation_history" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "item_id" uuid NOT NULL, "status" character varying(10) NOT NULL, "reason" text, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b7254eaab677d64f8851037e0b9" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_participation_history_item" ON "participation_history" ("alliance_id", "item_id", "at") `);
    await q.query(
      `CREATE TABLE "participation_supports" ("alliance_id" uuid NOT NULL, "item_id" uuid NOT NULL, "voter_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8df0f43b972b856a3b5532cd2" PRIMARY KEY ("alliance_id", "item_id", "voter_hash"))`,
    );
    await q.query(
      `CREATE TABLE "participation_abuse" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "item_id" uuid NOT NULL, "item_type" character varying(10) NOT NULL, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "chk_participation_abuse_type" CHECK (item_type IN ('FEEDBACK', 'REPORT', 'ANSWER')), CONSTRAINT "PK_689f8ceb9843e9cf5d0f1f69ddf" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(
      `CREATE TABLE "participation_indicator_sources" ("alliance_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "kind" character varying(10) NOT NULL DEFAULT 'REPORT', "category" character varying(20), "within_days" smallint, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "chk_participation_indicator_sources_days" CHECK (within_days IS NULL OR within_days BETWEEN 1 AND 3650), CONSTRAINT "chk_participation_indicator_sources_kind" CHECK (kind IN ('REPORT', 'FEEDBACK')), CONSTRAINT "PK_1e96a0c286289088e9270921c21" PRIMARY KEY ("alliance_id", "indicator_id"))`,
    );
    await q.query(
      `ALTER TABLE "participation_items" ADD CONSTRAINT "FK_4accd1e53cfd805a0d61b30312d" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participation_items" ADD CONSTRAINT "FK_58502cbe4a9f6fbcf226ceab8c6" FOREIGN KEY ("alliance_id", "offer_id") REFERENCES "portal_offers"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participation_items" ADD CONSTRAINT "FK_d2fb3339fa97ab597d6344d7b1e" FOREIGN KEY ("alliance_id", "district_id") REFERENCES "districts"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participation_items" ADD CONSTRAINT "FK_69bd9d48677f49cf5e973983a9b" FOREIGN KEY ("alliance_id", "forwarded_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participation_history" ADD CONSTRAINT "FK_d454cffa52f5d71e1fe485c622b" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participation_history" ADD CONSTRAINT "FK_81c3b146d9e4c761a58b12ce28b" FOREIGN KEY ("alliance_id", "item_id") REFERENCES "participation_items"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participation_supports" ADD CONSTRAINT "FK_c63569be925b8544ffd80544693" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participation_supports" ADD CONSTRAINT "FK_44f576e3c55d1dc61444f5bbb96" FOREIGN KEY ("alliance_id", "item_id") REFERENCES "participation_items"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participation_abuse" ADD CONSTRAINT "FK_e757f181c0c3113aefc5d1e02ae" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participation_abuse" ADD CONSTRAINT "FK_a9f09197cb15777425ad718cc75" FOREIGN KEY ("alliance_id", "item_id") REFERENCES "participation_items"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participation_indicator_sources" ADD CONSTRAINT "FK_0109218369bb5da1859658f4307" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "participation_indicator_sources" ADD CONSTRAINT "FK_1e96a0c286289088e9270921c21" FOREIGN KEY ("alliance_id", "indicator_id") REFERENCES "indicators"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const table of TABLES) await enableTenantIsolation(q, table);

    const pub = `alliance_id = (SELECT gw_public_alliance())`;
    const token = `(SELECT nullif(current_setting('app.participation_token', true), ''))`;
    await q.query(`CREATE POLICY public_read ON participation_items FOR SELECT USING (${pub} AND moderation = 'APPROVED')`);
    await q.query(
      `CREATE POLICY public_token_read ON participation_items FOR SELECT USING (${pub} AND (follow_token_hash = ${token} OR confirm_token_hash = ${token}))`,
    );
    await q.query(
      `CREATE POLICY public_insert ON participation_items FOR INSERT WITH CHECK (${pub} AND moderation = 'PENDING' AND approved_at IS NULL AND public_answer IS NULL AND forwarded_membership_id IS NULL AND merged_into_id IS NULL AND merged_supports = 0 AND abuse_reports = 0 AND email_confirmed_at IS NULL AND (status IS NULL OR status = 'RECEIVED'))`,
    );
    await q.query(
      `CREATE POLICY public_confirm ON participation_items FOR UPDATE USING (${pub} AND confirm_token_hash = ${token}) WITH CHECK (${pub} AND confirm_token_hash = ${token})`,
    );
    await q.query(
      `CREATE POLICY public_requeue ON participation_items FOR UPDATE USING (${pub} AND moderation = 'APPROVED') WITH CHECK (${pub} AND moderation = 'PENDING')`,
    );
    await q.query(
      `CREATE POLICY public_read ON participation_history FOR SELECT USING (${pub} AND EXISTS (SELECT 1 FROM participation_items i WHERE i.alliance_id = participation_history.alliance_id AND i.id = participation_history.item_id))`,
    );
    await q.query(`CREATE POLICY public_insert ON participation_history FOR INSERT WITH CHECK (${pub} AND status IN ('RECEIVED', 'IN_REVIEW'))`);
    await q.query(`CREATE POLICY public_read ON participation_supports FOR SELECT USING (${pub})`);
    await q.query(
      `CREATE POLICY public_insert ON participation_supports FOR INSERT WITH CHECK (${pub} AND EXISTS (SELECT 1 FROM participation_items i WHERE i.alliance_id = participation_supports.alliance_id AND i.id = participation_supports.item_id AND i.kind = 'REPORT' AND i.moderation = 'APPROVED'))`,
    );
    await q.query(`CREATE POLICY public_insert ON participation_abuse FOR INSERT WITH CHECK (${pub})`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const policy of ['public_read', 'public_token_read', 'public_insert', 'public_confirm', 'public_requeue']) {
      await q.query(`DROP POLICY IF EXISTS ${policy} ON participation_items`);
    }
    for (const table of ['participation_history', 'participation_supports', 'participation_abuse']) {
      await q.query(`DROP POLICY IF EXISTS public_read ON ${table}`);
      await q.query(`DROP POLICY IF EXISTS public_insert ON ${table}`);
    }
    for (const table of TABLES) await disableTenantIsolation(q, table);
    await q.query(`ALTER TABLE "participation_indicator_sources" DROP CONSTRAINT "FK_1e96a0c286289088e9270921c21"`);
    await q.query(`ALTER TABLE "participation_indicator_sources" DROP CONSTRAINT "FK_0109218369bb5da1859658f4307"`);
    await q.query(`ALTER TABLE "participation_abuse" DROP CONSTRAINT "FK_a9f09197cb15777425ad718cc75"`);
    await q.query(`ALTER TABLE "participation_abuse" DROP CONSTRAINT "FK_e757f181c0c3113aefc5d1e02ae"`);
    await q.query(`ALTER TABLE "participation_supports" DROP CONSTRAINT "FK_44f576e3c55d1dc61444f5bbb96"`);
    await q.query(`ALTER TABLE "participation_supports" DROP CONSTRAINT "FK_c63569be925b8544ffd80544693"`);
    await q.query(`ALTER TABLE "participation_history" DROP CONSTRAINT "FK_81c3b146d9e4c761a58b12ce28b"`);
    await q.query(`ALTER TABLE "participation_history" DROP CONSTRAINT "FK_d454cffa52f5d71e1fe485c622b"`);
    await q.query(`ALTER TABLE "participation_items" DROP CONSTRAINT "FK_69bd9d48677f49cf5e973983a9b"`);
    await q.query(`ALTER TABLE "participation_items" DROP CONSTRAINT "FK_d2fb3339fa97ab597d6344d7b1e"`);
    await q.query(`ALTER TABLE "participation_items" DROP CONSTRAINT "FK_58502cbe4a9f6fbcf226ceab8c6"`);
    await q.query(`ALTER TABLE "participation_items" DROP CONSTRAINT "FK_4accd1e53cfd805a0d61b30312d"`);
    await q.query(`DROP TABLE "participation_indicator_sources"`);
    await q.query(`DROP TABLE "participation_abuse"`);
    await q.query(`DROP TABLE "participation_supports"`);
    await q.query(`DROP INDEX "public"."ix_participation_history_item"`);
    await q.query(`DROP TABLE "participation_history"`);
    await q.query(`DROP INDEX "public"."ix_participation_items_queue"`);
    await q.query(`DROP INDEX "public"."ix_participation_items_offer"`);
    await q.query(`DROP INDEX "public"."uq_participation_items_follow"`);
    await q.query(`DROP TABLE "participation_items"`);
  }
}
