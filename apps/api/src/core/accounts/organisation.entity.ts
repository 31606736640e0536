import { ORGANISATION_KINDS, OrganisationKindName } from '@gemeinwerk/shared';
import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A legal body (NGO, public body, company, foundation). Exists once; joins many alliances. */
@Entity('organisations')
export class OrganisationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') name: string;
  @Column({ type: 'enum', enum: ORGANISATION_KINDS, enumName: 'organisation_kind' }) kind: OrganisationKindName;
  @Column({ type: 'text', nullable: true }) city: string | null;
  /** Opt-in: only findable organisations appear in other alliances' organisation search. */
  @Column({ type: 'boolean', default: false }) findable: boolean;
  @Column({ type: 'int', default: 1 }) version: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
