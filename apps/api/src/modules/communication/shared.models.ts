import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { MembershipRoleName } from '@gemeinwerk/shared';
import { ArrayMaxSize, IsArray, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { MembershipRole } from '../../core/graphql/enums';
import { OrganisationModel } from '../accounts/accounts.models';

/** Small types and validators shared by the log, action items and proposals. */

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not). */
export const IsIsoDate = (): PropertyDecorator => (target, key) => {
  Matches(/^\d{4}-\d{2}-\d{2}$/)(target, key);
  IsISO8601({ strict: true })(target, key);
};

/** Lists of linked ids: at most 100, each a UUID. */
export const IdList = (): PropertyDecorator => (target, key) => {
  IsOptional()(target, key);
  IsArray()(target, key);
  ArrayMaxSize(100)(target, key);
  IsUUID('all', { each: true })(target, key);
};

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

