import { Module } from '@nestjs/common';
import { CommunicationModule } from '../communication/communication.module';
import { MatchingRepository } from './matching.repository';
import { MatchingResolver } from './matching.resolver';
import { MatchingService } from './matching.service';

/** Resources and competences of the members, and matching partners (issue 14). */
@Module({ imports: [CommunicationModule], providers: [MatchingRepository, MatchingService, MatchingResolver] })
export class MatchingModule {}
