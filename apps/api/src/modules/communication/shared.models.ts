import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { MembershipRoleName } from '@gemeinwerk/shared';
import { MembershipRole } from '../../core/graphql/enums';
import { OrganisationModel } from '../../core/accounts/accounts.models';

/** Small types and validators shared by the log, action items and proposals. */

/** Dates (YYYY-MM-DD, years 1900–2200) and lists of linked ids (at most 100 UUIDs) follow the API's rules. */
export { IdList, IsIsoDate } from '../../core/graphql/input-rules';

@ObjectType('LogPerson', { description: 'A person as shown in the log (name only).' })
export class LogPersonModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('LogMember', { description: 'A member organisation as shown in the log.' })
export class LogMemberModel {
  @Field(() => ID) membershipId: string;
  @Field(() => MembershipRole) role: MembershipRoleName;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
}

@ObjectType('LogEntryGoal')
export class LogEntryGoalModel {
  @Field(() => ID) id: string;
  @Field() title: string;
}

@ObjectType('LogEntryIndicator')
export class LogEntryIndicatorModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() unit: string;
}
