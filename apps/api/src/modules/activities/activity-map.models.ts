import { ArgsType, Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { IsIsoDate } from '../../core/graphql/input-rules';
import { OrganisationModel } from '../../core/accounts/accounts.models';

@ArgsType()
export class ActivityMapArgs {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD); today by default.' }) @IsOptional() @IsIsoDate() asOf?: string | null;
}

@ObjectType()
export class ActivityMapGoal {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
}

@ObjectType()
export class ActivityMapMember {
  @Field(() => ID) membershipId: string;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
}

@ObjectType({ description: 'One goal × member cell of the map; cells without activities are left out (read them as 0).' })
export class ActivityMapCell {
  @Field(() => ID) goalId: string;
  @Field(() => ID) membershipId: string;
  @Field(() => Int, { description: 'Activities of the member on the goal, except cancelled ones.' }) activityCount: number;
  @Field(() => Int, { description: 'Of those, RUNNING on the asOf date.' }) runningCount: number;
}

@ObjectType({ description: 'An active or planned goal that no activity is running for on the asOf date.' })
export class ActivityMapGap {
  @Field(() => ID) goalId: string;
  @Field() goalTitle: string;
}

@ObjectType()
export class OverlapActivity {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  @Field(() => String, { nullable: true }) periodStart: string | null;
  @Field(() => String, { nullable: true }) periodEnd: string | null;
}

@ObjectType({
  description:
    'A coordination hint: different members run open (planned, running or paused) activities on the same goal, for the same target group ' +
    '(case-insensitive), in the same district, at overlapping times. Listed once per goal, target group and district.',
})
export class Overlap {
  @Field(() => ID) goalId: string;
  @Field() goalTitle: string;
  @Field() targetGroup: string;
  @Field(() => ID) districtId: string;
  @Field({ description: 'The district’s name.' }) district: string;
  @Field(() => [OverlapActivity], { description: 'Each activity here overlaps in time with one of another member.' }) activities: OverlapActivity[];
}

@ObjectType({ description: 'Who works towards which goal: the goals × members matrix, its gaps and overlaps.' })
export class ActivityMap {
  @Field({ description: 'The date the running counts and gaps refer to (YYYY-MM-DD).' }) asOf: string;
  @Field(() => [ActivityMapGoal], { description: 'All goals of the alliance in tree order.' }) goals: ActivityMapGoal[];
  @Field(() => [ActivityMapMember], { description: 'Active backbone and partner members, and any member that has activities.' }) members: ActivityMapMember[];
  @Field(() => [ActivityMapCell]) cells: ActivityMapCell[];
  @Field(() => [ActivityMapGap]) gaps: ActivityMapGap[];
  @Field(() => [Overlap]) overlaps: Overlap[];
}
