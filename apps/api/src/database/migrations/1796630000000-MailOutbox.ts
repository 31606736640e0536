import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail outbox, password-reset links, first-run setup links, platform administrators.
 *
 * The outbox is platform-wide: a mail belongs to its recipient, not to an alliance (a password
 * reset has no alliance at all), so it has no alliance_id and no tenant policies. Instead the app
 * role may *add* mails (INSERT, no RETURNING): any transaction can enqueue, none can read what was
 * sent to anybody. Reading — and putting a dead letter back into the queue — is for platform
 * administrators (`gw_is_platform_admin()`, from the session's `app.user_id`). The delivery worker
 * runs as the app role too (an instance may have no owner connection) and reads and updates
 * pending mails in transactions that declare themselves a worker's (`app.mail_worker`, set only by
 * MailWorker; no request sets it). The tenant-schema test checks these rules.
 *
 * The insert trigger adds the delivery job in the same transaction (graphile_worker.add_job,
 * whose schema graphile-worker installs right after these migrations, see data-source.ts):
 * a rolled-back change leaves neither a mail nor a job. SECURITY DEFINER, so no request needs a
 * right on the queue's schema.
 */
export class MailOutbox1796630000000 implements MigrationInterface {
  name = 'MailOutbox1796630000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "password_reset_tokens" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_91185d86d5d7557b19abbb2868b" UNIQUE ("token_hash"), CONSTRAINT "PK_d16bebd73e844c48bca50ff8d3d" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_52ac39dd8a28730c63aeb428c9" ON "password_reset_tokens" ("user_id") `);
    await q.query(
      `CREATE TABLE "mail_outbox" ("id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "to_address" character varying(320) NOT NULL, "user_id" uuid, "locale" character varying(5) NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "status" character varying(12) NOT NULL DEFAULT 'PENDING', "attempts" integer NOT NULL DEFAULT '0', "max_attempts" integer NOT NULL DEFAULT '8', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, "dead_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_fecc63c96385bc35a39ccf2a72e" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_9c7ce0e6c239f56810e7af7ceb" ON "mail_outbox" ("user_id") `);
    await q.query(`CREATE INDEX "IDX_fdcc9a9fae0784a11963ea218a" ON "mail_outbox" ("status", "created_at") `);
    await q.query(
      `CREATE TABLE "platform_setup_tokens" ("id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "used_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_964d4637451b0c2ad9ef583cb57" UNIQUE ("token_hash"), CONSTRAINT "PK_430f1cb61476e5ddbb804b8ac39" PRIMARY KEY ("id"))`,
    );
    await q.query(`ALTER TABLE "users" ADD "is_platform_admin" boolean NOT NULL DEFAULT false`);
    await q.query(
      `ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "mail_outbox" ADD CONSTRAINT "FK_9c7ce0e6c239f56810e7af7ceba" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );

    await q.query(`CREATE FUNCTION gw_is_platform_admin() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT coalesce((SELECT is_platform_admin FROM users WHERE id = gw_current_user() AND disabled_at IS NULL), false) $$`);
    await q.query(`ALTER TABLE mail_outbox ENABLE ROW LEVEL SECURITY`);
    await q.query(`REVOKE SELECT, UPDATE, DELETE ON mail_outbox FROM gemeinwerk_app`);
    await q.query(`GRANT SELECT ON mail_outbox TO gemeinwerk_app`);
    await q.query(`GRANT UPDATE (status, attempts, last_error, sent_at, dead_at) ON mail_outbox TO gemeinwerk_app`);
    await q.query(`CREATE FUNCTION gw_is_mail_worker() RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE AS
      $$ SELECT coalesce(current_setting('app.mail_worker', true) = 'on', false) $$`);
    await q.query(`CREATE POLICY outbox_enqueue ON mail_outbox FOR INSERT TO gemeinwerk_app
      WITH CHECK (status = 'PENDING' AND attempts = 0 AND sent_at IS NULL AND dead_at IS NULL)`);
    await q.query(`CREATE POLICY outbox_platform_admin_read ON mail_outbox FOR SELECT TO gemeinwerk_app
      USING ((SELECT gw_is_platform_admin()))`);
    await q.query(`CREATE POLICY outbox_platform_admin_requeue ON mail_outbox FOR UPDATE TO gemeinwerk_app
      USING ((SELECT gw_is_platform_admin()) AND status = 'DEAD') WITH CHECK (status = 'PENDING')`);
    await q.query(`CREATE POLICY outbox_worker_read ON mail_outbox FOR SELECT TO gemeinwerk_app
      USING ((SELECT gw_is_mail_worker()))`);
    await q.query(`CREATE POLICY outbox_worker_deliver ON mail_outbox FOR UPDATE TO gemeinwerk_app
      USING ((SELECT gw_is_mail_worker()) AND status = 'PENDING')
      WITH CHECK ((SELECT gw_is_mail_worker()) AND status IN ('PENDING', 'SENT', 'DEAD'))`);
    await q.query(`CREATE FUNCTION gw_mail_outbox_enqueue() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
      SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM graphile_worker.add_job('deliver_mail', json_build_object('id', NEW.id),
          max_attempts := NEW.max_attempts, job_key := 'mail:' || NEW.id::text);
        RETURN NULL;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_mail_outbox_enqueue() FROM PUBLIC`);
    await q.query(`CREATE TRIGGER mail_outbox_enqueue AFTER INSERT OR UPDATE OF status ON mail_outbox
      FOR EACH ROW WHEN (NEW.status = 'PENDING') EXECUTE FUNCTION gw_mail_outbox_enqueue()`);

    // "Passwort vergessen?" only queues the look-up (PasswordResetService): the same single write
    // for addresses with and without an account.
    await q.query(`CREATE FUNCTION gw_request_password_reset(p_email text, p_locale text) RETURNS void LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        -- A second later: the look-up (and for a known address the mail) is not worked on by this
        -- process while it still sends the answer, so the answer's timing does not depend on it.
        PERFORM graphile_worker.add_job('password_reset', json_build_object('email', p_email, 'locale', p_locale),
          run_at := now() + interval '1 second', max_attempts := 5);
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_request_password_reset(text, text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_request_password_reset(text, text) TO gemeinwerk_app`);

    // Erasure of an account: the app role may not delete mails, so this function deletes the
    // caller's own (only theirs: app.user_id) and their queued reset look-ups.
    await q.query(`CREATE FUNCTION gw_forget_my_mail(p_email text) RETURNS void LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        DELETE FROM mail_outbox WHERE user_id = gw_current_user() OR (gw_current_user() IS NOT NULL AND lower(to_address) = lower(p_email)
          AND EXISTS (SELECT 1 FROM users WHERE id = gw_current_user() AND lower(email) = lower(p_email)));
        DELETE FROM graphile_worker._private_jobs j USING graphile_worker._private_tasks k
         WHERE k.id = j.task_id AND k.identifier = 'password_reset' AND lower(j.payload->>'email') = lower(p_email)
           AND EXISTS (SELECT 1 FROM users WHERE id = gw_current_user() AND lower(email) = lower(p_email))
           AND j.locked_at IS NULL;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_forget_my_mail(text) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_forget_my_mail(text) TO gemeinwerk_app`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION gw_forget_my_mail(text)`);
    await q.query(`DROP FUNCTION gw_request_password_reset(text, text)`);
    await q.query(`DROP TRIGGER mail_outbox_enqueue ON mail_outbox`);
    await q.query(`DROP FUNCTION gw_mail_outbox_enqueue()`);
    await q.query(`DROP POLICY outbox_worker_deliver ON mail_outbox`);
    await q.query(`DROP POLICY outbox_worker_read ON mail_outbox`);
    await q.query(`DROP FUNCTION gw_is_mail_worker()`);
    await q.query(`DROP POLICY outbox_platform_admin_requeue ON mail_outbox`);
    await q.query(`DROP POLICY outbox_platform_admin_read ON mail_outbox`);
    await q.query(`DROP POLICY outbox_enqueue ON mail_outbox`);
    await q.query(`DROP FUNCTION gw_is_platform_admin()`);
    await q.query(`ALTER TABLE "mail_outbox" DROP CONSTRAINT "FK_9c7ce0e6c239f56810e7af7ceba"`);
    await q.query(`ALTER TABLE "password_reset_tokens" DROP CONSTRAINT "FK_52ac39dd8a28730c63aeb428c9c"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "is_platform_admin"`);
    await q.query(`DROP TABLE "platform_setup_tokens"`);
    await q.query(`DROP INDEX "public"."IDX_fdcc9a9fae0784a11963ea218a"`);
    await q.query(`DROP INDEX "public"."IDX_9c7ce0e6c239f56810e7af7ceb"`);
    await q.query(`DROP TABLE "mail_outbox"`);
    await q.query(`DROP INDEX "public"."IDX_52ac39dd8a28730c63aeb428c9"`);
    await q.query(`DROP TABLE "password_reset_tokens"`);
  }
}
