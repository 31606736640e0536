import { Module } from '@nestjs/common';
import { CellFactsRepository } from './cell-facts.repository';
import { DisclosureRepository } from './disclosure.repository';
import { DisclosureResolver } from './disclosure.resolver';
import { DisclosureService } from './disclosure.service';

/** Small-number protection: the one rule (small-numbers.rules.ts) and who it applies to. */
@Module({
  providers: [DisclosureRepository, CellFactsRepository, DisclosureService, DisclosureResolver],
  exports: [DisclosureService],
})
export class DisclosureModule {}
