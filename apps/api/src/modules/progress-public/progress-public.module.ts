import { Module } from '@nestjs/common';
import { MeasurementsModule } from '../measurements/measurements.module';
import { ProgressPublicController } from './progress-public.controller';
import { ProgressPublicRepository } from './progress-public.repository';
import { ProgressPublicResolver } from './progress-public.resolver';
import { ProgressPublicService } from './progress-public.service';

/** The public progress page (issue 12, part 4): the backbone's settings and the public read. */
@Module({
  imports: [MeasurementsModule],
  providers: [ProgressPublicRepository, ProgressPublicService, ProgressPublicResolver],
  controllers: [ProgressPublicController],
  exports: [ProgressPublicService],
})
export class ProgressPublicModule {}
