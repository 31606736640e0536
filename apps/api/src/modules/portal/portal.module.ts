import { Module } from '@nestjs/common';
import { AccountsModule } from '../../core/accounts/accounts.module';
import { OnboardingModule } from '../onboarding/onboarding.module';
import { FreshnessRepository } from './freshness.repository';
import { FreshnessService } from './freshness.service';
import { ImagesService } from './images.service';
import { PlanningRepository } from './planning.repository';
import { PlanningService } from './planning.service';
import { ProviderRegistrationService } from './registration.service';
import { OffersRepository } from './offers.repository';
import { OffersService } from './offers.service';
import { PortalAccess } from './portal.access';
import { PortalRepository } from './portal.repository';
import { PortalResolver } from './portal.resolver';
import { PortalService } from './portal.service';

/** The Chancenportal's workspace side (issue 13): providers, offers, editorial queue, freshness, planning. */
@Module({
  imports: [AccountsModule, OnboardingModule],
  providers: [
    ProviderRegistrationService,
    PortalRepository,
    OffersRepository,
    PortalAccess,
    PortalService,
    OffersService,
    ImagesService,
    FreshnessRepository,
    FreshnessService,
    PlanningRepository,
    PlanningService,
    PortalResolver,
  ],
  exports: [FreshnessService],
})
export class PortalModule {}
