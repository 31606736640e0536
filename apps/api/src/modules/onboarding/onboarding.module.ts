import { Module } from '@nestjs/common';
import { AccountsModule } from '../../core/accounts/accounts.module';
import { AlliancesModule } from '../alliances/alliances.module';
import { MembersModule } from '../members/members.module';
import { JoinRequestsRepository } from './join-requests.repository';
import { JoinRequestsResolver } from './join-requests.resolver';
import { JoinRequestsService } from './join-requests.service';
import { OnboardingRepository } from './onboarding.repository';
import { OnboardingResolver } from './onboarding.resolver';
import { PlatformAdminService } from './platform-admin.service';
import { RegistrationService } from './registration.service';
import { SignUp } from './sign-up';
import { StaleSignups } from './stale-signups';

/** Issue 11: platform administration, sign-up of organisations, join requests. */
@Module({
  imports: [AccountsModule, AlliancesModule, MembersModule],
  providers: [
    OnboardingRepository,
    PlatformAdminService,
    RegistrationService,
    SignUp,
    StaleSignups,
    OnboardingResolver,
    JoinRequestsRepository,
    JoinRequestsService,
    JoinRequestsResolver,
  ],
  exports: [SignUp],
})
export class OnboardingModule {}
