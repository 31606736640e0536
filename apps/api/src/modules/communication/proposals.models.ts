import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { VOTES, type ProposalOutcomeName, type ProposalStateName, type VoteName } from '@gemeinwerk/shared';
import { IsDate, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ProposalOutcome, ProposalState, Vote } from '../../core/graphql/enums';
import { Paginated } from '../../core/graphql/pagination';
import { IsDateTimeInRange } from '../../core/graphql/input-rules';
import { Trim } from '../../core/graphql/validation';
import { LogEntryIndicatorModel, LogMemberModel, LogPersonModel } from './shared.models';

@ObjectType('VoteTally')
export class VoteTallyModel {
  @Field(() => Int) agree: number;
  @Field(() => Int) abstain: number;
  @Field(() => Int) disagree: number;
  @Field(() => Int) block: number;
  @Field(() => Int) total: number;
}

@ObjectType('ProposalVote', { description: "One member organisation's vote (the last one it cast)." })
export class ProposalVoteModel {
  @Field(() => LogMemberModel) member: LogMemberModel;
  @Field(() => Vote) vote: VoteName;
  @Field() comment: string;
  @Field(() => LogPersonModel, { nullable: true }) votedBy: LogPersonModel | null;
  @Field() votedAt: Date;
}

@ObjectType('IndicatorSnapshot', {
  description:
    'The pinned indicator as it stood when the proposal was decided: its latest approved values of up to four periods ' +
    '(oldest first), rolled up across organisations by the indicator’s aggregation.',
})
export class IndicatorSnapshotModel {
  @Field(() => ID) indicatorId: string;
  @Field() name: string;
  @Field() unit: string;
  @Field({ description: 'SUM, AVERAGE, RATIO (Σ numerator / Σ denominator) or LATEST (the most recently approved value).' }) aggregation: string;
  @Field() takenAt: Date;
  @Field(() => [String]) periods: string[];
  @Field(() => [Float], { nullable: 'items', description: 'One value per period; null when a RATIO has no denominator.' }) values: (number | null)[];
  @Field(() => [Int], { description: 'Approved reports behind each value.' }) reportCounts: number[];
  @Field(() => [Boolean], { description: 'Per period: small-number protection hid the value from you (it is null).' }) suppressed: boolean[];
  /** RATIO: Σ denominators per period (snapshots taken before small-number protection lack it); never sent. */
  bases?: (number | null)[];
}

@ObjectType('Proposal')
export class ProposalModel {
  @Field(() => ID) id: string;
  @Field(() => ID) allianceId: string;
  @Field() title: string;
  @Field() body: string;
  @Field() closesAt: Date;
  @Field(() => ProposalState) state: ProposalStateName;
  @Field({ description: 'OPEN and closesAt not yet passed: votes are accepted.' }) votingOpen: boolean;
  @Field(() => ProposalOutcome, { nullable: true }) outcome: ProposalOutcomeName | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The DECISION log entry written when it was closed.' }) decisionLogEntryId: string | null;
  @Field(() => LogEntryIndicatorModel, { nullable: true }) indicator: LogEntryIndicatorModel | null;
  @Field(() => IndicatorSnapshotModel, { nullable: true }) indicatorSnapshot: IndicatorSnapshotModel | null;
  @Field(() => LogPersonModel, { nullable: true }) createdBy: LogPersonModel | null;
  @Field(() => LogMemberModel) createdByMember: LogMemberModel;
  @Field(() => VoteTallyModel) tally: VoteTallyModel;
  @Field(() => ProposalVoteModel, { nullable: true, description: "Your organisation's vote." }) myVote: ProposalVoteModel | null;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  /** Keyset value of created_at as text (microseconds). */
  createdAtKey?: string;
}

@ObjectType('ProposalDetail')
export class ProposalDetailModel extends ProposalModel {
  @Field(() => [ProposalVoteModel], { description: 'Votes per organisation.' }) votes: ProposalVoteModel[];
}

@ObjectType('ProposalPage')
export class ProposalPage extends Paginated(ProposalModel) {}

@InputType()
export class CreateProposalInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field() @Trim() @IsString() @MinLength(1) @MaxLength(200) title: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) body?: string;
  @Field({ description: 'When voting ends; must lie in the future.' }) @IsDate() @IsDateTimeInRange() closesAt: Date;
  @Field(() => ID, { nullable: true, description: 'Pin an indicator: its values are recorded when the proposal is decided.' })
  @IsOptional()
  @IsUUID()
  indicatorId?: string;
}

@InputType()
export class CastVoteInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() proposalId: string;
  @Field(() => Vote) @IsIn(VOTES) vote: VoteName;
  @Field({ nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(2000) comment?: string;
}

@InputType()
export class CloseProposalInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() proposalId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class WithdrawProposalInput extends CloseProposalInput {}
