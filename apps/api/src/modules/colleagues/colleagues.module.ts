import { Module } from '@nestjs/common';
import { AccountsModule } from '../../core/accounts/accounts.module';
import { ColleaguesRepository } from './colleagues.repository';
import { ColleaguesResolver } from './colleagues.resolver';
import { ColleaguesService } from './colleagues.service';

@Module({
  imports: [AccountsModule],
  providers: [ColleaguesRepository, ColleaguesService, ColleaguesResolver],
})
export class ColleaguesModule {}
