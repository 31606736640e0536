import { Module } from '@nestjs/common';
import { ApiTokensRepository } from './api-tokens.repository';
import { ApiTokensResolver } from './api-tokens.resolver';
import { ApiTokensService } from './api-tokens.service';

/** Managing API tokens. Checking a presented token is part of every request (RequestTransactions, TenancyService). */
@Module({ providers: [ApiTokensRepository, ApiTokensService, ApiTokensResolver] })
export class ApiTokensModule {}
