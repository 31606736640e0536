import { Injectable } from '@nestjs/common';
import { may, requireAccess } from '../../core/access/access';
import { forbidden } from '../../core/errors';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { ParticipationRepository } from './participation.repository';

/**
 * Who moderates citizens' contributions: the backbone (`participation.moderate`) and the
 * memberships it appointed as the portal's editors (the same appointment as for offers; never a
 * provider-only membership or an API token).
 */
@Injectable()
export class ParticipationAccess {
  constructor(private readonly repo: ParticipationRepository) {}

  async isModerator(ctx: AllianceContext): Promise<boolean> {
    if (may(ctx, 'participation.moderate')) return true;
    if (ctx.role === 'PROVIDER' || ctx.apiToken) return false;
    return this.repo.isAppointedEditor(ctx.em, ctx.allianceId, ctx.membershipId);
  }

  async requireModerator(ctx: AllianceContext): Promise<void> {
    if (!(await this.isModerator(ctx))) throw forbidden('PARTICIPATION_MODERATOR');
  }

  /** A forwarded report: its member (own) or the backbone; moderators too. */
  async requireForwarded(ctx: AllianceContext, forwardedMembershipId: string | null): Promise<void> {
    if (await this.isModerator(ctx)) return;
    await requireAccess(ctx, 'participation.forwarded', { owner: forwardedMembershipId });
  }
}
