import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GOAL_STATUSES, type GoalStatusName } from '@gemeinwerk/shared';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { Trim } from '../../core/graphql/validation';
import { GoalStatus } from '../../core/graphql/enums';
import { OrganisationModel } from '../../core/accounts/accounts.models';
import { IsIsoDate } from '../alliances/profile.rules';

@ObjectType('Goal')
export class GoalModel {
  @Field(() => ID) id: string;
  @Field(() => ID) allianceId: string;
  @Field(() => ID, { nullable: true, description: 'The goal this one is a sub-goal of; null for a top-level goal.' }) parentId: string | null;
  @Field(() => Int, { description: 'Levels below the top (0 for a top-level goal).' }) depth: number;
  @Field() title: string;
  @Field() description: string;
  @Field(() => Int, { description: 'Place among its siblings, 0-based and dense.' }) position: number;
  @Field(() => GoalStatus) status: GoalStatusName;
  @Field(() => ID, { nullable: true }) ownerMembershipId: string | null;
  @Field(() => OrganisationModel, { nullable: true, description: 'The member organisation that takes the lead on this goal.' })
  ownerOrganisation: OrganisationModel | null;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' }) periodStart: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' }) periodEnd: string | null;
  @Field(() => Int) version: number;
  @Field(() => Int, { description: 'Indicators linked to this goal.' }) indicatorCount: number;
  @Field(() => Int, { description: 'Activities with status RUNNING linked to this goal.' }) runningActivityCount: number;
}

@InputType()
export class CreateGoalInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID, { nullable: true, description: 'Parent goal; leave out for a top-level goal.' }) @IsOptional() @IsUUID() parentId?: string | null;
  @Field() @Trim() @IsNotEmpty() @MaxLength(300) @IsString() title: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(10000) @IsString() description?: string;
  @Field(() => GoalStatus, { defaultValue: 'PLANNED' }) @IsIn(GOAL_STATUSES) status: GoalStatusName;
  @Field(() => ID, { nullable: true, description: 'An ACTIVE membership of the alliance.' }) @IsOptional() @IsUUID() ownerMembershipId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() periodStart?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() periodEnd?: string | null;
  @Field(() => Int, { nullable: true, description: 'Place among the siblings (0-based); leave out to append.' })
  @IsOptional()
  @Min(0)
  @Max(100000)
  @IsInt()
  position?: number | null;
}

/** Present fields change; `null` clears owner and period. */
@InputType()
export class UpdateGoalInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() goalId: string;
  @Field(() => Int) @Min(1) @IsInt() version: number;
  @Field({ nullable: true }) @ValidateIf((o) => o.title !== undefined) @Trim() @IsNotEmpty() @MaxLength(300) @IsString() title?: string;
  @Field({ nullable: true }) @ValidateIf((o) => o.description !== undefined) @MaxLength(10000) @IsString() description?: string;
  @Field(() => GoalStatus, { nullable: true }) @ValidateIf((o) => o.status !== undefined) @IsIn(GOAL_STATUSES) status?: GoalStatusName;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() ownerMembershipId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() periodStart?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIsoDate() periodEnd?: string | null;
}

@InputType()
export class MoveGoalInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() goalId: string;
  @Field(() => ID, { nullable: true, description: 'New parent; null moves the goal to the top level.' }) @IsOptional() @IsUUID() parentId?: string | null;
  @Field(() => Int, { description: 'Place among the new siblings (0-based); larger values append.' }) @Min(0) @Max(100000) @IsInt() position: number;
  @Field(() => Int) @Min(1) @IsInt() version: number;
}

@InputType()
export class DeleteGoalInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() goalId: string;
  @Field(() => Int) @Min(1) @IsInt() version: number;
}
