import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AggregationName } from '@gemeinwerk/shared';
import type { FrequencyName, IndicatorDirectionName } from '@gemeinwerk/shared';
import { IndicatorAggregation, IndicatorDirection, ReportingFrequency } from '../../core/graphql/enums';

@ObjectType('Rollup', {
  description:
    "The alliance's value of an indicator in a period, from APPROVED measurements only. SUM: Σ values − deduplicated " +
    'overlaps; AVERAGE: mean of the member values; LATEST: the value approved last; RATIO: Σ numerators / Σ denominators.',
})
export class RollupModel {
  @Field(() => ID) indicatorId: string;
  @Field() periodKey: string;
  @Field(() => IndicatorAggregation) aggregation: AggregationName;
  @Field(() => Float, { nullable: true, description: 'Null when no value is approved yet.' }) value: number | null;
  @Field(() => Int, { description: 'Members with an approved value.' }) memberCount: number;
  @Field(() => Float, { nullable: true, description: 'Target of this period, else of the quarter or year containing it.' }) target: number | null;
  @Field(() => Float, { nullable: true }) baseline: number | null;
  @Field(() => String, { nullable: true }) baselinePeriod: string | null;
  @Field(() => Float, {
    nullable: true,
    description: 'People counted by two members and subtracted once (SUM only, else 0). Null when the value is suppressed.',
  })
  deduplicated: number | null;
  @Field(() => Int, { description: 'Memberships expected to report: every ACTIVE PARTNER (indicator ACTIVE) plus any other with an approved value.' })
  expectedReports: number;
  @Field(() => Int, { description: 'Memberships with an approved value (= memberCount).' }) approvedReports: number;
  @Field({ description: "The alliance's reporting period for this key exists and is CLOSED." }) periodClosed: boolean;
  @Field({ description: 'Not closed and fewer approved than expected reports: the value may still change.' }) provisional: boolean;
  @Field({ description: 'Small-number protection hid the value from you (it is null); see disclosureSettings.' }) suppressed: boolean;
  @Field({
    description:
      "The value comes from approved citizens' reports or feedback (participation); read-only, no member reports are expected (expected and approved reports 0).",
  })
  fromParticipation: boolean;
}

@ObjectType('Contribution', {
  description:
    "One member's part of a roll-up; the nets of all members add up to the roll-up value. SUM: reported − half of each " +
    'deduplicated pair it belongs to; AVERAGE: value / members; LATEST: the value for the member approved last, 0 for others; ' +
    'RATIO: numerator / Σ denominators.',
})
export class ContributionModel {
  @Field(() => ID) membershipId: string;
  @Field() organisationName: string;
  @Field(() => ID) measurementId: string;
  @Field(() => Float, { nullable: true, description: 'Null when suppressed.' }) reported: number | null;
  @Field(() => Float, { nullable: true, description: 'Half of every deduplicated overlap with another member (SUM only). Null when suppressed.' })
  overlapDeducted: number | null;
  @Field(() => Float, { nullable: true, description: 'Null when suppressed.' }) net: number | null;
  @Field(() => Float, { nullable: true, description: 'net / roll-up value; null when the roll-up is 0 or either is suppressed.' }) shareOfTotal: number | null;
  @Field({ description: "Small-number protection hid this member's numbers from you (they are null)." }) suppressed: boolean;
}

@ObjectType('Series', {
  description:
    'One chart line as arrays over the same periods (not one object per point). Targets: a target set for the period itself ' +
    'wins; otherwise the target of the quarter or year containing it applies to every period inside (drawn as a step). ' +
    'Only TOTAL series carry targets. MEMBER lines: SUM indicators show nets (value − half of each deduplicated overlap), so ' +
    "they add up to the total; other aggregations the member's value. CATEGORY lines: for SUM a member's overlap deduction is " +
    'spread over its parts in proportion, and members that did not break a dimension down form the line `none:<dimensionId>` ' +
    "(label: the dimension's name), so the lines of one dimension add up to the total; for AVERAGE and RATIO the parts are " +
    'averaged and for LATEST the part of the value approved last is shown, per category (these do not add up to the total). ' +
    'Completeness arrays are per cell and repeat on every line of an indicator.',
})
export class SeriesModel {
  @Field(() => ID) indicatorId: string;
  @Field({ description: "'total', a membership id or a category id." }) key: string;
  @Field() label: string;
  @Field(() => [String], { description: "The indicator's period keys between from and to." }) periods: string[];
  @Field(() => [Float], { nullable: 'items', description: 'Null where nothing is approved.' }) actual: (number | null)[];
  @Field(() => [Float], { nullable: 'items' }) target: (number | null)[];
  @Field(() => [Int], { description: 'Per period: memberships with an approved value.' }) approvedReports: number[];
  @Field(() => [Int], { description: 'Per period: memberships expected to report (see Rollup.expectedReports).' }) expectedReports: number[];
  @Field(() => [Boolean], { description: 'Per period: the value may still change (see Rollup.provisional).' }) provisional: boolean[];
  @Field(() => [Boolean], { description: 'Per period: small-number protection hid the actual value from you (it is null).' }) suppressed: boolean[];
  @Field({
    description: "The values come from approved citizens' reports or feedback (participation), computed per period; read-only, no member reports are expected.",
  })
  fromParticipation: boolean;
}

@ObjectType('IndicatorProgress', { description: "An ACTIVE indicator with its TOTAL line and each period's completeness (the dashboard)." })
export class IndicatorProgressModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) code: string | null;
  @Field() name: string;
  @Field() unit: string;
  @Field(() => Int) decimals: number;
  @Field(() => IndicatorDirection) direction: IndicatorDirectionName;
  @Field(() => ReportingFrequency) frequency: FrequencyName;
  @Field(() => IndicatorAggregation) aggregation: AggregationName;
  @Field(() => Float, { nullable: true }) baseline: number | null;
  @Field(() => [String]) periods: string[];
  @Field(() => [Float], { nullable: 'items', description: 'Null where nothing is approved.' }) actual: (number | null)[];
  @Field(() => [Float], { nullable: 'items' }) target: (number | null)[];
  @Field(() => [Int]) approvedReports: number[];
  @Field(() => [Int]) expectedReports: number[];
  @Field(() => [Boolean]) provisional: boolean[];
  @Field(() => [Boolean], { description: 'Per period: small-number protection hid the actual value from you (it is null).' }) suppressed: boolean[];
  @Field({
    description: "The values come from approved citizens' reports or feedback (participation), computed per period; read-only, no member reports are expected.",
  })
  fromParticipation: boolean;
}
