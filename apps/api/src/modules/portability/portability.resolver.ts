import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { GraphQLJSON } from '../../core/graphql/json.scalar';
import type { AllianceContext } from '../../core/tenancy/alliance-context';
import { AllianceScoped, CurrentAlliance } from '../../core/tenancy/alliance-scoped.decorator';
import { PortabilityService } from './portability.service';

@Resolver()
export class PortabilityResolver {
  constructor(private readonly portability: PortabilityService) {}

  @AllianceScoped()
  @Query(() => GraphQLJSON, {
    description:
      'Backbone only. The whole alliance as a JSON archive (format gemeinwerk.alliance-archive v1): every tenant table, the organisations ' +
      'and users it references (users as id, name, email only). Import it elsewhere with `pnpm --filter @gemeinwerk/api alliance:import <file>`.',
  })
  allianceExport(@CurrentAlliance() ctx: AllianceContext, @Args('allianceId', { type: () => ID }) _id: string) {
    return this.portability.exportAlliance(ctx);
  }
}
