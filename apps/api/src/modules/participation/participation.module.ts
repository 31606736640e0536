import { Module } from '@nestjs/common';
import { DisclosureModule } from '../disclosure/disclosure.module';
import { ParticipationAccess } from './participation.access';
import { ParticipationIndicatorService } from './participation-indicator.service';
import { ParticipationPublicController } from './participation-public.controller';
import { ParticipationPublicService } from './participation-public.service';
import { ParticipationRetentionService } from './participation-retention.service';
import { ParticipationRepository } from './participation.repository';
import { ParticipationResolver } from './participation.resolver';
import { ParticipationService } from './participation.service';

/** Co-production (issue 16): citizens' feedback on offers and reports of needs and barriers, moderated, feeding indicators. */
@Module({
  imports: [DisclosureModule],
  providers: [
    ParticipationRepository,
    ParticipationAccess,
    ParticipationService,
    ParticipationPublicService,
    ParticipationIndicatorService,
    ParticipationRetentionService,
    ParticipationResolver,
  ],
  controllers: [ParticipationPublicController],
  exports: [ParticipationService],
})
export class ParticipationModule {}
