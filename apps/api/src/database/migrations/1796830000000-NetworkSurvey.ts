import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

const TABLES = ['survey_rounds', 'survey_responses', 'survey_answers'];

/** Issue 14: network survey rounds (PARTNER tool): rounds, each respondent's response, its ratings of the others. */

export class NetworkSurvey1796830000000 implements MigrationInterface {
  name = 'NetworkSurvey1796830000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE TABLE "survey_rounds" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "title" text NOT NULL, "opens_on" date NOT NULL, "closes_on" date NOT NULL, "state" character varying(10) NOT NULL DEFAULT 'OPEN', "opened_by_membership_id" uuid NOT NULL, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_survey_rounds_dates" CHECK (closes_on >= opens_on), CONSTRAINT "ck_survey_rounds_state" CHECK (state IN ('OPEN', 'CLOSED')), CONSTRAINT "PK_dbb3a67136a9de7294242f9221a" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(
      `CREATE TABLE "survey_responses" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "round_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "state" character varying(10) NOT NULL DEFAULT 'PENDING', "submitted_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_survey_responses_member" UNIQUE ("alliance_id", "round_id", "membership_id"), CONSTRAINT "ck_survey_responses_state" CHECK (state IN ('PENDING', 'DRAFT', 'SUBMITTED')), CONSTRAINT "PK_5b62743d1c3871eee5278596a98" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(
      `CREATE TABLE "survey_answers" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "round_id" uuid NOT NULL, "response_id" uuid NOT NULL, "from_membership_id" uuid NOT NULL, "to_membership_id" uuid NOT NULL, "kind" character varying(20), "frequency" character varying(10), "trust" smallint, "value" smallint, CONSTRAINT "uq_survey_answers_pair" UNIQUE ("alliance_id", "response_id", "to_membership_id"), CONSTRAINT "ck_survey_answers_not_self" CHECK (from_membership_id <> to_membership_id), CONSTRAINT "ck_survey_answers_scores" CHECK ((kind IS NULL AND frequency IS NULL AND trust IS NULL AND value IS NULL) OR (kind IS NOT NULL AND frequency IS NOT NULL AND trust BETWEEN 1 AND 4 AND value BETWEEN 1 AND 4)), CONSTRAINT "ck_survey_answers_frequency" CHECK (frequency IS NULL OR frequency IN ('YEARLY', 'QUARTERLY', 'MONTHLY', 'WEEKLY')), CONSTRAINT "ck_survey_answers_kind" CHECK (kind IS NULL OR kind IN ('INFORMATION', 'COORDINATION', 'JOINT_ACTIVITY', 'FUNDING', 'REFERRAL', 'SHARED_RESOURCES')), CONSTRAINT "PK_0e03dfa4affcee26660a4a30a14" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_survey_answers_round" ON "survey_answers" ("alliance_id", "round_id") `);
    await q.query(
      `ALTER TABLE "survey_rounds" ADD CONSTRAINT "FK_7fa698c598ef6f72d7a82adb4bd" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "survey_rounds" ADD CONSTRAINT "FK_5f4670dbfece5f1fe92bbd136df" FOREIGN KEY ("alliance_id", "opened_by_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "survey_responses" ADD CONSTRAINT "FK_28454f6edaaa8c8a50c0d5b1188" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "survey_responses" ADD CONSTRAINT "FK_dc6032cd1e84d9dfa05fa359733" FOREIGN KEY ("alliance_id", "round_id") REFERENCES "survey_rounds"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "survey_responses" ADD CONSTRAINT "FK_63ffa1a6aff4598cce2615d8332" FOREIGN KEY ("alliance_id", "membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "survey_answers" ADD CONSTRAINT "FK_0b159fe2221aba95eace6692e5a" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "survey_answers" ADD CONSTRAINT "FK_5072a61059686422f15d0cbcfde" FOREIGN KEY ("alliance_id", "round_id") REFERENCES "survey_rounds"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "survey_answers" ADD CONSTRAINT "FK_089f0c323dcd4ecb134d6dd450f" FOREIGN KEY ("alliance_id", "response_id") REFERENCES "survey_responses"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "survey_answers" ADD CONSTRAINT "FK_e6e3c1a2e3d154bee65f0b1ef8f" FOREIGN KEY ("alliance_id", "from_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "survey_answers" ADD CONSTRAINT "FK_022caaeb976d2b9a057daa20188" FOREIGN KEY ("alliance_id", "to_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    for (const table of TABLES) await enableTenantIsolation(q, table);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const table of [...TABLES].reverse()) await disableTenantIsolation(q, table);
    await q.query(`ALTER TABLE "survey_answers" DROP CONSTRAINT "FK_022caaeb976d2b9a057daa20188"`);
    await q.query(`ALTER TABLE "survey_answers" DROP CONSTRAINT "FK_e6e3c1a2e3d154bee65f0b1ef8f"`);
    await q.query(`ALTER TABLE "survey_answers" DROP CONSTRAINT "FK_089f0c323dcd4ecb134d6dd450f"`);
    await q.query(`ALTER TABLE "survey_answers" DROP CONSTRAINT "FK_5072a61059686422f15d0cbcfde"`);
    await q.query(`ALTER TABLE "survey_answers" DROP CONSTRAINT "FK_0b159fe2221aba95eace6692e5a"`);
    await q.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "FK_63ffa1a6aff4598cce2615d8332"`);
    await q.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "FK_dc6032cd1e84d9dfa05fa359733"`);
    await q.query(`ALTER TABLE "survey_responses" DROP CONSTRAINT "FK_28454f6edaaa8c8a50c0d5b1188"`);
    await q.query(`ALTER TABLE "survey_rounds" DROP CONSTRAINT "FK_5f4670dbfece5f1fe92bbd136df"`);
    await q.query(`ALTER TABLE "survey_rounds" DROP CONSTRAINT "FK_7fa698c598ef6f72d7a82adb4bd"`);
    await q.query(`DROP INDEX "public"."ix_survey_answers_round"`);
    await q.query(`DROP TABLE "survey_answers"`);
    await q.query(`DROP TABLE "survey_responses"`);
    await q.query(`DROP TABLE "survey_rounds"`);
  }
}
