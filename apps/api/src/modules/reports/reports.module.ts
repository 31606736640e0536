import { Module } from '@nestjs/common';
import { AgendaModule } from '../agenda/agenda.module';
import { HealthRepository } from './health.repository';
import { PortfolioRepository } from './portfolio.repository';
import { ReportsResolver } from './reports.resolver';
import { ReportsService } from './reports.service';

/** Section 5: the backbone's alliance health and the funders' portfolio across alliances. */
@Module({
  imports: [AgendaModule],
  providers: [HealthRepository, PortfolioRepository, ReportsService, ReportsResolver],
})
export class ReportsModule {}
