import { may, requireAccess } from '../../core/access/access';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../../core/audit/audit.service';
import { conflict, DomainError, notFound } from '../../core/errors';
import { AllianceContext } from '../../core/tenancy/alliance-context';
import { AgreementModel, PublishAgreementVersionInput, SignAgreementInput } from './agreement.models';
import { AgreementRepository } from './agreement.repository';

/**
 * The cooperation agreement: the backbone publishes versions (never edits one), member
 * organisations sign the version in force.
 *
 * Who signs: every ACTIVE member organisation, whatever its role, through any of its seats.
 * Funders and observers are members too, and the agreement — above all its conflict procedure —
 * binds everyone at the table; their signature records that they accept those rules. Signing
 * writes only the organisation's own signature, never shared data, so it does not widen what
 * funders and observers may change. Everyone in the alliance reads the agreement; only the
 * backbone, which follows up on missing signatures, sees who has not signed.
 */
@Injectable()
export class AgreementService {
  constructor(
    private readonly agreement: AgreementRepository,
    private readonly audit: AuditService,
  ) {}

  async get(ctx: AllianceContext): Promise<AgreementModel> {
    const versions = await this.agreement.versions(ctx.em, ctx.allianceId);
    const current = versions[0] ?? null;
    if (!current) return { current: null, versions, signatures: [], unsignedMembers: [], mySignature: null };
    const signatures = await this.agreement.signatures(ctx.em, ctx.allianceId, current.id);
    const unsignedMembers = may(ctx, 'agreement.manage') ? await this.agreement.unsignedMembers(ctx.em, ctx.allianceId, current.id) : [];
    const mySignature = signatures.find((s) => s.membershipId === ctx.membershipId) ?? null;
    return { current, versions, signatures, unsignedMembers, mySignature };
  }

  /**
   * Publishes a new version. The caller names the version they revised: if someone published
   * in between, their text would silently replace a version they never saw, so that is CONFLICT.
   */
  async publish(ctx: AllianceContext, input: PublishAgreementVersionInput): Promise<AgreementModel> {
    await requireAccess(ctx, 'agreement.manage');
    await this.agreement.lock(ctx.em, ctx.allianceId);
    const current = await this.agreement.current(ctx.em, ctx.allianceId);
    if ((input.basedOnVersionNumber ?? null) !== (current?.number ?? null)) throw conflict('Agreement');
    const number = (current?.number ?? 0) + 1;
    const id = await this.agreement.insertVersion(ctx.em, ctx.allianceId, {
      number,
      title: input.title,
      body: input.body,
      conflictProcedure: input.conflictProcedure,
      userId: ctx.userId,
    });
    await this.audit.record(ctx, {
      action: 'agreement.published',
      entityType: 'AgreementVersion',
      entityId: id,
      before: current ? { number: current.number } : undefined,
      after: { number, title: input.title, bodyLength: input.body.length, conflictProcedureLength: input.conflictProcedure.length },
    });
    return this.get(ctx);
  }

  /** The caller's organisation signs the version in force. */
  async sign(ctx: AllianceContext, input: SignAgreementInput): Promise<AgreementModel> {
    const current = await this.agreement.current(ctx.em, ctx.allianceId);
    if (!current || (input.versionNumber !== current.number && !(await this.agreement.versionExists(ctx.em, ctx.allianceId, input.versionNumber)))) {
      throw notFound('AgreementVersion');
    }
    if (input.versionNumber !== current.number) {
      throw new DomainError('AGREEMENT_NOT_CURRENT', { versionNumber: input.versionNumber, currentVersionNumber: current.number });
    }
    const id = await this.agreement.insertSignature(ctx.em, ctx.allianceId, { versionId: current.id, membershipId: ctx.membershipId, userId: ctx.userId });
    if (!id) throw new DomainError('ALREADY_SIGNED', { versionNumber: current.number });
    await this.audit.record(ctx, {
      action: 'agreement.signed',
      entityType: 'AgreementSignature',
      entityId: id,
      after: { versionNumber: current.number, agreementVersionId: current.id, membershipId: ctx.membershipId, organisationId: ctx.organisationId },
    });
    return this.get(ctx);
  }
}
