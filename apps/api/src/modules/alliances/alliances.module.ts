import { Module } from '@nestjs/common';
import { AccountsModule } from '../../core/accounts/accounts.module';
import { MembersModule } from '../members/members.module';
import { AlliancesRepository } from './alliances.repository';
import { AlliancesResolver } from './alliances.resolver';
import { AlliancesService } from './alliances.service';
import { DistrictsRepository } from './districts.repository';
import { DistrictsResolver } from './districts.resolver';
import { DistrictsService } from './districts.service';

@Module({
  imports: [AccountsModule, MembersModule],
  providers: [AlliancesRepository, AlliancesService, AlliancesResolver, DistrictsRepository, DistrictsService, DistrictsResolver],
  exports: [AlliancesRepository, DistrictsRepository, AlliancesService],
})
export class AlliancesModule {}
