import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Login abuse counters in PostgreSQL (shared by every instance), and the TOTP second factor:
 * encrypted secret on users, hashed recovery codes, password-to-code challenges, and the alliance
 * setting that requires a second factor for admins. Global tables (no RLS), like sessions.
 */
export class LoginAbuseAndTotp1796620100000 implements MigrationInterface {
  name = 'LoginAbuseAndTotp1796620100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "login_failures" ("kind" text NOT NULL, "key" text NOT NULL, "failures" integer NOT NULL, "first_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1467ac7434e658c3143de6d13bd" PRIMARY KEY ("kind", "key"))`,
    );
    await q.query(`CREATE INDEX "IDX_39e273f4d343a692281853daa5" ON "login_failures" ("last_at") `);
    await q.query(
      `CREATE TABLE "totp_recovery_codes" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "code_hash" character(64) NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d7156f4a16f70eb55911ad41901" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_7b5306af9f656dd4651b0f814b" ON "totp_recovery_codes" ("user_id") `);
    await q.query(
      `CREATE TABLE "login_challenges" ("id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "mode" character varying(6) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_9dfb3bc57402e149e1a29d34e68" UNIQUE ("token_hash"), CONSTRAINT "PK_85b9467d340eb112cb0fa7a0cde" PRIMARY KEY ("id"))`,
    );
    await q.query(`CREATE INDEX "IDX_23bb9553efaa83910672d214f6" ON "login_challenges" ("user_id") `);
    await q.query(`ALTER TABLE "alliances" ADD "require_two_factor_for_admins" boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE "users" ADD "totp_secret" text`);
    await q.query(`ALTER TABLE "users" ADD "totp_enabled_at" TIMESTAMP WITH TIME ZONE`);
    await q.query(`ALTER TABLE "users" ADD "totp_last_step" bigint`);
    await q.query(
      `ALTER TABLE "totp_recovery_codes" ADD CONSTRAINT "FK_7b5306af9f656dd4651b0f814b8" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "login_challenges" ADD CONSTRAINT "FK_23bb9553efaa83910672d214f65" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "login_challenges" DROP CONSTRAINT "FK_23bb9553efaa83910672d214f65"`);
    await q.query(`ALTER TABLE "totp_recovery_codes" DROP CONSTRAINT "FK_7b5306af9f656dd4651b0f814b8"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "totp_last_step"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "totp_enabled_at"`);
    await q.query(`ALTER TABLE "users" DROP COLUMN "totp_secret"`);
    await q.query(`ALTER TABLE "alliances" DROP COLUMN "require_two_factor_for_admins"`);
    await q.query(`DROP INDEX "public"."IDX_23bb9553efaa83910672d214f6"`);
    await q.query(`DROP TABLE "login_challenges"`);
    await q.query(`DROP INDEX "public"."IDX_7b5306af9f656dd4651b0f814b"`);
    await q.query(`DROP TABLE "totp_recovery_codes"`);
    await q.query(`DROP INDEX "public"."IDX_39e273f4d343a692281853daa5"`);
    await q.query(`DROP TABLE "login_failures"`);
  }
}
