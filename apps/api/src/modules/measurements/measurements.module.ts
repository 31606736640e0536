import { Module } from '@nestjs/common';
import { ImportsModule } from '../imports/imports.module';
import { MeasurementImportKind } from './measurement-import.kind';
import { MeasurementImportRepository } from './measurement-import.repository';
import { DisclosureModule } from '../disclosure/disclosure.module';
import { BulkMeasurementsService } from './bulk-measurements.service';
import { MeasurementsRepository } from './measurements.repository';
import { MeasurementsResolver } from './measurements.resolver';
import { MeasurementsService } from './measurements.service';
import { OverlapsService } from './overlaps.service';
import { PlausibilityRepository } from './plausibility.repository';
import { ReportingPeriodsRepository } from './reporting-periods.repository';
import { ReportingPeriodsResolver } from './reporting-periods.resolver';
import { ReportingPeriodsService } from './reporting-periods.service';
import { RollupsRepository } from './rollups.repository';
import { RollupsResolver } from './rollups.resolver';
import { RollupsService } from './rollups.service';

/** Shared measurement: reporting periods, reported values and their review, overlaps, roll-ups and chart series. */
@Module({
  imports: [ImportsModule, DisclosureModule],
  providers: [
    MeasurementImportRepository,
    MeasurementImportKind,
    ReportingPeriodsRepository,
    ReportingPeriodsService,
    ReportingPeriodsResolver,
    MeasurementsRepository,
    PlausibilityRepository,
    MeasurementsService,
    BulkMeasurementsService,
    OverlapsService,
    MeasurementsResolver,
    RollupsRepository,
    RollupsService,
    RollupsResolver,
  ],
  exports: [RollupsService, MeasurementsService, ReportingPeriodsService],
})
export class MeasurementsModule {}
