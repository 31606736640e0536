import { Injectable } from '@nestjs/common';
import { forbidden } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { LogRepository } from './log.repository';

/**
 * Who may do what in the communication log and on proposals.
 *
 * - Write log entries, action items and proposals; vote: BACKBONE and PARTNER. Funders and
 *   observers do not write (and do not vote: a vote speaks for an organisation that carries the
 *   alliance's work; funders see the outcome, they do not co-decide it).
 * - Read the log: BACKBONE, PARTNER, FUNDER. OBSERVERs read the agenda, goals and approved
 *   roll-ups only, so the log is closed to them — unless the backbone enabled guest comments
 *   (`alliances.guest_comments`): then they may read the log and comment like funders.
 * - Comment: BACKBONE and PARTNER always; FUNDER and OBSERVER only with guest comments.
 * - Proposals and votes: read by BACKBONE, PARTNER and FUNDER; never by OBSERVERs.
 */
@Injectable()
export class CommunicationAccess {
  constructor(private readonly log: LogRepository) {}

  requireWriter(ctx: AllianceContext): void {
    if (ctx.role !== 'BACKBONE' && ctx.role !== 'PARTNER') throw forbidden('LOG_WRITER');
  }

  async canReadLog(ctx: AllianceContext): Promise<boolean> {
    return ctx.role !== 'OBSERVER' || (await this.log.guestComments(ctx.em, ctx.allianceId));
  }

  async requireLogReader(ctx: AllianceContext): Promise<void> {
    if (!(await this.canReadLog(ctx))) throw forbidden('LOG_READER');
  }

  async requireCommenter(ctx: AllianceContext): Promise<void> {
    if (ctx.role === 'BACKBONE' || ctx.role === 'PARTNER') return;
    if (!(await this.log.guestComments(ctx.em, ctx.allianceId))) throw forbidden('GUEST_COMMENTS');
  }

  requireProposalReader(ctx: AllianceContext): void {
    if (ctx.role === 'OBSERVER') throw forbidden('PROPOSAL_READER');
  }

  /** The author's organisation (while it still writes) or the backbone. */
  isAuthorOrBackbone(ctx: AllianceContext, authorMembershipId: string): boolean {
    return ctx.role === 'BACKBONE' || (ctx.role === 'PARTNER' && authorMembershipId === ctx.membershipId);
  }
}
