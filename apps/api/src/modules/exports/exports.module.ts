import { Global, Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module';
import { AlliancesModule } from '../alliances/alliances.module';
import { CommunicationModule } from '../communication/communication.module';
import { DisclosureModule } from '../disclosure/disclosure.module';
import { IndicatorsModule } from '../indicators/indicators.module';
import { MeasurementsModule } from '../measurements/measurements.module';
import { MembersModule } from '../members/members.module';
import { ExportRegistry } from './export-registry';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { WorkspaceExportLists } from './lists/workspace-lists';

/**
 * The export writer and its download endpoints. Global, so that any area can inject the
 * ExportRegistry and register its own lists (see docs/contributing.md, "Exports").
 */
@Global()
@Module({
  imports: [AlliancesModule, IndicatorsModule, MeasurementsModule, ActivitiesModule, CommunicationModule, MembersModule, DisclosureModule],
  providers: [ExportRegistry, ExportsService, WorkspaceExportLists],
  controllers: [ExportsController],
  exports: [ExportRegistry],
})
export class ExportsModule {}
