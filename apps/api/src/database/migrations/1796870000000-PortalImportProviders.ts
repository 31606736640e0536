import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The offer import creates the provider profiles a file names that the portal does not have yet
 * (issue 13, 6): `portal_providers.import_batch_id` notes the batch, so that its undo removes them
 * again while they have no offers and no access.
 */
export class PortalImportProviders1796870000000 implements MigrationInterface {
  name = 'PortalImportProviders1796870000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "portal_providers" ADD "import_batch_id" uuid`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "portal_providers" DROP COLUMN "import_batch_id"`);
  }
}
