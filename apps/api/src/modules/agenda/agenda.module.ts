import { Module } from '@nestjs/common';
import { AlliancesModule } from '../alliances/alliances.module';
import { AgreementRepository } from './agreement.repository';
import { AgreementResolver } from './agreement.resolver';
import { AgreementService } from './agreement.service';
import { GoalsRepository } from './goals.repository';
import { GoalsResolver } from './goals.resolver';
import { GoalsService } from './goals.service';
import { LifecycleResolver } from './lifecycle.resolver';
import { LifecycleService } from './lifecycle.service';

/** Condition 1, the common agenda: goals, the alliance's lifecycle, the cooperation agreement. */
@Module({
  imports: [AlliancesModule],
  providers: [GoalsRepository, GoalsService, GoalsResolver, AgreementRepository, AgreementService, AgreementResolver, LifecycleService, LifecycleResolver],
  exports: [GoalsRepository, AgreementRepository, GoalsService],
})
export class AgendaModule {}
