import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { CONFLICT_STATES, LOG_ENTRY_TYPES, type ConflictStateName, type LogEntryTypeName } from '@gemeinwerk/shared';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { ConflictState, LogEntryType } from '../../core/graphql/enums';
import { Paginated } from '../../core/graphql/pagination';
import { SearchText, Trim } from '../../core/graphql/validation';
import { ActionItemModel } from './action-items.models';
import { IdList, IsIsoDate, LogEntryGoalModel, LogEntryIndicatorModel, LogMemberModel, LogPersonModel } from './shared.models';

@ObjectType('LogEntry')
export class LogEntryModel {
  @Field(() => ID) id: string;
  @Field(() => ID) allianceId: string;
  @Field(() => LogEntryType) type: LogEntryTypeName;
  @Field() title: string;
  @Field() body: string;
  @Field({ description: 'ISO date (YYYY-MM-DD).' }) occurredOn: string;
  @Field(() => LogPersonModel, { nullable: true, description: 'Who wrote it (null when the account was removed).' }) authorUser: LogPersonModel | null;
  @Field(() => LogMemberModel, { description: 'The organisation the author wrote for.' }) authorMember: LogMemberModel;
  @Field(() => [LogMemberModel]) participants: LogMemberModel[];
  @Field(() => [LogEntryGoalModel]) goals: LogEntryGoalModel[];
  @Field(() => [LogEntryIndicatorModel]) indicators: LogEntryIndicatorModel[];
  @Field(() => ConflictState, { nullable: true, description: 'Only CONFLICT entries have one.' }) conflictState: ConflictStateName | null;
  @Field(() => String, { nullable: true }) resolution: string | null;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The proposal this DECISION entry records, if any.' }) proposalId: string | null;
  @Field(() => Int) commentCount: number;
  @Field(() => Int) openActionItemCount: number;
  @Field({ description: 'Whether the caller may edit it (and resolve it, for conflicts).' }) canEdit: boolean;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  /** Keyset value of created_at as text: keeps PostgreSQL's microseconds that a JS Date drops. */
  createdAtKey?: string;
}

@ObjectType('LogEntryDetail', { description: 'A log entry with its comments (oldest first) and action items (open first).' })
export class LogEntryDetailModel extends LogEntryModel {
  @Field(() => [CommentModel]) comments: CommentModel[];
  @Field(() => [ActionItemModel]) actionItems: ActionItemModel[];
}

@ObjectType('LogEntryPage')
export class LogEntryPage extends Paginated(LogEntryModel) {}

@ObjectType('Comment')
export class CommentModel {
  @Field(() => ID) id: string;
  @Field(() => ID) logEntryId: string;
  @Field() body: string;
  @Field(() => LogPersonModel, { nullable: true }) authorUser: LogPersonModel | null;
  @Field(() => LogMemberModel) authorMember: LogMemberModel;
  @Field() createdAt: Date;
  @Field({ description: 'Its author may delete it within 15 minutes; the backbone always.' }) canDelete: boolean;
}

@InputType()
export class LogFeedFilter {
  @Field(() => [LogEntryType], { nullable: true }) @IsOptional() @IsArray() @ArrayMaxSize(5) @IsIn(LOG_ENTRY_TYPES, { each: true }) types?: LogEntryTypeName[];
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() goalId?: string;
  @Field(() => ID, { nullable: true, description: 'Entries this organisation wrote or took part in.' }) @IsOptional() @IsUUID() membershipId?: string;
  @Field(() => ConflictState, { nullable: true }) @IsOptional() @IsIn(CONFLICT_STATES) conflictState?: ConflictStateName;
  @Field({ nullable: true, description: 'Text in the title or body (case-insensitive, taken literally; at most 200 characters; empty: no search).' })
  @SearchText()
  search?: string;
  @Field({ nullable: true, description: 'First day of occurredOn (YYYY-MM-DD), inclusive.' }) @IsOptional() @IsIsoDate() from?: string;
  @Field({ nullable: true, description: 'Last day of occurredOn (YYYY-MM-DD), inclusive; not before `from`.' }) @IsOptional() @IsIsoDate() to?: string;
}

@InputType()
export class CreateLogEntryInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => LogEntryType) @IsIn(LOG_ENTRY_TYPES) type: LogEntryTypeName;
  @Field() @Trim() @IsString() @MinLength(1) @MaxLength(200) title: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) body?: string;
  @Field({ description: 'ISO date (YYYY-MM-DD).' }) @IsIsoDate() occurredOn: string;
  @Field(() => [ID], { nullable: true, description: 'Member organisations that took part.' }) @IdList() participantMembershipIds?: string[];
  @Field(() => [ID], { nullable: true }) @IdList() goalIds?: string[];
  @Field(() => [ID], { nullable: true }) @IdList() indicatorIds?: string[];
}

@InputType({ description: 'Fields left out stay as they are; a given list replaces the old one. The type cannot change.' })
export class UpdateLogEntryInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() logEntryId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field({ nullable: true }) @IsOptional() @Trim() @IsString() @MinLength(1) @MaxLength(200) title?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @MaxLength(20000) body?: string;
  @Field({ nullable: true }) @IsOptional() @IsIsoDate() occurredOn?: string;
  @Field(() => [ID], { nullable: true }) @IdList() participantMembershipIds?: string[];
  @Field(() => [ID], { nullable: true }) @IdList() goalIds?: string[];
  @Field(() => [ID], { nullable: true }) @IdList() indicatorIds?: string[];
}

@InputType()
export class ResolveConflictInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() logEntryId: string;
  @Field({ description: 'How the conflict was resolved.' }) @Trim() @IsString() @MinLength(1) @MaxLength(10000) resolution: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class ReopenConflictInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() logEntryId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() logEntryId: string;
  @Field() @Trim() @IsString() @MinLength(1) @MaxLength(5000) body: string;
}

@InputType()
export class DeleteCommentInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() commentId: string;
}
