import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength } from 'class-validator';
import { Paginated } from '../../core/graphql/pagination';
import { Trim } from '../../core/graphql/validation';
import { IsIsoDate, LogMemberModel, LogPersonModel } from './shared.models';

@ObjectType('ActionItem', { description: 'Something a member organisation (optionally one of its people) agreed to do.' })
export class ActionItemModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) logEntryId: string | null;
  @Field(() => String, { nullable: true, description: 'Title of the log entry it came out of.' }) logEntryTitle: string | null;
  @Field() title: string;
  @Field(() => LogMemberModel) owner: LogMemberModel;
  @Field(() => LogPersonModel, { nullable: true }) ownerUser: LogPersonModel | null;
  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' }) dueOn: string | null;
  @Field() done: boolean;
  @Field(() => Date, { nullable: true }) doneAt: Date | null;
  @Field(() => LogPersonModel, { nullable: true }) doneBy: LogPersonModel | null;
  @Field({ description: 'Open and due before today.' }) overdue: boolean;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  /** Keyset values (not exposed): see ActionItemsRepository.mine. */
  sortKey?: [boolean, string, string, string];
}

@ObjectType('ActionItemPage')
export class ActionItemPage extends Paginated(ActionItemModel) {}

@InputType()
export class CreateActionItemInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID, { nullable: true, description: 'The log entry (meeting, decision) it came out of.' }) @IsOptional() @IsUUID() logEntryId?: string;
  @Field() @Trim() @IsString() @MinLength(1) @MaxLength(300) title: string;
  @Field(() => ID, { description: 'The owning organisation: an ACTIVE membership.' }) @IsUUID() ownerMembershipId: string;
  @Field(() => ID, { nullable: true, description: 'A person with a seat in that membership.' }) @IsOptional() @IsUUID() ownerUserId?: string;
  @Field({ nullable: true, description: 'ISO date (YYYY-MM-DD).' }) @IsOptional() @IsIsoDate() dueOn?: string;
}

@InputType()
export class CompleteActionItemInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() actionItemId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}

@InputType()
export class ReopenActionItemInput extends CompleteActionItemInput {}
