import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ACTIVITY_STATUSES, type ActivityStatusName } from '@gemeinwerk/shared';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { ActivityStatus } from '../../core/graphql/enums';
import { Paginated } from '../../core/graphql/pagination';
import { SearchText, Trim } from '../../core/graphql/validation';
import { OrganisationModel } from '../../core/accounts/accounts.models';
import { IsIsoDate } from './iso-date';

@ObjectType('ActivityGoal', { description: 'A goal an activity works towards.' })
export class ActivityGoalModel {
  @Field(() => ID) id: string;
  @Field() title: string;
}

@ObjectType('ActivityIndicator', { description: 'An indicator an activity contributes to.' })
export class ActivityIndicatorModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('Activity', { description: 'What a member organisation does towards the agenda: for whom, where, when, with what.' })
export class ActivityModel {
  @Field(() => ID) id: string;
  @Field(() => ID) allianceId: string;
  @Field(() => ID, { description: 'The membership of the organisation that carries out the activity.' }) membershipId: string;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  @Field() title: string;
  @Field() description: string;
  @Field(() => [ActivityGoalModel]) goals: ActivityGoalModel[];
  @Field(() => [ActivityIndicatorModel]) indicators: ActivityIndicatorModel[];
  @Field(() => [String], { description: 'Trimmed, without case-insensitive duplicates.' }) targetGroups: string[];
  @Field(() => ID, { nullable: true, description: 'A district of the alliance’s list (districts).' }) districtId: string | null;
  @Field(() => String, { nullable: true, description: 'The district’s name.' }) district: string | null;
  @Field(() => String, { nullable: true, description: 'Address or venue.' }) place: string | null;
  @Field(() => Float, { nullable: true }) latitude: number | null;
  @Field(() => Float, { nullable: true }) longitude: number | null;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' }) periodStart: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD); empty while open-ended.' }) periodEnd: string | null;
  @Field(() => ActivityStatus) status: ActivityStatusName;
  @Field({ description: 'Resources the organisation commits (people, rooms, material), as text.' }) resources: string;
  @Field(() => Float, { nullable: true }) budgetEur: number | null;
  @Field(() => Float, { nullable: true }) staffHoursPerMonth: number | null;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
}

@ObjectType()
export class ActivityPage extends Paginated(ActivityModel) {}

@InputType()
export class ActivityFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() goalId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() membershipId?: string;
  @Field(() => ActivityStatus, { nullable: true }) @IsOptional() @IsIn(ACTIVITY_STATUSES) status?: ActivityStatusName;
  @Field(() => ID, { nullable: true, description: 'Activities in this district.' }) @IsOptional() @IsUUID() districtId?: string;
  @Field({ nullable: true, description: 'Activities naming this target group (case-insensitive).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100)
  targetGroup?: string;
  @Field({ nullable: true, description: 'Text in the title or description (case-insensitive, taken literally; at most 200 characters; empty: no search).' })
  @SearchText()
  search?: string;
}

/**
 * Fields shared by create and update. On update an absent field stays as it is and an explicit
 * null clears it, so class-validator skips only `undefined` (ValidateIf) and the service decides
 * which fields may be null.
 */
@InputType({ isAbstract: true })
abstract class ActivityFields {
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(200) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) description?: string;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) goalIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) indicatorIds?: string[];
  @Field(() => [String], { nullable: true, description: 'Up to 20; trimmed, duplicates removed.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  targetGroups?: string[];
  @Field(() => ID, { nullable: true, description: 'A district of the alliance’s list; null: none.' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsUUID()
  districtId?: string | null;
  @Field(() => String, { nullable: true }) @ValidateIf((_, v) => v !== undefined && v !== null) @IsString() @MaxLength(500) place?: string | null;
  @Field(() => Float, { nullable: true, description: '−90…90; together with longitude.' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsNumber()
  @Min(-90)
  @Max(90)
  latitude?: number | null;
  @Field(() => Float, { nullable: true, description: '−180…180; together with latitude.' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsNumber()
  @Min(-180)
  @Max(180)
  longitude?: number | null;
  @Field(() => String, { nullable: true }) @ValidateIf((_, v) => v !== undefined && v !== null) @IsIsoDate() periodStart?: string | null;
  @Field(() => String, { nullable: true, description: 'Not before periodStart; empty for open-ended.' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsIsoDate()
  periodEnd?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(10000) resources?: string;
  @Field(() => Float, { nullable: true }) @ValidateIf((_, v) => v !== undefined && v !== null) @IsNumber() @Min(0) @Max(1e12) budgetEur?: number | null;
  @Field(() => Float, { nullable: true }) @ValidateIf((_, v) => v !== undefined && v !== null) @IsNumber() @Min(0) @Max(1e6) staffHoursPerMonth?: number | null;
}

@InputType()
export class CreateActivityInput extends ActivityFields {
  @Field(() => ID) @IsUUID() allianceId: string;
  // Required here, optional on update; blank titles are refused by the service.
  @Field() @IsString() @MaxLength(200) declare title: string;
  @Field(() => ID, { nullable: true, description: "Whose activity it is: your own organisation's by default; the backbone may name any active member." })
  @IsOptional()
  @IsUUID()
  membershipId?: string;
  @Field(() => ActivityStatus, { nullable: true, description: 'PLANNED unless given.' }) @IsOptional() @IsIn(ACTIVITY_STATUSES) status?: ActivityStatusName;
}

@InputType({ description: 'Changes the given fields; an absent field stays, null clears an optional one. Status changes go through changeActivityStatus.' })
export class UpdateActivityInput extends ActivityFields {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() activityId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class ChangeActivityStatusInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() activityId: string;
  @Field(() => ActivityStatus) @IsIn(ACTIVITY_STATUSES) status: ActivityStatusName;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class DeleteActivityInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() activityId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}
