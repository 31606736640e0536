import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { FrequencyName, MeasurementStatusName, ReportingPeriodStateName } from '@gemeinwerk/shared';
import { CompletenessStatus, MeasurementStatus, ReportingFrequency, ReportingPeriodState, type CompletenessStatusName } from '../../core/graphql/enums';
import { GraphQLJSON } from '../../core/graphql/json.scalar';
import { Paginated } from '../../core/graphql/pagination';
import { OrganisationModel } from '../../core/accounts/accounts.models';

@ObjectType({ description: 'Where the reporting of a period stands, counted over the expected reports (see reportingCompleteness).' })
export class ReportingPeriodCounts {
  @Field(() => Int, { description: 'Active indicators of the frequency × active partner memberships.' }) expected: number;
  @Field(() => Int) approved: number;
  @Field(() => Int, { nullable: true, description: 'Not reported at all. Backbone and partners only.' }) missing: number | null;
  @Field(() => Int, { nullable: true, description: 'Backbone and partners only.' }) draft: number | null;
  @Field(() => Int, { nullable: true, description: 'SUBMITTED, waiting for review. Backbone and partners only.' }) awaitingReview: number | null;
  @Field(() => Int, { nullable: true, description: 'Backbone and partners only.' }) rejected: number | null;
}

@ObjectType('ReportingPeriod')
export class ReportingPeriodModel {
  @Field(() => ID) id: string;
  @Field(() => ID) allianceId: string;
  @Field(() => ReportingFrequency) frequency: FrequencyName;
  @Field({ description: 'YEARLY 2026, QUARTERLY 2026-Q1, MONTHLY 2026-03.' }) periodKey: string;
  @Field({ description: 'ISO date (YYYY-MM-DD).' }) startsOn: string;
  @Field({ description: 'ISO date (YYYY-MM-DD).' }) endsOn: string;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) by which members should report.' }) dueOn: string | null;
  @Field(() => ReportingPeriodState) state: ReportingPeriodStateName;
  @Field() openedAt: Date;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Int) version: number;
  @Field(() => ReportingPeriodCounts) counts: ReportingPeriodCounts;
}

@ObjectType()
export class ReportingPeriodPage extends Paginated(ReportingPeriodModel) {}

@ObjectType({ description: 'One expected report: an indicator × a member organisation, and where it stands.' })
export class CompletenessRow {
  @Field(() => ID) indicatorId: string;
  @Field() indicatorName: string;
  @Field(() => ID) membershipId: string;
  @Field() organisationName: string;
  @Field(() => CompletenessStatus) status: CompletenessStatusName;
  @Field(() => ID, { nullable: true }) measurementId: string | null;
}

@ObjectType('ReportingCompleteness', {
  description:
    'Who has reported what in a period. Expected reporters are the ACTIVE PARTNER memberships; expected indicators the ACTIVE ' +
    "indicators of the period's frequency. Values the backbone reports for itself are not expected and not listed.",
})
export class ReportingCompletenessModel {
  @Field(() => ReportingPeriodModel) reportingPeriod: ReportingPeriodModel;
  @Field(() => Int) expected: number;
  @Field(() => Int, { description: 'Handed in: SUBMITTED or APPROVED.' }) submitted: number;
  @Field(() => Int) approved: number;
  @Field(() => Int) missing: number;
  @Field(() => Float, { description: 'approved / expected (0 when nothing is expected).' }) shareComplete: number;
  @Field(() => [CompletenessRow], { description: 'Indicator by indicator, then member by member.' }) rows: CompletenessRow[];
}

@ObjectType('MeasurementPart', { description: 'The part of a value that falls into one disaggregation category.' })
export class MeasurementPartModel {
  @Field(() => ID) categoryId: string;
  @Field() categoryName: string;
  @Field(() => ID) dimensionId: string;
  @Field() dimensionName: string;
  @Field(() => Float, { nullable: true, description: 'Null when suppressed.' }) value: number | null;
  @Field({ description: 'Small-number protection hid this part from you.' }) suppressed: boolean;
}

@ObjectType('MeasurementOverlap', { description: 'Part of this value that are the same people another member also reported.' })
export class MeasurementOverlapModel {
  @Field(() => ID) id: string;
  @Field(() => ID) measurementId: string;
  @Field(() => ID) otherMembershipId: string;
  @Field() otherOrganisationName: string;
  @Field(() => Float, { nullable: true, description: "Null when the measurement's numbers are suppressed." }) amount: number | null;
  @Field() note: string;
}

@ObjectType('MeasurementWarning', {
  description:
    'A plausibility warning: the value was saved (or submitted) all the same, but the reporter should look at it again. ' +
    "code `valueJump`: the value differs from the same member's value of the previous period by more than the indicator's jumpWarningShare.",
})
export class MeasurementWarningModel {
  @Field({ description: 'Stable code: `valueJump`.' }) code: string;
  @Field({ description: "In the caller's language, e.g. „Der Wert weicht um 180 % vom Vorzeitraum ab (12 → 34). Bitte prüfen.“" }) message: string;
  @Field({ description: 'Input field the warning is about (`value`, or `numerator` for RATIO).' }) field: string;
  @Field() previousPeriodKey: string;
  @Field(() => Float, { description: 'The previous period’s value (RATIO: the share).' }) previousValue: number;
  @Field(() => Float, { description: 'The value now (RATIO: the share).' }) value: number;
  @Field(() => Float, { description: '|value − previous| / |previous|: 1.8 means 180 %.' }) change: number;
}

@ObjectType('PreviousMeasurement', { description: "The same member's latest earlier value of the indicator that was not rejected." })
export class PreviousMeasurementModel {
  @Field() periodKey: string;
  @Field(() => Float, { nullable: true, description: 'For RATIO indicators numerator / denominator.' }) value: number | null;
  @Field(() => Float, { nullable: true }) numerator: number | null;
  @Field(() => Float, { nullable: true }) denominator: number | null;
  @Field(() => MeasurementStatus) status: MeasurementStatusName;
}

@ObjectType('Measurement')
export class MeasurementModel {
  @Field(() => ID) id: string;
  @Field(() => ID) allianceId: string;
  @Field(() => ID) indicatorId: string;
  @Field() indicatorName: string;
  @Field(() => ID) membershipId: string;
  @Field(() => OrganisationModel, { description: 'The reporting organisation.' }) organisation: OrganisationModel;
  @Field(() => ID) reportingPeriodId: string;
  @Field() periodKey: string;
  @Field(() => Float, { nullable: true, description: 'For RATIO indicators numerator / denominator.' }) value: number | null;
  @Field(() => Float, { nullable: true }) numerator: number | null;
  @Field(() => Float, { nullable: true }) denominator: number | null;
  @Field() note: string;
  @Field(() => MeasurementStatus) status: MeasurementStatusName;
  @Field(() => String, { nullable: true, description: 'Why the backbone rejected or returned it.' }) rejectionReason: string | null;
  @Field(() => Date, { nullable: true }) submittedAt: Date | null;
  @Field(() => String, { nullable: true }) submittedByName: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt: Date | null;
  @Field(() => String, { nullable: true }) reviewedByName: string | null;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field({ description: 'Small-number protection hid value, numerator, denominator, parts and overlap amounts from you (they are null).' })
  suppressed: boolean;
  @Field(() => [MeasurementPartModel]) parts: MeasurementPartModel[];
  @Field(() => [MeasurementOverlapModel]) overlaps: MeasurementOverlapModel[];
  @Field(() => [MeasurementWarningModel], {
    description:
      'Plausibility warnings found by the mutation that just saved or submitted this value (saveMeasurement, submitMeasurement, submitMeasurements), ' +
      'and in reviewQueue the jump warning against the previous period, so the reviewer sees what the reporter saw. Empty in other queries.',
  })
  warnings: MeasurementWarningModel[];
  @Field(() => PreviousMeasurementModel, {
    nullable: true,
    description:
      "In reviewQueue: the same member's latest earlier value of the indicator that was not rejected (null when there is none). Null in other queries.",
  })
  previous?: PreviousMeasurementModel | null;
}

@ObjectType()
export class MeasurementPage extends Paginated(MeasurementModel) {}

@ObjectType({ description: 'Why one row of a bulk submission was refused.' })
export class RowError {
  @Field(() => Int, { description: 'Index of the row in the input (from 0).' }) row: number;
  @Field() code: string;
  @Field({ description: "In the caller's language." }) message: string;
  @Field(() => String, { nullable: true, description: 'Input field of the row, when one is to blame.' }) field: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'What is wrong with that field: mustNotBeNegative, notFinite, notInteger, belowMin, aboveMax, numeratorAboveDenominator, required, … (as extensions.fields[].code of single mutations).',
  })
  fieldCode: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The bound the field broke, e.g. { "min": 0 }, { "max": 100 }, { "denominator": 20 }.' })
  params: Record<string, string | number> | null;
}

@ObjectType({ description: 'A plausibility warning of one row of a bulk submission (the row was saved, or would have been).' })
export class RowWarning extends MeasurementWarningModel {
  @Field(() => Int, { description: 'Index of the row in the input (from 0).' }) row: number;
}

@ObjectType()
export class SubmitMeasurementsPayload {
  @Field({ description: 'All rows were written; false: nothing was written.' }) ok: boolean;
  @Field(() => [MeasurementModel]) saved: MeasurementModel[];
  @Field(() => [RowError]) errors: RowError[];
  @Field(() => [RowWarning], { description: 'Plausibility warnings per row; they never stop the submission. Also listed when ok is false.' })
  warnings: RowWarning[];
}
