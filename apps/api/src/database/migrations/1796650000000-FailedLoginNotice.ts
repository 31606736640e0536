import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 18, item 4: after repeated failed logins the account's owner gets a mail. The login
 * throttle only queues a job (`gw_notify_failed_logins`, one call, the same for known and unknown
 * addresses); the job looks the address up and adds the mail for an active account only. A job
 * key per address keeps one pending notice per account. Erasure forgets these queued look-ups too.
 */
export class FailedLoginNotice1796650000000 implements MigrationInterface {
  name = 'FailedLoginNotice1796650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION gw_notify_failed_logins(p_email text, p_failures integer, p_minutes integer) RETURNS void LANGUAGE plpgsql
      SECURITY DEFINER SET search_path = pg_catalog, public AS $$
      BEGIN
        PERFORM graphile_worker.add_job('failed_logins_notice',
          json_build_object('email', lower(p_email), 'failures', p_failures, 'minutes', p_minutes),
          job_key := 'failed_logins:' || md5(lower(p_email)), max_attempts := 5);
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION gw_notify_failed_logins(text, integer, integer) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION gw_notify_failed_logins(text, integer, integer) TO gemeinwerk_app`);
    await q.query(forgetMyMail(`('password_reset', 'failed_logins_notice')`));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(forgetMyMail(`('password_reset')`));
    await q.query(`DROP FUNCTION gw_notify_failed_logins(text, integer, integer)`);
  }
}

/** Erasure of an account: the caller's own mails and their queued look-ups of the given tasks. */
const forgetMyMail = (tasks: string) => `CREATE OR REPLACE FUNCTION gw_forget_my_mail(p_email text) RETURNS void LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  BEGIN
    DELETE FROM mail_outbox WHERE user_id = gw_current_user() OR (gw_current_user() IS NOT NULL AND lower(to_address) = lower(p_email)
      AND EXISTS (SELECT 1 FROM users WHERE id = gw_current_user() AND lower(email) = lower(p_email)));
    DELETE FROM graphile_worker._private_jobs j USING graphile_worker._private_tasks k
     WHERE k.id = j.task_id AND k.identifier IN ${tasks} AND lower(j.payload->>'email') = lower(p_email)
       AND EXISTS (SELECT 1 FROM users WHERE id = gw_current_user() AND lower(email) = lower(p_email))
       AND j.locked_at IS NULL;
  END $$`;
