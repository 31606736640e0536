import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { IsPeriodKey } from '../../core/graphql/input-rules';
import { Trim } from '../../core/graphql/validation';

/** The value an indicator should reach in a period. */
@ObjectType('Target')
export class TargetModel {
  @Field(() => ID) id: string;
  @Field({ description: 'Period key in the indicator’s frequency or a coarser one (2026-03, 2026-Q1, 2026).' }) periodKey: string;
  @Field(() => Float) value: number;
  @Field(() => Int) version: number;
}

@InputType()
export class SetTargetInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() indicatorId: string;
  @Field() @Trim() @IsString() @MaxLength(10) @IsPeriodKey() periodKey: string;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }) value: number;
  @Field(() => Int, { nullable: true, description: 'null creates the target for this period; otherwise the version you edited.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

@InputType()
export class DeleteTargetInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() targetId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}
