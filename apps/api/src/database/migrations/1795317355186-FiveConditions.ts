import { MigrationInterface, QueryRunner } from 'typeorm';

export class FiveConditions1795317355186 implements MigrationInterface {
  name = 'FiveConditions1795317355186';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TYPE "public"."goal_status" AS ENUM('PLANNED', 'ACTIVE', 'ACHIEVED', 'DROPPED')`);
    await q.query(
      `CREATE TABLE "goals" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "parent_id" uuid, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "position" integer NOT NULL DEFAULT '0', "status" "public"."goal_status" NOT NULL DEFAULT 'PLANNED', "owner_membership_id" uuid, "period_start" date, "period_end" date, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_560f6d50dcbad0cf40a5852c832" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_goals_parent" ON "goals" ("alliance_id", "parent_id", "position") `);
    await q.query(`CREATE TYPE "public"."indicator_direction" AS ENUM('INCREASE', 'DECREASE', 'MAINTAIN')`);
    await q.query(`CREATE TYPE "public"."indicator_aggregation" AS ENUM('SUM', 'AVERAGE', 'LATEST', 'RATIO')`);
    await q.query(`CREATE TYPE "public"."reporting_frequency" AS ENUM('MONTHLY', 'QUARTERLY', 'YEARLY')`);
    await q.query(`CREATE TYPE "public"."rba_kind" AS ENUM('HOW_MUCH', 'HOW_WELL', 'BETTER_OFF')`);
    await q.query(`CREATE TYPE "public"."indicator_status" AS ENUM('ACTIVE', 'ARCHIVED')`);
    await q.query(
      `CREATE TABLE "indicators" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "code" character varying(20), "name" text NOT NULL, "definition" text NOT NULL DEFAULT '', "unit" text NOT NULL DEFAULT '', "direction" "public"."indicator_direction" NOT NULL, "aggregation" "public"."indicator_aggregation" NOT NULL, "frequency" "public"."reporting_frequency" NOT NULL, "rba_kind" "public"."rba_kind" NOT NULL, "baseline_value" numeric, "baseline_period" character varying(10), "collection_method" text NOT NULL DEFAULT '', "numerator_label" text, "denominator_label" text, "decimals" smallint NOT NULL DEFAULT '0', "status" "public"."indicator_status" NOT NULL DEFAULT 'ACTIVE', "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ec8b68935b3895d54983923521d" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_indicators_status" ON "indicators" ("alliance_id", "status") `);
    await q.query(
      `CREATE TABLE "indicator_goals" ("alliance_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "goal_id" uuid NOT NULL, CONSTRAINT "PK_61bf560d2b506bc5c4147690ed8" PRIMARY KEY ("alliance_id", "indicator_id", "goal_id"))`,
    );
    await q.query(`CREATE INDEX "ix_indicator_goals_goal" ON "indicator_goals" ("alliance_id", "goal_id") `);
    await q.query(
      `CREATE TABLE "dimensions" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "name" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_dimensions_name" UNIQUE ("alliance_id", "name"), CONSTRAINT "PK_7e2e172332e83fdc6273429ceb3" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(
      `CREATE TABLE "dimension_categories" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "dimension_id" uuid NOT NULL, "name" text NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "uq_dimension_categories_name" UNIQUE ("alliance_id", "dimension_id", "name"), CONSTRAINT "PK_7deaf00de5deb7fa02126ea2b27" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(
      `CREATE TABLE "indicator_dimensions" ("alliance_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "dimension_id" uuid NOT NULL, CONSTRAINT "PK_f2de22d72d64bbc76c7c221b459" PRIMARY KEY ("alliance_id", "indicator_id", "dimension_id"))`,
    );
    await q.query(
      `CREATE TABLE "targets" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "period_key" character varying(10) NOT NULL, "value" numeric NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_targets_period" UNIQUE ("alliance_id", "indicator_id", "period_key"), CONSTRAINT "PK_0a4796fa50dfb0b964e017356b9" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE TYPE "public"."activity_status" AS ENUM('PLANNED', 'RUNNING', 'PAUSED', 'COMPLETED', 'CANCELLED')`);
    await q.query(
      `CREATE TABLE "activities" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "membership_id" uuid NOT NULL, "title" text NOT NULL, "description" text NOT NULL DEFAULT '', "target_groups" text array NOT NULL DEFAULT '{}', "district" text, "place" text, "latitude" numeric(9,6), "longitude" numeric(9,6), "period_start" date, "period_end" date, "status" "public"."activity_status" NOT NULL DEFAULT 'PLANNED', "resources" text NOT NULL DEFAULT '', "budget_eur" numeric, "staff_hours_per_month" numeric, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_df25b1e26e25955ebd7b07be8bb" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_activities_member" ON "activities" ("alliance_id", "membership_id") `);
    await q.query(
      `CREATE TABLE "activity_goals" ("alliance_id" uuid NOT NULL, "activity_id" uuid NOT NULL, "goal_id" uuid NOT NULL, CONSTRAINT "PK_9953eb06469aabcacec4f8e3ccc" PRIMARY KEY ("alliance_id", "activity_id", "goal_id"))`,
    );
    await q.query(`CREATE INDEX "ix_activity_goals_goal" ON "activity_goals" ("alliance_id", "goal_id") `);
    await q.query(
      `CREATE TABLE "activity_indicators" ("alliance_id" uuid NOT NULL, "activity_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, CONSTRAINT "PK_735771260a65298927ed8fbb15c" PRIMARY KEY ("alliance_id", "activity_id", "indicator_id"))`,
    );
    await q.query(
      `CREATE TABLE "agreement_versions" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "version_number" integer NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "conflict_procedure" text NOT NULL DEFAULT '', "published_by_user_id" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_agreement_versions_number" UNIQUE ("alliance_id", "version_number"), CONSTRAINT "PK_6efde7d517be754ef11cf5ab815" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(
      `CREATE TABLE "agreement_signatures" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "agreement_version_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "signed_by_user_id" uuid NOT NULL, "signed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_agreement_signatures_member" UNIQUE ("alliance_id", "agreement_version_id", "membership_id"), CONSTRAINT "PK_4aa0a0b3f4d4ae133e0240b52ec" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE TYPE "public"."log_entry_type" AS ENUM('MEETING', 'DECISION', 'UPDATE', 'CONFLICT', 'ANNOUNCEMENT')`);
    await q.query(`CREATE TYPE "public"."conflict_state" AS ENUM('OPEN', 'RESOLVED')`);
    await q.query(
      `CREATE TABLE "log_entries" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "type" "public"."log_entry_type" NOT NULL, "title" text NOT NULL, "body" text NOT NULL DEFAULT '', "occurred_on" date NOT NULL, "author_user_id" uuid, "author_membership_id" uuid NOT NULL, "conflict_state" "public"."conflict_state", "resolution" text, "resolved_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2fce9586cbc7383255fe067b640" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_log_entries_type" ON "log_entries" ("alliance_id", "type", "occurred_on") `);
    await q.query(`CREATE INDEX "ix_log_entries_feed" ON "log_entries" ("alliance_id", "occurred_on", "created_at") `);
    await q.query(
      `CREATE TABLE "log_entry_participants" ("alliance_id" uuid NOT NULL, "log_entry_id" uuid NOT NULL, "membership_id" uuid NOT NULL, CONSTRAINT "PK_c15c4cf108b22062d41553485fa" PRIMARY KEY ("alliance_id", "log_entry_id", "membership_id"))`,
    );
    await q.query(
      `CREATE TABLE "log_entry_goals" ("alliance_id" uuid NOT NULL, "log_entry_id" uuid NOT NULL, "goal_id" uuid NOT NULL, CONSTRAINT "PK_18b64716b910a879e16679525f1" PRIMARY KEY ("alliance_id", "log_entry_id", "goal_id"))`,
    );
    await q.query(`CREATE INDEX "ix_log_entry_goals_goal" ON "log_entry_goals" ("alliance_id", "goal_id") `);
    await q.query(
      `CREATE TABLE "log_entry_indicators" ("alliance_id" uuid NOT NULL, "log_entry_id" uuid NOT NULL, "indicator_id" uuid NOT NULL, CONSTRAINT "PK_37665c61d131a4822be1674dfd1" PRIMARY KEY ("alliance_id", "log_entry_id", "indicator_id"))`,
    );
    await q.query(
      `CREATE TABLE "comments" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "log_entry_id" uuid NOT NULL, "author_user_id" uuid, "author_membership_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_98f23e0cb531ee41b8625bdd84f" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_comments_entry" ON "comments" ("alliance_id", "log_entry_id", "created_at") `);
    await q.query(
      `CREATE TABLE "action_items" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "log_entry_id" uuid, "title" text NOT NULL, "owner_membership_id" uuid NOT NULL, "owner_user_id" uuid, "due_on" date, "done_at" TIMESTAMP WITH TIME ZONE, "done_by_user_id" uuid, "created_by_user_id" uuid, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b7cb0ddbf36a77a2154575680f4" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_action_items_owner" ON "action_items" ("alliance_id", "owner_membership_id", "done_at") `);
    await q.query(`CREATE TYPE "public"."proposal_state" AS ENUM('OPEN', 'DECIDED', 'WITHDRAWN')`);
    await q.query(`CREATE TYPE "public"."proposal_outcome" AS ENUM('ACCEPTED', 'REJECTED', 'BLOCKED', 'NO_QUORUM')`);
    await q.query(
      `CREATE TABLE "proposals" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "title" text NOT NULL, "body" text NOT NULL DEFAULT '', "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "state" "public"."proposal_state" NOT NULL DEFAULT 'OPEN', "outcome" "public"."proposal_outcome", "decided_at" TIMESTAMP WITH TIME ZONE, "decision_log_entry_id" uuid, "indicator_id" uuid, "indicator_snapshot" jsonb, "created_by_user_id" uuid, "created_by_membership_id" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0a6519968bd0367582ee10d7d75" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_proposals_state" ON "proposals" ("alliance_id", "state", "closes_at") `);
    await q.query(`CREATE TYPE "public"."vote" AS ENUM('AGREE', 'ABSTAIN', 'DISAGREE', 'BLOCK')`);
    await q.query(
      `CREATE TABLE "proposal_votes" ("alliance_id" uuid NOT NULL, "proposal_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "vote" "public"."vote" NOT NULL, "comment" text NOT NULL DEFAULT '', "voted_by_user_id" uuid, "voted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eee4709cf349d948f78d6f74412" PRIMARY KEY ("alliance_id", "proposal_id", "membership_id"))`,
    );
    await q.query(`CREATE TYPE "public"."reporting_period_state" AS ENUM('OPEN', 'CLOSED')`);
    await q.query(
      `CREATE TABLE "reporting_periods" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "frequency" "public"."reporting_frequency" NOT NULL, "period_key" character varying(10) NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "due_on" date, "state" "public"."reporting_period_state" NOT NULL DEFAULT 'OPEN', "opened_by_user_id" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_by_user_id" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "uq_reporting_periods_key" UNIQUE ("alliance_id", "frequency", "period_key"), CONSTRAINT "PK_cac1003ae386923345df2b9afca" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE TYPE "public"."measurement_status" AS ENUM('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')`);
    await q.query(
      `CREATE TABLE "measurements" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "indicator_id" uuid NOT NULL, "membership_id" uuid NOT NULL, "reporting_period_id" uuid NOT NULL, "period_key" character varying(10) NOT NULL, "value" numeric, "numerator" numeric, "denominator" numeric, "note" text NOT NULL DEFAULT '', "status" "public"."measurement_status" NOT NULL DEFAULT 'DRAFT', "rejection_reason" text, "submitted_by_user_id" uuid, "submitted_at" TIMESTAMP WITH TIME ZONE, "reviewed_by_user_id" uuid, "reviewed_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_measurements_report" UNIQUE ("alliance_id", "indicator_id", "membership_id", "reporting_period_id"), CONSTRAINT "PK_e191ccec88639e9197fbd35f5d0" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`CREATE INDEX "ix_measurements_indicator_status" ON "measurements" ("alliance_id", "indicator_id", "status") `);
    await q.query(`CREATE INDEX "ix_measurements_period_status" ON "measurements" ("alliance_id", "reporting_period_id", "status") `);
    await q.query(
      `CREATE TABLE "measurement_parts" ("alliance_id" uuid NOT NULL, "measurement_id" uuid NOT NULL, "category_id" uuid NOT NULL, "value" numeric NOT NULL, CONSTRAINT "PK_b81099038109789d2ab9081d4e1" PRIMARY KEY ("alliance_id", "measurement_id", "category_id"))`,
    );
    await q.query(
      `CREATE TABLE "measurement_overlaps" ("alliance_id" uuid NOT NULL, "id" uuid NOT NULL, "measurement_id" uuid NOT NULL, "other_membership_id" uuid NOT NULL, "amount" numeric NOT NULL, "note" text NOT NULL DEFAULT '', CONSTRAINT "uq_measurement_overlaps_pair" UNIQUE ("alliance_id", "measurement_id", "other_membership_id"), CONSTRAINT "PK_43e19d96ffd00a8944919b3471a" PRIMARY KEY ("alliance_id", "id"))`,
    );
    await q.query(`ALTER TABLE "alliances" ADD "primary_color" character varying(7)`);
    await q.query(`ALTER TABLE "alliances" ADD "logo_data_url" text`);
    await q.query(`ALTER TABLE "alliances" ADD "guest_comments" boolean NOT NULL DEFAULT false`);
    await q.query(
      `ALTER TABLE "goals" ADD CONSTRAINT "FK_95ffe9ae2d38d90a9bb946185a8" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "goals" ADD CONSTRAINT "FK_239c5b61420c47a31281912ab1d" FOREIGN KEY ("alliance_id", "parent_id") REFERENCES "goals"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "goals" ADD CONSTRAINT "FK_afa807ca42bb2ceb97a3346ff69" FOREIGN KEY ("alliance_id", "owner_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "indicators" ADD CONSTRAINT "FK_6ba419eb8a5ce2aae411e58b6e8" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "indicator_goals" ADD CONSTRAINT "FK_be8d43471dc68cd654b5e4250c9" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "indicator_goals" ADD CONSTRAINT "FK_c7bb7d65ca72b611d9d76673a92" FOREIGN KEY ("alliance_id", "indicator_id") REFERENCES "indicators"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "indicator_goals" ADD CONSTRAINT "FK_32fd3c888a666835888acaf2dce" FOREIGN KEY ("alliance_id", "goal_id") REFERENCES "goals"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "dimensions" ADD CONSTRAINT "FK_0f5f9a6b7800f0f3e90cf698d89" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "dimension_categories" ADD CONSTRAINT "FK_7fae7e449445cdbb10e9acdb0a3" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "dimension_categories" ADD CONSTRAINT "FK_e9be89036f5bdb98bbc5e269c8c" FOREIGN KEY ("alliance_id", "dimension_id") REFERENCES "dimensions"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "indicator_dimensions" ADD CONSTRAINT "FK_ca78d2c0795711aeae9b58e89dc" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "indicator_dimensions" ADD CONSTRAINT "FK_2d56507016c5d83ede6558c70a3" FOREIGN KEY ("alliance_id", "indicator_id") REFERENCES "indicators"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "indicator_dimensions" ADD CONSTRAINT "FK_2baea87d19a373e517e9ff97e58" FOREIGN KEY ("alliance_id", "dimension_id") REFERENCES "dimensions"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "targets" ADD CONSTRAINT "FK_ac26e21275a7b82f5929c4b6137" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "targets" ADD CONSTRAINT "FK_bd74113cefef7844a552cc2a7b2" FOREIGN KEY ("alliance_id", "indicator_id") REFERENCES "indicators"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "activities" ADD CONSTRAINT "FK_fb22ca92cb018318fa4f00f7741" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "activities" ADD CONSTRAINT "FK_594a6da94f1ef66c9a1a03fea6e" FOREIGN KEY ("alliance_id", "membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "activity_goals" ADD CONSTRAINT "FK_159450c05c8878d6244b1d77ffe" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "activity_goals" ADD CONSTRAINT "FK_965cd4fe7aa8110ee9274931afe" FOREIGN KEY ("alliance_id", "activity_id") REFERENCES "activities"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "activity_goals" ADD CONSTRAINT "FK_1c0c82bae57ae2f2a0c78503f38" FOREIGN KEY ("alliance_id", "goal_id") REFERENCES "goals"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "activity_indicators" ADD CONSTRAINT "FK_2d5f5df798258daae03a1d7a63e" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "activity_indicators" ADD CONSTRAINT "FK_7e133320da708e3f65929df7acc" FOREIGN KEY ("alliance_id", "activity_id") REFERENCES "activities"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "activity_indicators" ADD CONSTRAINT "FK_0f62faee8210f2077b3f32ea6cb" FOREIGN KEY ("alliance_id", "indicator_id") REFERENCES "indicators"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "agreement_versions" ADD CONSTRAINT "FK_75788c1df1b39b817cc8088c8c1" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "agreement_versions" ADD CONSTRAINT "FK_456b63af37f14717fe96a0a5c9d" FOREIGN KEY ("published_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "agreement_signatures" ADD CONSTRAINT "FK_36bb79f8e0b85eea4b91832a310" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "agreement_signatures" ADD CONSTRAINT "FK_23154b7ffb0d63796130a7967a7" FOREIGN KEY ("alliance_id", "agreement_version_id") REFERENCES "agreement_versions"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "agreement_signatures" ADD CONSTRAINT "FK_c5227ac7c09b980176fd028cf28" FOREIGN KEY ("alliance_id", "membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "agreement_signatures" ADD CONSTRAINT "FK_741e79118254b63791d75bfb7d2" FOREIGN KEY ("signed_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "log_entries" ADD CONSTRAINT "FK_cd8890a367b4e55b88ef28ef0f5" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "log_entries" ADD CONSTRAINT "FK_1f559603b13a6ad5a9825b6ab07" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "log_entries" ADD CONSTRAINT "FK_600882e73c12e44e5f5c6a0871b" FOREIGN KEY ("alliance_id", "author_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "log_entry_participants" ADD CONSTRAINT "FK_495a5f2ff99038d6cbeea1f6357" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "log_entry_participants" ADD CONSTRAINT "FK_c2a7ea1f0edb3a39ccf7b2993ee" FOREIGN KEY ("alliance_id", "log_entry_id") REFERENCES "log_entries"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "log_entry_participants" ADD CONSTRAINT "FK_0ec14e9658543eb0fc14bd6600a" FOREIGN KEY ("alliance_id", "membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "log_entry_goals" ADD CONSTRAINT "FK_0c732af97f12b5b71c32917dc22" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "log_entry_goals" ADD CONSTRAINT "FK_9f294e0f9005b8df03fc6067feb" FOREIGN KEY ("alliance_id", "log_entry_id") REFERENCES "log_entries"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "log_entry_goals" ADD CONSTRAINT "FK_949aa2c93c1decb54c174631c83" FOREIGN KEY ("alliance_id", "goal_id") REFERENCES "goals"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "log_entry_indicators" ADD CONSTRAINT "FK_365c16bc3c9d28c290031f8cfa1" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "log_entry_indicators" ADD CONSTRAINT "FK_d65473a57d773d13e4b5f0bb0b8" FOREIGN KEY ("alliance_id", "log_entry_id") REFERENCES "log_entries"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "log_entry_indicators" ADD CONSTRAINT "FK_1f006fabc22e369e3ccc4d168ab" FOREIGN KEY ("alliance_id", "indicator_id") REFERENCES "indicators"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_eefd0ca3196840fa46b621818df" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_439d3e8f26211f44a75242c11ee" FOREIGN KEY ("alliance_id", "log_entry_id") REFERENCES "log_entries"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_ca96de050d1b690cefccebc7dc8" FOREIGN KEY ("author_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "comments" ADD CONSTRAINT "FK_a8f7489273d565d1fd5c2fe667b" FOREIGN KEY ("alliance_id", "author_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "action_items" ADD CONSTRAINT "FK_f2b3dde5cdabb880d42231bfb7f" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "action_items" ADD CONSTRAINT "FK_86d16bbb8546cafdfb4c8cf6a54" FOREIGN KEY ("alliance_id", "log_entry_id") REFERENCES "log_entries"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "action_items" ADD CONSTRAINT "FK_34210433171d8bd3a54c38e0688" FOREIGN KEY ("alliance_id", "owner_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "action_items" ADD CONSTRAINT "FK_b6909b578fde0ce71545a5be91d" FOREIGN KEY ("owner_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "FK_b8b28012e5b41c65ce376090edd" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "FK_3ec4113f1ec96b1793883614888" FOREIGN KEY ("alliance_id", "decision_log_entry_id") REFERENCES "log_entries"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "FK_3583f1eda81faff79e5a1595fdb" FOREIGN KEY ("alliance_id", "indicator_id") REFERENCES "indicators"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "FK_c0c4a957e96ab4230cadfb23917" FOREIGN KEY ("alliance_id", "created_by_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "proposals" ADD CONSTRAINT "FK_d7f650dfad56791f2cfc50392be" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "proposal_votes" ADD CONSTRAINT "FK_a45d630e6bc7cd7f8ff7d351d4a" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "proposal_votes" ADD CONSTRAINT "FK_a8bcbb0adb7517004c82fc85032" FOREIGN KEY ("alliance_id", "proposal_id") REFERENCES "proposals"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "proposal_votes" ADD CONSTRAINT "FK_2c975710bf50fefe6ce473fe68c" FOREIGN KEY ("alliance_id", "membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "proposal_votes" ADD CONSTRAINT "FK_d95ddbeba74ab8724aeab47e083" FOREIGN KEY ("voted_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reporting_periods" ADD CONSTRAINT "FK_9195146ca2998dd21a1566da92c" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reporting_periods" ADD CONSTRAINT "FK_ee05d5fce955f355550aa31cd97" FOREIGN KEY ("opened_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "reporting_periods" ADD CONSTRAINT "FK_1694d08b4b52f73a7ca5f364062" FOREIGN KEY ("closed_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurements" ADD CONSTRAINT "FK_e015a9613ed749a6db26725871d" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurements" ADD CONSTRAINT "FK_f2878e2fc1b5802513fb4b2f765" FOREIGN KEY ("alliance_id", "indicator_id") REFERENCES "indicators"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurements" ADD CONSTRAINT "FK_826007b7fb6e5ab93e2f0dfb3cc" FOREIGN KEY ("alliance_id", "membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurements" ADD CONSTRAINT "FK_c8f3776396c52a22d2e7487ae21" FOREIGN KEY ("alliance_id", "reporting_period_id") REFERENCES "reporting_periods"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurements" ADD CONSTRAINT "FK_c8788b54f9c46106cac76da10f8" FOREIGN KEY ("submitted_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurements" ADD CONSTRAINT "FK_01d178d9febab3705686a9a2589" FOREIGN KEY ("reviewed_by_user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurement_parts" ADD CONSTRAINT "FK_61161f6ff89d4571a5d3951f2f1" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurement_parts" ADD CONSTRAINT "FK_c74fcdbf8494d3550fd895d2f5d" FOREIGN KEY ("alliance_id", "measurement_id") REFERENCES "measurements"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurement_parts" ADD CONSTRAINT "FK_d96dad9d9d82f47d82a0cc88e4c" FOREIGN KEY ("alliance_id", "category_id") REFERENCES "dimension_categories"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurement_overlaps" ADD CONSTRAINT "FK_13d1aee4943f1fd3696a13952a9" FOREIGN KEY ("alliance_id") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurement_overlaps" ADD CONSTRAINT "FK_9a227c5d2d7f97acfd903f72626" FOREIGN KEY ("alliance_id", "measurement_id") REFERENCES "measurements"("alliance_id","id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "measurement_overlaps" ADD CONSTRAINT "FK_c23c8502cb603d4b1dffaa66b58" FOREIGN KEY ("alliance_id", "other_membership_id") REFERENCES "memberships"("alliance_id","id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "measurement_overlaps" DROP CONSTRAINT "FK_c23c8502cb603d4b1dffaa66b58"`);
    await q.query(`ALTER TABLE "measurement_overlaps" DROP CONSTRAINT "FK_9a227c5d2d7f97acfd903f72626"`);
    await q.query(`ALTER TABLE "measurement_overlaps" DROP CONSTRAINT "FK_13d1aee4943f1fd3696a13952a9"`);
    await q.query(`ALTER TABLE "measurement_parts" DROP CONSTRAINT "FK_d96dad9d9d82f47d82a0cc88e4c"`);
    await q.query(`ALTER TABLE "measurement_parts" DROP CONSTRAINT "FK_c74fcdbf8494d3550fd895d2f5d"`);
    await q.query(`ALTER TABLE "measurement_parts" DROP CONSTRAINT "FK_61161f6ff89d4571a5d3951f2f1"`);
    await q.query(`ALTER TABLE "measurements" DROP CONSTRAINT "FK_01d178d9febab3705686a9a2589"`);
    await q.query(`ALTER TABLE "measurements" DROP CONSTRAINT "FK_c8788b54f9c46106cac76da10f8"`);
    await q.query(`ALTER TABLE "measurements" DROP CONSTRAINT "FK_c8f3776396c52a22d2e7487ae21"`);
    await q.query(`ALTER TABLE "measurements" DROP CONSTRAINT "FK_826007b7fb6e5ab93e2f0dfb3cc"`);
    await q.query(`ALTER TABLE "measurements" DROP CONSTRAINT "FK_f2878e2fc1b5802513fb4b2f765"`);
    await q.query(`ALTER TABLE "measurements" DROP CONSTRAINT "FK_e015a9613ed749a6db26725871d"`);
    await q.query(`ALTER TABLE "reporting_periods" DROP CONSTRAINT "FK_1694d08b4b52f73a7ca5f364062"`);
    await q.query(`ALTER TABLE "reporting_periods" DROP CONSTRAINT "FK_ee05d5fce955f355550aa31cd97"`);
    await q.query(`ALTER TABLE "reporting_periods" DROP CONSTRAINT "FK_9195146ca2998dd21a1566da92c"`);
    await q.query(`ALTER TABLE "proposal_votes" DROP CONSTRAINT "FK_d95ddbeba74ab8724aeab47e083"`);
    await q.query(`ALTER TABLE "proposal_votes" DROP CONSTRAINT "FK_2c975710bf50fefe6ce473fe68c"`);
    await q.query(`ALTER TABLE "proposal_votes" DROP CONSTRAINT "FK_a8bcbb0adb7517004c82fc85032"`);
    await q.query(`ALTER TABLE "proposal_votes" DROP CONSTRAINT "FK_a45d630e6bc7cd7f8ff7d351d4a"`);
    await q.query(`ALTER TABLE "proposals" DROP CONSTRAINT "FK_d7f650dfad56791f2cfc50392be"`);
    await q.query(`ALTER TABLE "proposals" DROP CONSTRAINT "FK_c0c4a957e96ab4230cadfb23917"`);
    await q.query(`ALTER TABLE "proposals" DROP CONSTRAINT "FK_3583f1eda81faff79e5a1595fdb"`);
    await q.query(`ALTER TABLE "proposals" DROP CONSTRAINT "FK_3ec4113f1ec96b1793883614888"`);
    await q.query(`ALTER TABLE "proposals" DROP CONSTRAINT "FK_b8b28012e5b41c65ce376090edd"`);
    await q.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_b6909b578fde0ce71545a5be91d"`);
    await q.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_34210433171d8bd3a54c38e0688"`);
    await q.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_86d16bbb8546cafdfb4c8cf6a54"`);
    await q.query(`ALTER TABLE "action_items" DROP CONSTRAINT "FK_f2b3dde5cdabb880d42231bfb7f"`);
    await q.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_a8f7489273d565d1fd5c2fe667b"`);
    await q.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_ca96de050d1b690cefccebc7dc8"`);
    await q.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_439d3e8f26211f44a75242c11ee"`);
    await q.query(`ALTER TABLE "comments" DROP CONSTRAINT "FK_eefd0ca3196840fa46b621818df"`);
    await q.query(`ALTER TABLE "log_entry_indicators" DROP CONSTRAINT "FK_1f006fabc22e369e3ccc4d168ab"`);
    await q.query(`ALTER TABLE "log_entry_indicators" DROP CONSTRAINT "FK_d65473a57d773d13e4b5f0bb0b8"`);
    await q.query(`ALTER TABLE "log_entry_indicators" DROP CONSTRAINT "FK_365c16bc3c9d28c290031f8cfa1"`);
    await q.query(`ALTER TABLE "log_entry_goals" DROP CONSTRAINT "FK_949aa2c93c1decb54c174631c83"`);
    await q.query(`ALTER TABLE "log_entry_goals" DROP CONSTRAINT "FK_9f294e0f9005b8df03fc6067feb"`);
    await q.query(`ALTER TABLE "log_entry_goals" DROP CONSTRAINT "FK_0c732af97f12b5b71c32917dc22"`);
    await q.query(`ALTER TABLE "log_entry_participants" DROP CONSTRAINT "FK_0ec14e9658543eb0fc14bd6600a"`);
    await q.query(`ALTER TABLE "log_entry_participants" DROP CONSTRAINT "FK_c2a7ea1f0edb3a39ccf7b2993ee"`);
    await q.query(`ALTER TABLE "log_entry_participants" DROP CONSTRAINT "FK_495a5f2ff99038d6cbeea1f6357"`);
    await q.query(`ALTER TABLE "log_entries" DROP CONSTRAINT "FK_600882e73c12e44e5f5c6a0871b"`);
    await q.query(`ALTER TABLE "log_entries" DROP CONSTRAINT "FK_1f559603b13a6ad5a9825b6ab07"`);
    await q.query(`ALTER TABLE "log_entries" DROP CONSTRAINT "FK_cd8890a367b4e55b88ef28ef0f5"`);
    await q.query(`ALTER TABLE "agreement_signatures" DROP CONSTRAINT "FK_741e79118254b63791d75bfb7d2"`);
    await q.query(`ALTER TABLE "agreement_signatures" DROP CONSTRAINT "FK_c5227ac7c09b980176fd028cf28"`);
    await q.query(`ALTER TABLE "agreement_signatures" DROP CONSTRAINT "FK_23154b7ffb0d63796130a7967a7"`);
    await q.query(`ALTER TABLE "agreement_signatures" DROP CONSTRAINT "FK_36bb79f8e0b85eea4b91832a310"`);
    await q.query(`ALTER TABLE "agreement_versions" DROP CONSTRAINT "FK_456b63af37f14717fe96a0a5c9d"`);
    await q.query(`ALTER TABLE "agreement_versions" DROP CONSTRAINT "FK_75788c1df1b39b817cc8088c8c1"`);
    await q.query(`ALTER TABLE "activity_indicators" DROP CONSTRAINT "FK_0f62faee8210f2077b3f32ea6cb"`);
    await q.query(`ALTER TABLE "activity_indicators" DROP CONSTRAINT "FK_7e133320da708e3f65929df7acc"`);
    await q.query(`ALTER TABLE "activity_indicators" DROP CONSTRAINT "FK_2d5f5df798258daae03a1d7a63e"`);
    await q.query(`ALTER TABLE "activity_goals" DROP CONSTRAINT "FK_1c0c82bae57ae2f2a0c78503f38"`);
    await q.query(`ALTER TABLE "activity_goals" DROP CONSTRAINT "FK_965cd4fe7aa8110ee9274931afe"`);
    await q.query(`ALTER TABLE "activity_goals" DROP CONSTRAINT "FK_159450c05c8878d6244b1d77ffe"`);
    await q.query(`ALTER TABLE "activities" DROP CONSTRAINT "FK_594a6da94f1ef66c9a1a03fea6e"`);
    await q.query(`ALTER TABLE "activities" DROP CONSTRAINT "FK_fb22ca92cb018318fa4f00f7741"`);
    await q.query(`ALTER TABLE "targets" DROP CONSTRAINT "FK_bd74113cefef7844a552cc2a7b2"`);
    await q.query(`ALTER TABLE "targets" DROP CONSTRAINT "FK_ac26e21275a7b82f5929c4b6137"`);
    await q.query(`ALTER TABLE "indicator_dimensions" DROP CONSTRAINT "FK_2baea87d19a373e517e9ff97e58"`);
    await q.query(`ALTER TABLE "indicator_dimensions" DROP CONSTRAINT "FK_2d56507016c5d83ede6558c70a3"`);
    await q.query(`ALTER TABLE "indicator_dimensions" DROP CONSTRAINT "FK_ca78d2c0795711aeae9b58e89dc"`);
    await q.query(`ALTER TABLE "dimension_categories" DROP CONSTRAINT "FK_e9be89036f5bdb98bbc5e269c8c"`);
    await q.query(`ALTER TABLE "dimension_categories" DROP CONSTRAINT "FK_7fae7e449445cdbb10e9acdb0a3"`);
    await q.query(`ALTER TABLE "dimensions" DROP CONSTRAINT "FK_0f5f9a6b7800f0f3e90cf698d89"`);
    await q.query(`ALTER TABLE "indicator_goals" DROP CONSTRAINT "FK_32fd3c888a666835888acaf2dce"`);
    await q.query(`ALTER TABLE "indicator_goals" DROP CONSTRAINT "FK_c7bb7d65ca72b611d9d76673a92"`);
    await q.query(`ALTER TABLE "indicator_goals" DROP CONSTRAINT "FK_be8d43471dc68cd654b5e4250c9"`);
    await q.query(`ALTER TABLE "indicators" DROP CONSTRAINT "FK_6ba419eb8a5ce2aae411e58b6e8"`);
    await q.query(`ALTER TABLE "goals" DROP CONSTRAINT "FK_afa807ca42bb2ceb97a3346ff69"`);
    await q.query(`ALTER TABLE "goals" DROP CONSTRAINT "FK_239c5b61420c47a31281912ab1d"`);
    await q.query(`ALTER TABLE "goals" DROP CONSTRAINT "FK_95ffe9ae2d38d90a9bb946185a8"`);
    await q.query(`ALTER TABLE "alliances" DROP COLUMN "guest_comments"`);
    await q.query(`ALTER TABLE "alliances" DROP COLUMN "logo_data_url"`);
    await q.query(`ALTER TABLE "alliances" DROP COLUMN "primary_color"`);
    await q.query(`DROP TABLE "measurement_overlaps"`);
    await q.query(`DROP TABLE "measurement_parts"`);
    await q.query(`DROP INDEX "public"."ix_measurements_period_status"`);
    await q.query(`DROP INDEX "public"."ix_measurements_indicator_status"`);
    await q.query(`DROP TABLE "measurements"`);
    await q.query(`DROP TYPE "public"."measurement_status"`);
    await q.query(`DROP TABLE "reporting_periods"`);
    await q.query(`DROP TYPE "public"."reporting_period_state"`);
    await q.query(`DROP TABLE "proposal_votes"`);
    await q.query(`DROP TYPE "public"."vote"`);
    await q.query(`DROP INDEX "public"."ix_proposals_state"`);
    await q.query(`DROP TABLE "proposals"`);
    await q.query(`DROP TYPE "public"."proposal_outcome"`);
    await q.query(`DROP TYPE "public"."proposal_state"`);
    await q.query(`DROP INDEX "public"."ix_action_items_owner"`);
    await q.query(`DROP TABLE "action_items"`);
    await q.query(`DROP INDEX "public"."ix_comments_entry"`);
    await q.query(`DROP TABLE "comments"`);
    await q.query(`DROP TABLE "log_entry_indicators"`);
    await q.query(`DROP INDEX "public"."ix_log_entry_goals_goal"`);
    await q.query(`DROP TABLE "log_entry_goals"`);
    await q.query(`DROP TABLE "log_entry_participants"`);
    await q.query(`DROP INDEX "public"."ix_log_entries_feed"`);
    await q.query(`DROP INDEX "public"."ix_log_entries_type"`);
    await q.query(`DROP TABLE "log_entries"`);
    await q.query(`DROP TYPE "public"."conflict_state"`);
    await q.query(`DROP TYPE "public"."log_entry_type"`);
    await q.query(`DROP TABLE "agreement_signatures"`);
    await q.query(`DROP TABLE "agreement_versions"`);
    await q.query(`DROP TABLE "activity_indicators"`);
    await q.query(`DROP INDEX "public"."ix_activity_goals_goal"`);
    await q.query(`DROP TABLE "activity_goals"`);
    await q.query(`DROP INDEX "public"."ix_activities_member"`);
    await q.query(`DROP TABLE "activities"`);
    await q.query(`DROP TYPE "public"."activity_status"`);
    await q.query(`DROP TABLE "targets"`);
    await q.query(`DROP TABLE "indicator_dimensions"`);
    await q.query(`DROP TABLE "dimension_categories"`);
    await q.query(`DROP TABLE "dimensions"`);
    await q.query(`DROP INDEX "public"."ix_indicator_goals_goal"`);
    await q.query(`DROP TABLE "indicator_goals"`);
    await q.query(`DROP INDEX "public"."ix_indicators_status"`);
    await q.query(`DROP TABLE "indicators"`);
    await q.query(`DROP TYPE "public"."reporting_frequency"`);
    await q.query(`DROP TYPE "public"."indicator_status"`);
    await q.query(`DROP TYPE "public"."rba_kind"`);
    await q.query(`DROP TYPE "public"."indicator_aggregation"`);
    await q.query(`DROP TYPE "public"."indicator_direction"`);
    await q.query(`DROP INDEX "public"."ix_goals_parent"`);
    await q.query(`DROP TABLE "goals"`);
    await q.query(`DROP TYPE "public"."goal_status"`);
  }
}
