import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import {
  AGGREGATIONS,
  FREQUENCIES,
  INDICATOR_DIRECTIONS,
  INDICATOR_STATUSES,
  RBA_KINDS,
  type AggregationName,
  type FrequencyName,
  type IndicatorDirectionName,
  type IndicatorStatusName,
  type RbaKindName,
} from '@gemeinwerk/shared';
import {
  ArrayMaxSize,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import { IndicatorAggregation, IndicatorDirection, IndicatorStatus, RbaKind, ReportingFrequency } from '../../core/graphql/enums';
import { Paginated } from '../../core/graphql/pagination';
import { IsPeriodKey } from '../../core/graphql/input-rules';
import { Trim } from '../../core/graphql/validation';
import { DimensionModel } from './dimension.models';
import { TargetModel } from './target.models';

/** A goal the indicator measures progress on (only what an indicator view needs). */
@ObjectType('IndicatorGoal')
export class IndicatorGoalModel {
  @Field(() => ID) id: string;
  @Field() title: string;
}

@ObjectType('Indicator')
export class IndicatorModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'Short code, unique in the alliance (e.g. "B1").' }) code: string | null;
  @Field() name: string;
  @Field({ description: 'What exactly is counted, and what is not.' }) definition: string;
  @Field() unit: string;
  @Field(() => IndicatorDirection) direction: IndicatorDirectionName;
  @Field(() => IndicatorAggregation) aggregation: AggregationName;
  @Field(() => ReportingFrequency) frequency: FrequencyName;
  @Field(() => RbaKind) rbaKind: RbaKindName;
  @Field(() => Float, { nullable: true }) baselineValue: number | null;
  @Field(() => String, { nullable: true, description: 'Period key of the baseline, in the indicator’s frequency.' }) baselinePeriod: string | null;
  @Field() collectionMethod: string;
  @Field({
    description:
      "The values come from approved citizens' reports or feedback (participation, setParticipationIndicatorSource), computed per period; read-only, no member reports are expected.",
  })
  fromParticipation: boolean;
  @Field(() => String, { nullable: true, description: 'RATIO only: what the numerator counts.' }) numeratorLabel: string | null;
  @Field(() => String, { nullable: true, description: 'RATIO only: what the denominator counts.' }) denominatorLabel: string | null;
  @Field(() => Int, { description: 'Decimal places to show (0–4). Display only: whether decimals may be reported is `integerOnly`.' }) decimals: number;
  @Field({ description: 'Plausibility: values (and their parts) may be below 0. Off by default: counts are never negative.' }) allowNegative: boolean;
  @Field({
    description:
      'Plausibility: only whole numbers (values and parts; RATIO: numerator and denominator). A value with decimals is refused (code notInteger), never rounded.',
  })
  integerOnly: boolean;
  @Field(() => Float, {
    nullable: true,
    description: 'Plausibility: smallest allowed value (RATIO: of the computed share). Refused below it (code belowMin, param min).',
  })
  minValue: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Plausibility: largest allowed value (RATIO: of the computed share). Refused above it (code aboveMax, param max).',
  })
  maxValue: number | null;
  @Field({ description: 'RATIO plausibility: the numerator may exceed the denominator. Off by default (code numeratorAboveDenominator).' })
  allowRatioAboveOne: boolean;
  @Field(() => Float, {
    nullable: true,
    description:
      "Plausibility warning, not an error: when a value differs from the same member's value of the previous period by more than this share " +
      '(0.5 = 50 %), saving succeeds and the response carries a `valueJump` warning. Null: no warning.',
  })
  jumpWarningShare: number | null;
  @Field(() => IndicatorStatus) status: IndicatorStatusName;
  @Field(() => Int) version: number;
  @Field(() => [IndicatorGoalModel]) goals: IndicatorGoalModel[];
  @Field(() => [DimensionModel], { description: 'Disaggregation dimensions, with their categories.' }) dimensions: DimensionModel[];
  @Field(() => [TargetModel], { description: 'Targets, ordered by the end of their period (finer periods first).' }) targets: TargetModel[];
}

@ObjectType()
export class IndicatorPage extends Paginated(IndicatorModel) {}

@InputType()
export class IndicatorFilter {
  @Field(() => ID, { nullable: true, description: 'Only indicators linked to this goal.' }) @IsOptional() @IsUUID() goalId?: string;
  @Field(() => IndicatorStatus, { nullable: true }) @IsOptional() @IsIn(INDICATOR_STATUSES) status?: IndicatorStatusName;
}

const finite = () => IsNumber({ allowNaN: false, allowInfinity: false });
/** Absent means "leave as is"; present must not be null (for columns that cannot be empty). */
const IfPresent = () => ValidateIf((_o, v) => v !== undefined);

@InputType()
export class CreateIndicatorInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(20) code?: string | null;
  @Field() @Trim() @IsString() @MinLength(1) @MaxLength(200) name: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) definition?: string;
  @Field({ nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(100) unit?: string;
  @Field(() => IndicatorDirection) @IsIn(INDICATOR_DIRECTIONS) direction: IndicatorDirectionName;
  @Field(() => IndicatorAggregation) @IsIn(AGGREGATIONS) aggregation: AggregationName;
  @Field(() => ReportingFrequency) @IsIn(FREQUENCIES) frequency: FrequencyName;
  @Field(() => RbaKind) @IsIn(RBA_KINDS) rbaKind: RbaKindName;
  @Field(() => Float, { nullable: true }) @IsOptional() @finite() baselineValue?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(10) @IsPeriodKey() baselinePeriod?: string | null;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) collectionMethod?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(200) numeratorLabel?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(200) denominatorLabel?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(4) decimals?: number;
  @Field({ nullable: true, description: 'Default false.' }) @IsOptional() @IsBoolean() allowNegative?: boolean;
  @Field({ nullable: true, description: 'Default false.' }) @IsOptional() @IsBoolean() integerOnly?: boolean;
  @Field(() => Float, { nullable: true }) @IsOptional() @finite() minValue?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @finite() maxValue?: number | null;
  @Field({ nullable: true, description: 'Default false.' }) @IsOptional() @IsBoolean() allowRatioAboveOne?: boolean;
  @Field(() => Float, { nullable: true, description: 'Greater than 0 (0.5 = 50 %).' }) @IsOptional() @finite() @Min(0.0001) @Max(1000) jumpWarningShare?:
    number | null;
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID(undefined, { each: true }) @ArrayMaxSize(100) goalIds?: string[];
  @Field(() => [ID], { nullable: true }) @IsOptional() @IsUUID(undefined, { each: true }) @ArrayMaxSize(20) dimensionIds?: string[];
}

/** Fields left out stay as they are; `null` clears the optional ones (code, baseline, ratio labels, min/max, jump warning). */
@InputType()
export class UpdateIndicatorInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() indicatorId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(20) code?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @Trim() @IsDefined() @IsString() @MinLength(1) @MaxLength(200) name?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @IsDefined() @IsString() @MaxLength(5000) definition?: string;
  @Field(() => String, { nullable: true }) @IfPresent() @Trim() @IsDefined() @IsString() @MaxLength(100) unit?: string;
  @Field(() => IndicatorDirection, { nullable: true }) @IfPresent() @IsIn(INDICATOR_DIRECTIONS) direction?: IndicatorDirectionName;
  @Field(() => IndicatorAggregation, { nullable: true }) @IfPresent() @IsIn(AGGREGATIONS) aggregation?: AggregationName;
  @Field(() => ReportingFrequency, { nullable: true }) @IfPresent() @IsIn(FREQUENCIES) frequency?: FrequencyName;
  @Field(() => RbaKind, { nullable: true }) @IfPresent() @IsIn(RBA_KINDS) rbaKind?: RbaKindName;
  @Field(() => Float, { nullable: true }) @IsOptional() @finite() baselineValue?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(10) @IsPeriodKey() baselinePeriod?: string | null;
  @Field(() => String, { nullable: true }) @IfPresent() @IsDefined() @IsString() @MaxLength(5000) collectionMethod?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(200) numeratorLabel?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(200) denominatorLabel?: string | null;
  @Field(() => Int, { nullable: true }) @IfPresent() @IsDefined() @IsInt() @Min(0) @Max(4) decimals?: number;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsDefined() @IsBoolean() allowNegative?: boolean;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsDefined() @IsBoolean() integerOnly?: boolean;
  @Field(() => Float, { nullable: true, description: 'null clears the bound.' }) @IsOptional() @finite() minValue?: number | null;
  @Field(() => Float, { nullable: true, description: 'null clears the bound.' }) @IsOptional() @finite() maxValue?: number | null;
  @Field(() => Boolean, { nullable: true }) @IfPresent() @IsDefined() @IsBoolean() allowRatioAboveOne?: boolean;
  @Field(() => Float, { nullable: true, description: 'null switches the warning off.' }) @IsOptional() @finite() @Min(0.0001) @Max(1000) jumpWarningShare?:
    number | null;
}

@InputType()
export class IndicatorVersionInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() indicatorId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class SetIndicatorGoalsInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() indicatorId: string;
  @Field(() => [ID]) @IsUUID(undefined, { each: true }) @ArrayMaxSize(100) goalIds: string[];
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class SetIndicatorDimensionsInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() indicatorId: string;
  @Field(() => [ID]) @IsUUID(undefined, { each: true }) @ArrayMaxSize(20) dimensionIds: string[];
  @Field(() => Int) @IsInt() @Min(1) version: number;
}
