import { Module } from '@nestjs/common';
import { AccountsModule } from '../../core/accounts/accounts.module';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyService } from './privacy.service';

@Module({
  imports: [AccountsModule],
  providers: [PrivacyRepository, PrivacyService, PrivacyResolver],
})
export class PrivacyModule {}
