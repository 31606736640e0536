import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AggregationName } from '@gemeinwerk/shared';
import { IndicatorAggregation } from '../../core/graphql/enums';

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
  @Field(() => Float, { description: 'People counted by two members and subtracted once (SUM only, else 0).' }) deduplicated: number;
}

@ObjectType('Contribution', {
  description:
    "One member's part of a roll-up; the nets of all members add up to the roll-up value. SUM: reported − half of each " +
    "deduplicated pair it belongs to; AVERAGE: value / members; LATEST: the value for the member approved last, 0 for others; " +
    'RATIO: numerator / Σ denominators.',
})
export class ContributionModel {
  @Field(() => ID) membershipId: string;
  @Field() organisationName: string;
  @Field(() => ID) measurementId: string;
  @Field(() => Float) reported: number;
  @Field(() => Float, { description: 'Half of every deduplicated overlap with another member (SUM only).' }) overlapDeducted: number;
  @Field(() => Float) net: number;
  @Field(() => Float, { nullable: true, description: 'net / roll-up value; null when the roll-up is 0.' }) shareOfTotal: number | null;
}

@ObjectType('Series', {
  description:
    'One chart line as arrays over the same periods (not one object per point). Targets: a target set for the period itself ' +
    'wins; otherwise the target of the quarter or year containing it applies to every period inside (drawn as a step). ' +
    'Only TOTAL series carry targets.',
})
export class SeriesModel {
  @Field(() => ID) indicatorId: string;
  @Field({ description: "'total', a membership id or a category id." }) key: string;
  @Field() label: string;
  @Field(() => [String], { description: "The indicator's period keys between from and to." }) periods: string[];
  @Field(() => [Float], { nullable: 'items', description: 'Null where nothing is approved.' }) actual: (number | null)[];
  @Field(() => [Float], { nullable: 'items' }) target: (number | null)[];
}
