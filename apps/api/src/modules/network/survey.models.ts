import { RELATIONSHIP_KINDS, type RelationshipKindName } from '@gemeinwerk/shared';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsIsoDate } from '../../core/graphql/input-rules';
import { Trim } from '../../core/graphql/validation';
import { OrganisationModel } from '../../core/accounts/accounts.models';
import { NetworkModel, RelationshipKind } from './network.models';
import {
  SURVEY_FREQUENCIES,
  SURVEY_RESPONSE_STATES,
  SURVEY_ROUND_STATES,
  type SurveyFrequency,
  type SurveyResponseState,
  type SurveyRoundState,
} from './survey.entity';
import type { PairChange } from './survey-measures';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const SurveyRoundStateEnum = asEnum(SURVEY_ROUND_STATES);
export const SurveyResponseStateEnum = asEnum(SURVEY_RESPONSE_STATES);
export const SurveyFrequencyEnum = asEnum(SURVEY_FREQUENCIES);
export const SurveyPairChangeEnum = asEnum(['NEW', 'LOST', 'KEPT'] as const);
registerEnumType(SurveyRoundStateEnum, { name: 'SurveyRoundState', description: 'OPEN: members answer; CLOSED: its network can be seen.' });
registerEnumType(SurveyResponseStateEnum, {
  name: 'SurveyResponseState',
  description: 'PENDING: nothing saved yet; DRAFT: saved, not sent; SUBMITTED: counts.',
});
registerEnumType(SurveyFrequencyEnum, {
  name: 'SurveyFrequency',
  description: 'How often two organisations are in touch: about once a year, a quarter, a month, a week.',
});
registerEnumType(SurveyPairChangeEnum, { name: 'SurveyPairChange', description: 'A tie that is NEW in the later round, LOST since the earlier one, or KEPT.' });

@ObjectType('SurveyRound', { description: 'A network survey round: each member rates its relationship to each other member.' })
export class SurveyRoundModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { description: 'ISO date.' }) opensOn: string;
  @Field(() => String, { description: 'ISO date: when members are asked to have answered.' }) closesOn: string;
  @Field(() => SurveyRoundStateEnum) state: SurveyRoundState;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Int) version: number;
  @Field(() => Int, { description: 'Members asked (backbone and partners when it opened).' }) respondentCount: number;
  @Field(() => Int) submittedCount: number;
  @Field(() => Float, { description: 'submitted ÷ asked (0..1).' }) responseRate: number;
  @Field(() => SurveyResponseStateEnum, { nullable: true, description: "The caller's own response; null when it was not asked." })
  myResponseState: SurveyResponseState | null;
}

@ObjectType('SurveyRespondent', { description: 'A member asked in a round, and how far it got (the backbone sees these).' })
export class SurveyRespondentModel {
  @Field(() => ID, { description: 'The membership id.' }) id: string;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  @Field(() => SurveyResponseStateEnum) state: SurveyResponseState;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
}

@ObjectType('SurveyRoundDetail', { description: 'A round with, for the backbone, who has answered.' })
export class SurveyRoundDetailModel {
  @Field(() => SurveyRoundModel) round: SurveyRoundModel;
  @Field(() => [SurveyRespondentModel], { nullable: true, description: 'Backbone only; null for others.' }) respondents: SurveyRespondentModel[] | null;
}

@ObjectType('SurveyAnswer', { description: 'One rating: a member about its relationship to another; kind null = no relationship.' })
export class SurveyAnswerModel {
  @Field(() => ID) fromMembershipId: string;
  @Field(() => ID) toMembershipId: string;
  @Field(() => RelationshipKind, { nullable: true }) kind: RelationshipKindName | null;
  @Field(() => SurveyFrequencyEnum, { nullable: true }) frequency: SurveyFrequency | null;
  @Field(() => Int, { nullable: true, description: '1 (little) … 4 (much).' }) trust: number | null;
  @Field(() => Int, { nullable: true, description: '1 (little) … 4 (much).' }) value: number | null;
}

@ObjectType('SurveyMember', { description: 'A member to rate.' })
export class SurveyMemberModel {
  @Field(() => ID, { description: 'The membership id.' }) id: string;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
}

@ObjectType('MySurveyResponse', { description: "The caller's own response to a round: the members to rate and its answers so far." })
export class MySurveyResponseModel {
  @Field(() => SurveyRoundModel) round: SurveyRoundModel;
  @Field(() => SurveyResponseStateEnum) state: SurveyResponseState;
  @Field(() => Int) version: number;
  @Field(() => [SurveyMemberModel]) others: SurveyMemberModel[];
  @Field(() => [SurveyAnswerModel]) answers: SurveyAnswerModel[];
}

@ObjectType('SurveyRoundNetwork', { description: 'The network of a closed round: ties where one side named a relationship, with measures.' })
export class SurveyRoundNetworkModel {
  @Field(() => SurveyRoundModel) round: SurveyRoundModel;
  @Field(() => NetworkModel, { description: 'Nodes are the members asked; every tie has the source STATED and the kinds named.' }) network: NetworkModel;
  @Field(() => Float, { nullable: true }) meanTrust: number | null;
  @Field(() => Float, { nullable: true }) meanValue: number | null;
  @Field(() => Int) mutualDyads: number;
  @Field(() => [SurveyAnswerModel], { nullable: true, description: 'Every submitted answer: backbone only; null for partners, who see the aggregate.' })
  answers: SurveyAnswerModel[] | null;
}

@ObjectType('SurveyRoundFigures', { description: 'The figures of one round, for comparison.' })
export class SurveyRoundFiguresModel {
  @Field(() => SurveyRoundModel) round: SurveyRoundModel;
  @Field(() => Float) density: number;
  @Field(() => Int) ties: number;
  @Field(() => Float, { nullable: true }) meanTrust: number | null;
  @Field(() => Float, { nullable: true }) meanValue: number | null;
  @Field(() => Float) reciprocity: number;
}

@ObjectType('SurveyPairChangeRow', { description: 'A tie that is new, lost or kept between two rounds; trust and value (pair means) for the backbone only.' })
export class SurveyPairChangeModel {
  @Field(() => SurveyMemberModel) a: SurveyMemberModel;
  @Field(() => SurveyMemberModel) b: SurveyMemberModel;
  @Field(() => SurveyPairChangeEnum) change: PairChange;
  @Field(() => Float, { nullable: true }) trustBefore: number | null;
  @Field(() => Float, { nullable: true }) trustAfter: number | null;
  @Field(() => Float, { nullable: true }) valueBefore: number | null;
  @Field(() => Float, { nullable: true }) valueAfter: number | null;
}

@ObjectType('SurveyComparison', { description: 'How the network changed from one closed round to another.' })
export class SurveyComparisonModel {
  @Field(() => SurveyRoundFiguresModel) before: SurveyRoundFiguresModel;
  @Field(() => SurveyRoundFiguresModel) after: SurveyRoundFiguresModel;
  @Field(() => Int) newTies: number;
  @Field(() => Int) lostTies: number;
  @Field(() => Int) keptTies: number;
  @Field(() => Float) densityChange: number;
  @Field(() => Float, { nullable: true }) meanTrustChange: number | null;
  @Field(() => Float, { nullable: true }) meanValueChange: number | null;
  @Field(() => Float) reciprocityChange: number;
  @Field(() => [SurveyPairChangeModel]) pairs: SurveyPairChangeModel[];
}

@InputType()
export class OpenSurveyRoundInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field() @Trim() @IsString() @MinLength(1) @MaxLength(200) title: string;
  @Field(() => String, { description: 'ISO date.' }) @IsIsoDate() opensOn: string;
  @Field(() => String, { description: 'ISO date, not before opensOn.' }) @IsIsoDate() closesOn: string;
}

@InputType()
export class CloseSurveyRoundInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() roundId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class SurveyAnswerInput {
  @Field(() => ID) @IsUUID() toMembershipId: string;
  @Field(() => RelationshipKind, { nullable: true, description: 'null: no relationship (then leave the rest empty).' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsIn(RELATIONSHIP_KINDS)
  kind?: RelationshipKindName | null;
  @Field(() => SurveyFrequencyEnum, { nullable: true })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsIn(SURVEY_FREQUENCIES)
  frequency?: SurveyFrequency | null;
  @Field(() => Int, { nullable: true }) @ValidateIf((_, v) => v !== undefined && v !== null) @IsInt() @Min(1) @Max(4) trust?: number | null;
  @Field(() => Int, { nullable: true }) @ValidateIf((_, v) => v !== undefined && v !== null) @IsInt() @Min(1) @Max(4) value?: number | null;
}

@InputType()
export class SaveSurveyResponseInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() roundId: string;
  @Field(() => Int, { description: 'The version of your response you read.' }) @IsInt() @Min(1) version: number;
  @Field(() => [SurveyAnswerInput], { description: 'Your answers; members not named stay unanswered.' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerInput)
  answers: SurveyAnswerInput[];
  @Field({ defaultValue: false, description: 'true: send it (it counts); false: keep it as a draft.' }) @IsBoolean() submit: boolean;
}

@InputType()
export class SurveyRoundNetworkFilterInput {
  @Field(() => [RelationshipKind], { nullable: true, description: 'Only answers of these kinds.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RELATIONSHIP_KINDS.length)
  @IsIn(RELATIONSHIP_KINDS, { each: true })
  kinds?: RelationshipKindName[] | null;
  @Field(() => Int, { nullable: true, description: 'Only answers with at least this trust (1–4).' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsInt()
  @Min(1)
  @Max(4)
  minTrust?: number | null;
}
