import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { MembersModule } from '../members/members.module';
import { AlliancesRepository } from './alliances.repository';
import { AlliancesResolver } from './alliances.resolver';
import { AlliancesService } from './alliances.service';

@Module({
  imports: [AccountsModule, MembersModule],
  providers: [AlliancesRepository, AlliancesService, AlliancesResolver],
  exports: [AlliancesRepository],
})
export class AlliancesModule {}
