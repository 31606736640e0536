import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { AgreementModel, PublishAgreementVersionInput, SignAgreementInput } from './agreement.models';
import { AgreementService } from './agreement.service';

@Resolver()
export class AgreementResolver {
  constructor(private readonly agreement: AgreementService) {}

  @AllianceScoped()
  @Query(() => AgreementModel, { name: 'agreement', description: 'The cooperation agreement: current version, history, signatures. Every member reads it.' })
  getAgreement(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.agreement.get(ctx);
  }

  @AllianceScoped()
  @Mutation(() => AgreementModel, { description: 'Backbone only. CONFLICT unless basedOnVersionNumber is the current version (null for the first).' })
  publishAgreementVersion(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: PublishAgreementVersionInput) {
    return this.agreement.publish(ctx, input);
  }

  @AllianceScoped()
  @Mutation(() => AgreementModel, { description: 'Signs the current version for your organisation (any active member, any role).' })
  signAgreement(@CurrentAlliance() ctx: AllianceContext, @Args('input') input: SignAgreementInput) {
    return this.agreement.sign(ctx, input);
  }
}
