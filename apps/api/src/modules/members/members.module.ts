import { Module } from '@nestjs/common';
import { AccountsModule } from '../../core/accounts/accounts.module';
import { InvitationMailer } from './invitation-mail';
import { MembersRepository } from './members.repository';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [AccountsModule],
  providers: [MembersRepository, MembersService, OrganisationsService, MembersResolver, InvitationMailer],
  exports: [MembersRepository, InvitationMailer, MembersService],
})
export class MembersModule {}
