import { applyDecorators } from '@nestjs/common';
import { JoinColumn, ManyToOne, type ObjectType } from 'typeorm';

type OnDelete = 'CASCADE' | 'RESTRICT' | 'NO ACTION';

/** Foreign key to the alliance (every tenant table has one). */
export function AllianceRef(): PropertyDecorator {
  // Required lazily: alliance.entity imports nothing from here, but tenant entities import this file.
  return applyDecorators(
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose: a static import would be circular.
    ManyToOne(() => require('../modules/alliances/alliance.entity').AllianceEntity, { onDelete: 'CASCADE' }),
    JoinColumn({ name: 'alliance_id' }),
  ) as PropertyDecorator;
}

/**
 * Foreign key from a table of core/ to a membership. core/ imports no module, so the entity is
 * required lazily here, in the database layer that knows every entity (as database/entities.ts).
 */
export function MembershipRef(column: string, onDelete: OnDelete = 'CASCADE'): PropertyDecorator {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose: core/ must not import modules/.
  return TenantRef(() => require('../modules/members/membership.entity').MembershipEntity, column, onDelete);
}

/**
 * Foreign key between tenant tables: always (alliance_id, <column>) → (alliance_id, id), so a row
 * can never point into another alliance (and the schema stays shardable by alliance_id).
 */
export function TenantRef(target: () => ObjectType<unknown>, column: string, onDelete: OnDelete = 'CASCADE'): PropertyDecorator {
  return applyDecorators(
    ManyToOne(target, { onDelete }),
    JoinColumn([
      { name: 'alliance_id', referencedColumnName: 'allianceId' },
      { name: column, referencedColumnName: 'id' },
    ]),
  ) as PropertyDecorator;
}

/** Foreign key to a platform-wide table (users, organisations). */
export function GlobalRef(target: () => ObjectType<unknown>, column: string, onDelete: OnDelete = 'RESTRICT'): PropertyDecorator {
  return applyDecorators(ManyToOne(target, { onDelete }), JoinColumn({ name: column })) as PropertyDecorator;
}
