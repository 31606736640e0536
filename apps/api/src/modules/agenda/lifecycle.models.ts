import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ALLIANCE_LIFECYCLES, type AllianceLifecycleName } from '@gemeinwerk/shared';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { AgendaWarningCode, AllianceLifecycle, type AgendaWarningCodeName } from '../../core/graphql/enums';
import { Trim } from '../../core/graphql/validation';
import { AllianceModel } from '../alliances/alliances.models';

@InputType()
export class RenewalGoalInput {
  @Field() @Trim() @IsNotEmpty() @MaxLength(300) @IsString() title: string;
  @Field({ nullable: true }) @IsOptional() @MaxLength(10000) @IsString() description?: string;
}

@InputType()
export class ChangeAllianceLifecycleInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => Int) @Min(1) @IsInt() version: number;
  @Field(() => AllianceLifecycle) @IsIn(ALLIANCE_LIFECYCLES) to: AllianceLifecycleName;
  @Field(() => RenewalGoalInput, { nullable: true, description: 'The new goal; required for (and only for) to: RENEWED.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => RenewalGoalInput)
  renewalGoal?: RenewalGoalInput | null;
}

@ObjectType('AgendaWarning')
export class AgendaWarningModel {
  @Field(() => AgendaWarningCode) code: AgendaWarningCodeName;
  @Field(() => ID) goalId: string;
  @Field() goalTitle: string;
}

@ObjectType()
export class AllianceLifecyclePayload {
  @Field(() => AllianceModel) alliance: AllianceModel;
  @Field(() => [AgendaWarningModel], { description: 'Things to fix that do not block the change.' }) warnings: AgendaWarningModel[];
}
