import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the alliance health view: each member's newest contribution per source is one
 * backward index probe, the log's last twelve months one range scan, and the review queue a small
 * partial index (under row-level security the enum comparison `status = 'SUBMITTED'` is not
 * leakproof, so it cannot be an index condition on a full index, but it proves the predicate).
 */
export class HealthIndexes1795317650000 implements MigrationInterface {
  name = 'HealthIndexes1795317650000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_measurements_member" ON "measurements" ("alliance_id", "membership_id", "submitted_at") `);
    await q.query(`CREATE INDEX "ix_measurements_submitted" ON "measurements" ("alliance_id", "submitted_at") WHERE "status" = 'SUBMITTED'`);
    await q.query(`CREATE INDEX "ix_log_entries_author" ON "log_entries" ("alliance_id", "author_membership_id", "created_at") `);
    await q.query(`CREATE INDEX "ix_log_entries_created" ON "log_entries" ("alliance_id", "created_at") `);
    await q.query(`CREATE INDEX "ix_comments_author" ON "comments" ("alliance_id", "author_membership_id", "created_at") `);
    await q.query(`CREATE INDEX "ix_proposal_votes_member" ON "proposal_votes" ("alliance_id", "membership_id", "voted_at") `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_proposal_votes_member"`);
    await q.query(`DROP INDEX "public"."ix_comments_author"`);
    await q.query(`DROP INDEX "public"."ix_log_entries_created"`);
    await q.query(`DROP INDEX "public"."ix_log_entries_author"`);
    await q.query(`DROP INDEX "public"."ix_measurements_submitted"`);
    await q.query(`DROP INDEX "public"."ix_measurements_member"`);
  }
}
