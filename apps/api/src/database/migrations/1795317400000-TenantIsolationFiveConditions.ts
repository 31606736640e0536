import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableTenantIsolation, enableTenantIsolation } from '../tenant-policy';

const TABLES = [
  'goals',
  'agreement_versions',
  'agreement_signatures',
  'indicators',
  'indicator_goals',
  'dimensions',
  'dimension_categories',
  'indicator_dimensions',
  'targets',
  'reporting_periods',
  'measurements',
  'measurement_parts',
  'measurement_overlaps',
  'activities',
  'activity_goals',
  'activity_indicators',
  'log_entries',
  'log_entry_participants',
  'log_entry_goals',
  'log_entry_indicators',
  'comments',
  'action_items',
  'proposals',
  'proposal_votes',
];

/** Row-level security for the tables of the five conditions (grants come from default privileges). */
export class TenantIsolationFiveConditions1795317400000 implements MigrationInterface {
  name = 'TenantIsolationFiveConditions1795317400000';

  public async up(q: QueryRunner): Promise<void> {
    for (const t of TABLES) await enableTenantIsolation(q, t);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of [...TABLES].reverse()) await disableTenantIsolation(q, t);
  }
}
