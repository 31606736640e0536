import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail's filters at size: by person, by action and by object type, each newest first
 * with the keyset's tie-breaker, so a page is an index range scan that stops after 26 rows
 * instead of a sort of every matching event. Measured with bench/tools/audit-trail.mjs on 200,000
 * events in one alliance: docs/benchmarks.md, "Audit trail".
 */
export class AuditTrailIndexes1796690100000 implements MigrationInterface {
  name = 'AuditTrailIndexes1796690100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "ix_audit_events_type_time" ON "audit_events" ("alliance_id", "entity_type", "occurred_at", "id") `);
    await q.query(`CREATE INDEX "ix_audit_events_action" ON "audit_events" ("alliance_id", "action", "occurred_at", "id") `);
    await q.query(`CREATE INDEX "ix_audit_events_actor" ON "audit_events" ("alliance_id", "actor_user_id", "occurred_at", "id") `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "public"."ix_audit_events_actor"`);
    await q.query(`DROP INDEX "public"."ix_audit_events_action"`);
    await q.query(`DROP INDEX "public"."ix_audit_events_type_time"`);
  }
}
