import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  AggregationName,
  AllianceKindName,
  AllianceLifecycleName,
  FrequencyName,
  IndicatorDirectionName,
  ReportingPeriodStateName,
} from '@gemeinwerk/shared';
import {
  AllianceKind,
  AllianceLifecycle,
  IndicatorAggregation,
  IndicatorDirection,
  IndicatorStatusReport,
  type IndicatorStatusReportName,
  ReportingFrequency,
  ReportingPeriodState,
} from '../../core/graphql/enums';
import { OrganisationModel } from '../../core/accounts/accounts.models';
import { MembershipModel } from '../members/members.models';

// ── backbone: alliance health ────────────────────────────────────────────

@ObjectType({ description: 'Where the reporting of one OPEN period stands (counts over the expected reports, as in reportingCompleteness).' })
export class PeriodCompletenessModel {
  @Field(() => ID) reportingPeriodId: string;
  @Field() periodKey: string;
  @Field(() => ReportingFrequency) frequency: FrequencyName;
  @Field(() => String, { nullable: true }) dueOn: string | null;
  @Field(() => Int) expected: number;
  @Field(() => Int) approved: number;
  @Field(() => Int, { description: 'Submitted or approved.' }) submitted: number;
  @Field(() => Int) missing: number;
  @Field(() => Float, { description: 'approved / expected (0 when nothing is expected).' }) shareComplete: number;
}

@ObjectType({ description: 'ACTIVE and PLANNED goals, and how many of them have at least one activity running today.' })
export class GoalCoverageModel {
  @Field(() => Int) goalCount: number;
  @Field(() => Int) goalsWithRunningActivity: number;
  @Field(() => Float, { description: 'goalsWithRunningActivity / goalCount (0 without goals).' }) share: number;
}

@ObjectType({ description: 'Log entries written per month (Europe/Berlin), the last 12 months up to this one; months without entries count 0.' })
export class MonthlyCountsModel {
  @Field(() => [String], { description: "'YYYY-MM', oldest first." }) months: string[];
  @Field(() => [Int]) counts: number[];
}

@ObjectType({ description: "A member organisation's latest contribution: value submitted, activity created or changed, log entry, comment or vote." })
export class LastContributionModel {
  @Field(() => ID) membershipId: string;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (Europe/Berlin); null when it has never contributed.' }) lastContributionOn: string | null;
  @Field(() => Int, { nullable: true }) daysSince: number | null;
}

@ObjectType()
export class OverdueActionItemModel {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => OrganisationModel) owner: OrganisationModel;
  @Field() dueOn: string;
  @Field(() => Int) daysOverdue: number;
}

@ObjectType({ description: 'Open action items due before today.' })
export class OverdueActionItemsModel {
  @Field(() => Int) count: number;
  @Field(() => [OverdueActionItemModel], { description: 'The 50 most overdue (oldest due date first).' }) items: OverdueActionItemModel[];
}

@ObjectType()
export class UnsignedAgreementModel {
  @Field(() => Int, { nullable: true, description: 'Null when no agreement has been published.' }) currentVersionNumber: number | null;
  @Field(() => [MembershipModel], { description: 'ACTIVE members that have not signed the version in force.' }) unsignedMembers: MembershipModel[];
}

@ObjectType()
export class PendingReviewsModel {
  @Field(() => Int, { description: 'SUBMITTED measurements waiting for review.' }) count: number;
  @Field(() => Date, { nullable: true }) oldestSubmittedAt: Date | null;
}

@ObjectType('AllianceHealth', { description: "The backbone's view of how the alliance is doing (section 5, backbone support)." })
export class AllianceHealthModel {
  @Field(() => [PeriodCompletenessModel]) reportingCompleteness: PeriodCompletenessModel[];
  @Field(() => GoalCoverageModel) goalCoverage: GoalCoverageModel;
  @Field(() => MonthlyCountsModel) logEntriesPerMonth: MonthlyCountsModel;
  @Field(() => [LastContributionModel], { description: 'ACTIVE members; never-contributed first, then the longest silent.' })
  lastContributions: LastContributionModel[];
  @Field(() => OverdueActionItemsModel) overdueActionItems: OverdueActionItemsModel;
  @Field(() => UnsignedAgreementModel) unsignedAgreement: UnsignedAgreementModel;
  @Field(() => PendingReviewsModel) pendingReviews: PendingReviewsModel;
}

// ── funders: portfolio ───────────────────────────────────────────────────

@ObjectType({ description: 'Chart data: the last up to 6 periods with an approved roll-up, oldest first.' })
export class TrendModel {
  @Field(() => [String]) periods: string[];
  @Field(() => [Float], { nullable: 'items' }) values: (number | null)[];
  @Field(() => [Boolean], { description: 'Per period: not closed and fewer approved than expected reports (the value may change).' })
  provisional: boolean[];
  @Field(() => [Boolean], { description: 'Per period: small-number protection hid the value (it is null).' }) suppressed: boolean[];
}

@ObjectType('ProvisionalValue', { description: 'A newer period than the latest complete one, not yet complete.' })
export class ProvisionalValueModel {
  @Field() periodKey: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field({ description: 'Small-number protection hid the value (it is null).' }) suppressed: boolean;
  @Field(() => Int) approvedReports: number;
  @Field(() => Int) expectedReports: number;
}

@ObjectType('PortfolioIndicator', { description: 'An ACTIVE indicator, from APPROVED values only.' })
export class PortfolioIndicatorModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() unit: string;
  @Field(() => Int, { description: 'Decimal places to show (0–4), as set on the indicator.' }) decimals: number;
  @Field(() => IndicatorDirection) direction: IndicatorDirectionName;
  @Field(() => IndicatorAggregation) aggregation: AggregationName;
  @Field(() => Float, { nullable: true }) baseline: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Latest COMPLETE period (closed, or every expected report approved) with an approved roll-up value.',
  })
  latestPeriod: string | null;
  @Field(() => Float, { nullable: true }) latestValue: number | null;
  @Field({ description: 'Small-number protection hid latestValue (and so progress and status).' }) latestSuppressed: boolean;
  @Field(() => Float, { nullable: true, description: "The period's target, else its quarter's, else its year's." }) target: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Progress of latestValue toward target, by @gemeinwerk/shared targetProgress (direction-aware). Null without value or target.',
  })
  progress: number | null;
  @Field(() => ProvisionalValueModel, { nullable: true, description: 'The newest period when it is newer than latestPeriod and provisional.' })
  provisional: ProvisionalValueModel | null;
  @Field(() => TrendModel) trend: TrendModel;
  @Field(() => IndicatorStatusReport) status: IndicatorStatusReportName;
}

@ObjectType({ description: 'Reporting of one period as funders may see it: approved reports only.' })
export class PortfolioCompletenessModel {
  @Field() periodKey: string;
  @Field(() => ReportingFrequency) frequency: FrequencyName;
  @Field(() => ReportingPeriodState) state: ReportingPeriodStateName;
  @Field(() => String, { nullable: true }) dueOn: string | null;
  @Field(() => Int) expected: number;
  @Field(() => Int) approved: number;
  @Field(() => Float) shareComplete: number;
}

@ObjectType('PortfolioAlliance', { description: 'An alliance the caller’s organisation funds (ACTIVE FUNDER membership).' })
export class PortfolioAllianceModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => AllianceKind) kind: AllianceKindName;
  @Field(() => AllianceLifecycle) lifecycle: AllianceLifecycleName;
  @Field(() => String, { nullable: true }) primaryColor: string | null;
  @Field(() => [PortfolioIndicatorModel]) indicators: PortfolioIndicatorModel[];
  @Field(() => PortfolioCompletenessModel, { nullable: true, description: 'The latest open period, else the most recently closed one.' })
  reportingCompleteness: PortfolioCompletenessModel | null;
}
