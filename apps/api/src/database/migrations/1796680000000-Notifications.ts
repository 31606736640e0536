import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

/**
 * Notifications (issue 11, item 5): in-app notices, e-mail preferences and settings, the
 * unsubscribe header of the outbox, and the scheduler's list of alliances.
 *
 * `notifications` is a tenant table (alliance_id first in the key, the two tenant policies) with
 * restrictive policies on top: whatever alliances a transaction may read, it sees and marks only
 * the notices of its own user (`app.user_id`) — except the scheduler's, which sees the notices of
 * the alliance it entered so that its dedup key can work (ON CONFLICT). Adding a notice for someone else stays allowed
 * (the tenant write policy applies): a backbone's request notifies the partner's people.
 *
 * `notification_preferences` and `notification_settings` are platform-wide and, like `users`,
 * without row-level security: they belong to a person across alliances, and the transaction that
 * notifies someone — another person's request, or the scheduler — must read that person's choice.
 *
 * `gw_scheduled_alliances()` lists the alliances for the daily and weekly jobs, only in a
 * transaction that declares itself the scheduler's (`app.scheduler`, set only by
 * NotificationScheduler). The jobs then enter each alliance like a request does
 * (`app.alliance_id`); no bypass of the tenant policies.
 */

export class Notifications1796680000000 implements MigrationInterface {
  name = 'Notifications1796680000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "notifications" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" uuid, "params" jsonb NOT NULL DEFAULT '{}', "link" text NOT NULL, "dedup_key" text, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_notifications_dedup" UNIQUE ("alliance_id", "user_id", "dedup_key"), CONSTRAINT "PK_a7cb5b5c5ca63b35c9450d11d9c" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_notifications_user" ON "notifications" ("user_id", "created_at") `);
    await q.query(
      `CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "email" boolean NOT NULL, CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))`,
    );
    await q.query(
      `CREATE TABLE "notification_settings" ("user_id" uuid NOT NULL, "report_due_days" smallint NOT NULL DEFAULT '3', "calendar_token_hash" character(64), "calendar_token_created_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_a9af0ae74ff00fdb37ff43f620b" UNIQUE ("calendar_token_hash"), CONSTRAINT "PK_91a7ffebe8b406c4470845d4781" PRIMARY KEY ("user_id"))`,
    );
    await q.query(`ALTER TABLE "mail_outbox" ADD "list_unsubscribe" text`);
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_a03925c5703d95a4e9d5366a8a1" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "notification_settings" ADD CONSTRAINT "FK_91a7ffebe8b406c4470845d4781" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await enableTenantIsolation(q, 'notifications');
    // The scheduler's transactions (app.scheduler, set only by NotificationScheduler) add notices
    // with ON CONFLICT DO NOTHING on the dedup key, which PostgreSQL checks against the SELECT
    // policies: they may see the notices of the one alliance they entered.
    await q.query(`CREATE POLICY own_notifications_select ON notifications AS RESTRICTIVE FOR SELECT
      USING (user_id = (SELECT gw_current_user()) OR (SELECT coalesce(current_setting('app.scheduler', true) = 'on', false)))`);
    for (const cmd of ['UPDATE', 'DELETE']) {
      await q.query(
        `CREATE POLICY own_notifications_${cmd.toLowerCase()} ON notifications AS RESTRICTIVE FOR ${cmd} USING (user_id = (SELECT gw_current_user()))`,
      );
    }
    await q.query(`CREATE FUNCTION gw_scheduled_alliances() RETURNS SETOF uuid LANGUAGE sql STABLE SECURITY DEFINER
      SET search_path = pg_catalog, public AS
      $$ SELECT id FROM alliances WHERE coalesce(current_setting('app.scheduler', true) = 'on', false) ORDER BY id $$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_scheduled_alliances() FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_scheduled_alliances() TO gemeinwerk_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION gw_scheduled_alliances()`);
    for (const cmd of ['delete', 'update', 'select']) await q.query(`DROP POLICY own_notifications_${cmd} ON notifications`);
    await disableTenantIsolation(q, 'notifications');
    await q.query(`ALTER TABLE "notification_settings" DROP CONSTRAINT "FK_91a7ffebe8b406c4470845d4781"`);
    await q.query(`ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"`);
    await q.query(`ALTER TABLE "notifications" DROP CONSTRAINT "FK_a03925c5703d95a4e9d5366a8a1"`);
    await q.query(`ALTER TABLE "mail_outbox" DROP COLUMN "list_unsubscribe"`);
    await q.query(`DROP TABLE "notification_settings"`);
    await q.query(`DROP TABLE "notification_preferences"`);
    await q.query(`DROP INDEX "public"."ix_notifications_user"`);
    await q.query(`DROP TABLE "notifications"`);
  }
}
