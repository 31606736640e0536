import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsInt, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { MAX_SHOWN_GOALS, MAX_SHOWN_INDICATORS } from './progress-public.rules';

@ObjectType('PublicProgressSettings', {
  description: 'The public progress page of an alliance: whether it is published, its address and what it shows (backbone).',
})
export class PublicProgressSettingsModel {
  @Field(() => ID) allianceId: string;
  @Field({ description: 'Shown to everyone without login at /fortschritt/<slug> while true.' }) published: boolean;
  @Field(() => String, { nullable: true, description: 'The page’s address (a–z, 0–9, hyphens), unique across the platform; null before the first save.' })
  slug: string | null;
  @Field(() => [ID], { description: 'Goals of the common agenda shown, in the agenda’s order.' }) goalIds: string[];
  @Field(() => [ID], { description: 'Indicators shown (approved roll-ups only), in this order.' }) indicatorIds: string[];
  @Field(() => Int, { description: 'Optimistic locking; 0 before the first save.' }) version: number;
}

@InputType()
export class UpdatePublicProgressInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => Int, { description: '0 the first time.' }) @IsInt() @Min(0) version: number;
  @Field() @IsBoolean() published: boolean;
  @Field({ description: 'a–z, 0–9 and hyphens, 2–63 characters.' }) @IsString() @MaxLength(63) slug: string;
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(MAX_SHOWN_GOALS) @IsUUID('all', { each: true }) goalIds: string[];
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(MAX_SHOWN_INDICATORS) @IsUUID('all', { each: true }) indicatorIds: string[];
}
