import { Module } from '@nestjs/common';
import { AccountsModule } from '../../core/accounts/accounts.module';
import { ImportsModule } from '../imports/imports.module';
import { InvitationMailer } from './invitation-mail';
import { MemberImportKind } from './member-import.kind';
import { MemberImportRepository } from './member-import.repository';
import { MembersRepository } from './members.repository';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [AccountsModule, ImportsModule],
  providers: [MemberImportRepository, MemberImportKind, MembersRepository, MembersService, OrganisationsService, MembersResolver, InvitationMailer],
  exports: [MembersRepository, InvitationMailer, MembersService],
})
export class MembersModule {}
