import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  FREQUENCIES,
  MEASUREMENT_STATUSES,
  REPORTING_PERIOD_STATES,
  type FrequencyName,
  type MeasurementStatusName,
  type ReportingPeriodStateName,
} from '@gemeinwerk/shared';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { MeasurementStatus, ReportingFrequency, ReportingPeriodState, SeriesBreakdown, type SeriesBreakdownName } from '../../core/graphql/enums';
import { IsIsoDate, IsPeriodKey } from '../../core/graphql/input-rules';
import { Trim } from '../../core/graphql/validation';

/** Finite numbers only; GraphQL's Float already refuses NaN, Infinity and strings. */
const FINITE = { allowNaN: false, allowInfinity: false } as const;
export const MAX_BULK_ROWS = 500;
export const MAX_SERIES_INDICATORS = 50;

@InputType()
export class OpenReportingPeriodInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ReportingFrequency) @IsIn(FREQUENCIES) frequency: FrequencyName;
  @Field({ description: 'Must name a period of the frequency: 2026, 2026-Q1 or 2026-03.' }) @IsString() @MaxLength(10) @IsPeriodKey() periodKey: string;
  @Field({ nullable: true, description: 'ISO date (YYYY-MM-DD), not before the period starts.' }) @IsOptional() @IsIsoDate() dueOn?: string;
}

@InputType()
export class CloseReportingPeriodInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() reportingPeriodId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class MeasurementPartInput {
  @Field(() => ID) @IsUUID() categoryId: string;
  @Field(() => Float) @IsNumber(FINITE) value: number;
}

/** The fields of one reported value, shared by saveMeasurement and each row of submitMeasurements. */
@InputType({ isAbstract: true })
export abstract class MeasurementFields {
  @Field(() => ID) @IsUUID() indicatorId: string;
  @Field(() => ID) @IsUUID() reportingPeriodId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'The reporting member; partners may only give their own (the default). The backbone may report for any partner.',
  })
  @IsOptional()
  @IsUUID()
  membershipId?: string;
  @Field(() => Float, { nullable: true, description: 'Required unless the indicator is a RATIO (then it is computed).' })
  @IsOptional()
  @IsNumber(FINITE)
  value?: number | null;
  @Field(() => Float, { nullable: true, description: 'RATIO indicators only.' }) @IsOptional() @IsNumber(FINITE) numerator?: number | null;
  @Field(() => Float, { nullable: true, description: 'RATIO indicators only; greater than 0.' }) @IsOptional() @IsNumber(FINITE) denominator?: number | null;
  @Field(() => [MeasurementPartInput], { nullable: true, description: "Breakdown by the indicator's dimensions; a dimension may be left out entirely." })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => MeasurementPartInput)
  parts?: MeasurementPartInput[];
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(5000) note?: string;
  @Field(() => Int, { nullable: true, description: 'Required when the value exists already (optimistic locking).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

@InputType()
export class SaveMeasurementInput extends MeasurementFields {
  @Field(() => ID) @IsUUID() allianceId: string;
}

@InputType()
export class SaveMeasurementRow extends MeasurementFields {
  @Field({ defaultValue: false, description: 'Also submit the value for review.' }) @IsBoolean() submit: boolean;
}

@InputType()
export class SubmitMeasurementsInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => [SaveMeasurementRow], { description: `At most ${MAX_BULK_ROWS} rows.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_ROWS)
  @ValidateNested({ each: true })
  @Type(() => SaveMeasurementRow)
  rows: SaveMeasurementRow[];
}

@InputType()
export class MeasurementVersionInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() measurementId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class SubmitMeasurementInput extends MeasurementVersionInput {}

@InputType()
export class ApproveMeasurementInput extends MeasurementVersionInput {}

/** How many queued values the backbone may approve in one go. */
export const MAX_BULK_APPROVALS = 100;

@InputType()
export class MeasurementVersionRef {
  @Field(() => ID) @IsUUID() measurementId: string;
  @Field(() => Int, { description: 'The version the reviewer saw.' }) @IsInt() @Min(1) version: number;
}

@InputType()
export class ApproveMeasurementsInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => [MeasurementVersionRef], { description: `1 to ${MAX_BULK_APPROVALS} submitted values, each with the version the reviewer saw.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_BULK_APPROVALS)
  @ValidateNested({ each: true })
  @Type(() => MeasurementVersionRef)
  items: MeasurementVersionRef[];
}

@InputType()
export class RejectMeasurementInput extends MeasurementVersionInput {
  @Field({ description: 'What the partner should fix.' }) @Trim() @IsString() @MinLength(1) @MaxLength(2000) reason: string;
}

@InputType()
export class ReopenMeasurementInput extends MeasurementVersionInput {
  @Field({ description: 'Why the approved value goes back to the partner.' }) @Trim() @IsString() @MinLength(1) @MaxLength(2000) reason: string;
}

@InputType()
export class DeclareOverlapInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() measurementId: string;
  @Field(() => ID, { description: 'The other member that served the same people.' }) @IsUUID() otherMembershipId: string;
  @Field(() => Float, { description: 'How many of this value; greater than 0, at most the value.' }) @IsNumber(FINITE) amount: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(2000) note?: string;
}

@InputType()
export class RemoveOverlapInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() overlapId: string;
}

@InputType()
export class MeasurementFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() reportingPeriodId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() indicatorId?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() membershipId?: string;
  @Field(() => MeasurementStatus, { nullable: true }) @IsOptional() @IsIn(MEASUREMENT_STATUSES) status?: MeasurementStatusName;
}

@ArgsType()
export class ReportingPeriodsArgs {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ReportingPeriodState, { nullable: true }) @IsOptional() @IsIn(REPORTING_PERIOD_STATES) state?: ReportingPeriodStateName;
}

@ArgsType()
export class RollupArgs {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() indicatorId: string;
  @Field({ description: "A period key of the indicator's frequency." }) @IsPeriodKey() periodKey: string;
}

@ArgsType()
export class IndicatorSeriesArgs {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => [ID], { description: `1 to ${MAX_SERIES_INDICATORS} indicators.` })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SERIES_INDICATORS)
  @IsUUID('all', { each: true })
  indicatorIds: string[];
  @Field({ description: "First period (any frequency: each indicator starts at its period containing this one's first day)." })
  @IsPeriodKey()
  from: string;
  @Field({ description: "Last period (each indicator ends at its period containing this one's last day)." }) @IsPeriodKey() to: string;
  @Field(() => SeriesBreakdown, { defaultValue: 'TOTAL' }) @IsIn(['TOTAL', 'MEMBER', 'CATEGORY']) by: SeriesBreakdownName;
}

@ArgsType()
export class IndicatorProgressArgs {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field({ description: "First period (any frequency: each indicator starts at its period containing this one's first day)." })
  @IsPeriodKey()
  from: string;
  @Field({ description: "Last period (each indicator ends at its period containing this one's last day)." }) @IsPeriodKey() to: string;
}
