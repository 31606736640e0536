import { Module } from '@nestjs/common';
import { DisclosureModule } from '../disclosure/disclosure.module';
import { ActionItemsRepository } from './action-items.repository';
import { ActionItemsResolver } from './action-items.resolver';
import { ActionItemsService } from './action-items.service';
import { CommentsService } from './comments.service';
import { LogRepository } from './log.repository';
import { LogResolver } from './log.resolver';
import { LogService } from './log.service';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsResolver } from './proposals.resolver';
import { ProposalsService } from './proposals.service';

/** Condition 4, continuous communication: the log, comments, action items, proposals and votes. */
@Module({
  imports: [DisclosureModule],
  providers: [
    LogRepository,
    ActionItemsRepository,
    ProposalsRepository,
    LogService,
    CommentsService,
    ActionItemsService,
    ProposalsService,
    LogResolver,
    ActionItemsResolver,
    ProposalsResolver,
  ],
  exports: [LogService, ActionItemsService],
})
export class CommunicationModule {}
