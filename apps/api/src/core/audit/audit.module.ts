import { Module } from '@nestjs/common';
import { AuditQueryService } from './audit-query.service';
import { AuditRepository } from './audit.repository';
import { AuditResolver } from './audit.resolver';

/** Reading the audit trail. Writing it is AuditService (CoreModule), which every module uses. */
@Module({ providers: [AuditRepository, AuditQueryService, AuditResolver] })
export class AuditModule {}
