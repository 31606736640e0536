import { Module } from '@nestjs/common';
import { ActivitiesModule } from '../activities/activities.module';
import { AgendaModule } from '../agenda/agenda.module';
import { AlliancesModule } from '../alliances/alliances.module';
import { CommunicationModule } from '../communication/communication.module';
import { DisclosureModule } from '../disclosure/disclosure.module';
import { MeasurementsModule } from '../measurements/measurements.module';
import { FunderReportController } from './funder-report/funder-report.controller';
import { FunderReportRenderer } from './funder-report/funder-report.renderer';
import { FunderReportService } from './funder-report/funder-report.service';
import { HealthRepository } from './health.repository';
import { PortfolioRepository } from './portfolio.repository';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/** Section 5: the backbone's alliance health, the funders' portfolio across alliances, and the funder report (PDF). */
@Module({
  imports: [AgendaModule, AlliancesModule, MeasurementsModule, ActivitiesModule, CommunicationModule, DisclosureModule],
  providers: [HealthRepository, PortfolioRepository, ReportsService, ReportsResolver, FunderReportService, FunderReportRenderer],
  controllers: [FunderReportController],
})
export class ReportsModule {}
