import { Module } from '@nestjs/common';
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
  providers: [
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
