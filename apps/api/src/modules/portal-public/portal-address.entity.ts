import { Check, Column, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { AllianceRef } from '../../database/tenant-relations';

/**
 * Where and how an alliance's Chancenportal is shown to the public (issue 13): its address
 * (`/portal/<slug>`), the map style and tile URL (none by default: districts and offers on an
 * empty background, nothing loaded from the network) and the origins that may frame its embed
 * view. Name, logo, colours and whether the portal is open are the portal's settings
 * (`portal_settings`, modules/portal).
 */
@Entity('portal_public_settings')
@Unique('uq_portal_public_settings_slug', ['slug'])
@Check('ck_portal_public_settings_slug', `"slug" ~ '^[a-z0-9][a-z0-9-]{1,62}$'`)
export class PortalPublicSettingsEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @Column('text') slug: string;
  /** A MapLibre style URL; null: the built-in style without a basemap. */
  @Column({ type: 'text', nullable: true }) mapStyleUrl: string | null;
  /** A raster tile URL template ({z}/{x}/{y}) shown under the districts; null: none. */
  @Column({ type: 'text', nullable: true }) tileUrl: string | null;
  /** Origins (https://www.stadt.example) that may frame /portal/<slug>/embed. */
  @Column({ type: 'text', array: true, default: '{}' }) embedOrigins: string[];
  @Column({ type: 'int', default: 1 }) version: number;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
}
