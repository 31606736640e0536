import { Module } from '@nestjs/common';
import { ImportsModule } from '../imports/imports.module';
import { TargetImportKind } from './target-import.kind';
import { TargetImportRepository } from './target-import.repository';
import { DimensionsRepository } from './dimensions.repository';
import { DimensionsResolver } from './dimensions.resolver';
import { DimensionsService } from './dimensions.service';
import { IndicatorsRepository } from './indicators.repository';
import { IndicatorsResolver } from './indicators.resolver';
import { IndicatorsService } from './indicators.service';
import { TargetsRepository } from './targets.repository';
import { TargetsResolver } from './targets.resolver';
import { TargetsService } from './targets.service';

/** Shared measurement, definition side: indicators, disaggregation dimensions, targets. */
@Module({
  imports: [ImportsModule],
  providers: [
    TargetImportRepository,
    TargetImportKind,
    IndicatorsRepository,
    IndicatorsService,
    IndicatorsResolver,
    DimensionsRepository,
    DimensionsService,
    DimensionsResolver,
    TargetsRepository,
    TargetsService,
    TargetsResolver,
  ],
  exports: [IndicatorsRepository, DimensionsRepository, IndicatorsService],
})
export class IndicatorsModule {}
