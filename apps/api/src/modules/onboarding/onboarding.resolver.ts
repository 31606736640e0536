import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, Public, Scope } from '../../core/auth/decorators';
import type { AuthUser, RequestScope } from '../../core/request-context';
import { OrganisationModel } from '../../core/accounts/accounts.models';
import {
  AllianceForBackboneCreated,
  CreateAllianceForBackboneInput,
  PlatformOrganisationsArgs,
  PlatformSettingsModel,
  RegisterOrganisationInput,
  SetRegistrationOpenInput,
  VerifyEmailInput,
} from './onboarding.models';
import { PlatformAdminService } from './platform-admin.service';
import { RegistrationService } from './registration.service';

/** Platform administration and the sign-up of organisations: no alliance named, no alliance context. */
@Resolver()
export class OnboardingResolver {
  constructor(
    private readonly platform: PlatformAdminService,
    private readonly registration: RegistrationService,
  ) {}

  @Public()
  @Query(() => PlatformSettingsModel, { description: 'The platform-wide settings (readable by anyone: the sign-up page asks whether it is open).' })
  platformSettings(@Scope() scope: RequestScope): Promise<PlatformSettingsModel> {
    return this.platform.settings(scope);
  }

  @Mutation(() => PlatformSettingsModel, { description: 'Allows or stops the self-registration of organisations (platform admins only).' })
  setRegistrationOpen(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: SetRegistrationOpenInput) {
    return this.platform.setRegistrationOpen(scope, user, input.open);
  }

  @Query(() => [OrganisationModel], {
    description: 'Organisations on the platform whose name contains the query (platform admins only, to appoint a backbone).',
  })
  platformOrganisations(@Scope() scope: RequestScope, @Args() args: PlatformOrganisationsArgs) {
    return this.platform.organisations(scope, args.query);
  }

  @Mutation(() => AllianceForBackboneCreated, {
    description:
      'Creates an alliance and invites its backbone by mail: a new organisation through its contact person, or an existing one through its people (platform admins only; they get no seat).',
  })
  createAllianceForBackbone(@Scope() scope: RequestScope, @CurrentUser() user: AuthUser, @Args('input') input: CreateAllianceForBackboneInput) {
    return this.platform.createAlliance(scope, user, input);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      'Registers an organisation and its contact person; a link to confirm the address goes by mail. Always true: the answer does not tell whether the address has an account.',
  })
  registerOrganisation(@Scope() scope: RequestScope, @Args('input') input: RegisterOrganisationInput): Promise<boolean> {
    return this.registration.register(scope, input);
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Confirms the address of a sign-up with the token from the mail (once); the account may log in afterwards.' })
  verifyEmail(@Scope() scope: RequestScope, @Args('input') input: VerifyEmailInput): Promise<boolean> {
    return this.registration.verify(scope, input.token);
  }
}
