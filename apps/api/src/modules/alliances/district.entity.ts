import { Column, CreateDateColumn, Entity, PrimaryColumn, Unique, UpdateDateColumn } from 'typeorm';
import { AllianceRef } from '../../database/tenant-relations';

/**
 * A district (Stadtteil, Ortsteil, Gemeinde) of the alliance's area: one managed list per alliance,
 * used by activities, their overlaps and — later — offers and citizen reports, so that "Oststadt"
 * is one place and not three spellings. The shape is optional GeoJSON (a Polygon or MultiPolygon).
 */
@Entity('districts')
@Unique('uq_districts_name', ['allianceId', 'name'])
export class DistrictEntity {
  @PrimaryColumn('uuid') allianceId: string;
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  /** A GeoJSON geometry (Polygon or MultiPolygon, WGS 84), checked by districts.rules.ts. */
  @Column({ type: 'jsonb', nullable: true }) geojson: unknown | null;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
  @AllianceRef() alliance?: unknown;
}
