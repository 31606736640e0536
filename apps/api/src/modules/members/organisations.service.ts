import { Injectable } from '@nestjs/common';
import { notFound } from '../../core/errors';
import type { AuthUser, RequestScope } from '../../core/request-context';
import { TenancyService } from '../../core/tenancy/tenancy.service';
import { MembersRepository } from './members.repository';
import { OrganisationSettings } from './members.models';

/**
 * What an organisation's own admins decide about it. Organisations are platform-wide (no
 * alliance, no row-level security), so the rule lives here: the caller must administer the
 * organisation (an admin seat in one of its active memberships). There is no platform admin.
 */
@Injectable()
export class OrganisationsService {
  constructor(
    private readonly tenancy: TenancyService,
    private readonly members: MembersRepository,
  ) {}

  async mine(scope: RequestScope, user: AuthUser): Promise<OrganisationSettings[]> {
    const administered = await this.tenancy.administeredOrganisationIds(scope.em, user.id);
    const orgs = await this.members.organisationsOfUser(scope.em, user.id);
    return orgs.map((o) => ({ ...o, canAdminister: administered.includes(o.id) }));
  }

  /** Opt in or out of being found by other alliances' backbones. Not one's own: NOT_FOUND. */
  async setFindable(scope: RequestScope, user: AuthUser, organisationId: string, findable: boolean): Promise<OrganisationSettings> {
    const administered = await this.tenancy.administeredOrganisationIds(scope.em, user.id);
    if (!administered.includes(organisationId)) throw notFound('Organisation');
    await this.members.setOrganisationFindable(scope.em, organisationId, findable);
    return (await this.mine(scope, user)).find((o) => o.id === organisationId)!;
  }
}
