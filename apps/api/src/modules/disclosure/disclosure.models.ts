import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { MAX_SMALL_NUMBER_THRESHOLD, MIN_SMALL_NUMBER_THRESHOLD } from './small-numbers.rules';

@ObjectType('DisclosureSettings', { description: 'Small-number protection of an alliance (every member may read it; the backbone edits it).' })
export class DisclosureSettingsModel {
  @Field(() => ID) allianceId: string;
  @Field(() => Int, {
    description: 'k: counts 1 … k−1 (and shares of fewer than k people) are hidden from funders, observers and the public, with complementary cells.',
  })
  smallNumberThreshold: number;
  @Field({ description: "Whether the caller's views hide small numbers (false for the backbone)." }) appliesToMe: boolean;
  @Field(() => Int, { description: "The alliance's version (optimistic locking, shared with the profile)." }) version: number;
}

@InputType()
export class UpdateSmallNumberThresholdInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => Int) @Min(1) @IsInt() version: number;
  @Field(() => Int, { description: `${MIN_SMALL_NUMBER_THRESHOLD} … ${MAX_SMALL_NUMBER_THRESHOLD}.` })
  @IsInt()
  @Min(MIN_SMALL_NUMBER_THRESHOLD)
  @Max(MAX_SMALL_NUMBER_THRESHOLD)
  smallNumberThreshold: number;
}
