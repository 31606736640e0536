import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { PageInput } from '../graphql/pagination';
import type { AllianceContext } from '../tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../tenancy/alliance-scoped.decorator';
import { AuditEventFilter, AuditEventPage, AuditFacetsModel } from './audit.models';
import { AuditQueryService } from './audit-query.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditQueryService) {}

  @AllianceScoped()
  @Query(() => AuditEventPage, { description: 'Audit trail of the alliance, newest first (backbone only).' })
  auditEvents(
    @CurrentAlliance() ctx: AllianceContext,
    @Args('allianceId', { type: () => ID }) _id: string,
    // Typed without `| null` so that the emitted metadata names the class and the ValidationPipe checks it.
    @Args('filter', { type: () => AuditEventFilter, nullable: true }) filter: AuditEventFilter,
    @Args('page', { type: () => PageInput, nullable: true, defaultValue: { first: 25 } }) page: PageInput,
  ) {
    return this.audit.list(ctx, filter ?? {}, page);
  }

  @AllianceScoped()
  @Query(() => AuditFacetsModel, { description: 'The people, actions and object types that occur in the audit trail, for its filters (backbone only).' })
  auditFacets(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.audit.facets(ctx);
  }
}
