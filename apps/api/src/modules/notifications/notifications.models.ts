import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { GraphQLJSON } from '../../core/graphql/json.scalar';
import { NOTIFICATION_KINDS, type NotificationKind } from './notification-kinds';

export const NotificationKindEnum = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in NotificationKind]: K };
registerEnumType(NotificationKindEnum, { name: 'NotificationKind', description: 'What a notice is about; e-mail can be turned on or off per kind.' });

@ObjectType('Notification', { description: 'A notice in the caller’s notification centre (the bell); only ever the caller’s own.' })
export class NotificationModel {
  @Field(() => ID) id: string;
  @Field(() => ID) allianceId: string;
  @Field() allianceName: string;
  @Field(() => NotificationKindEnum) kind: NotificationKind;
  @Field({ description: 'Measurement, ActionItem, Proposal, LogEntry, ReportingPeriod or Alliance.' }) subjectType: string;
  @Field(() => ID, { nullable: true }) subjectId: string | null;
  @Field(() => GraphQLJSON, { description: 'Values for the text (indicator, period, reason, title …).' }) params: Record<string, string | number>;
  @Field({ description: 'Path in the web app.' }) link: string;
  @Field() read: boolean;
  @Field() createdAt: Date;
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceModel {
  @Field(() => NotificationKindEnum) kind: NotificationKind;
  @Field({ description: 'Whether notices of this kind also come by e-mail.' }) email: boolean;
  @Field({ description: 'What applies without a choice.' }) emailByDefault: boolean;
}

@ObjectType('NotificationSettings')
export class NotificationSettingsModel {
  @Field(() => [NotificationPreferenceModel]) preferences: NotificationPreferenceModel[];
  @Field(() => Int, { description: 'Days before a reporting deadline for the reminder (default 3).' }) reportDueDays: number;
}

@ObjectType('CalendarFeed', { description: 'The caller’s personal calendar address (ICS): deadlines, meetings and their action items.' })
export class CalendarFeedModel {
  @Field({ description: 'Secret: whoever has it reads the feed. Renewing makes the old address stop working.' }) url: string;
  @Field() createdAt: Date;
}

@ObjectType('UnsubscribeResult')
export class UnsubscribeResultModel {
  @Field(() => NotificationKindEnum) kind: NotificationKind;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID]) @IsUUID('all', { each: true }) @ArrayMaxSize(200) notificationIds: string[];
}

@InputType()
export class SetNotificationEmailInput {
  @Field(() => NotificationKindEnum) @IsIn(NOTIFICATION_KINDS as unknown as string[]) kind: NotificationKind;
  @Field() @IsBoolean() email: boolean;
}

@InputType()
export class SetReportDueDaysInput {
  @Field(() => Int) @IsInt() @Min(1) @Max(14) days: number;
}

@InputType()
export class UnsubscribeInput {
  @Field() @IsString() @MaxLength(200) token: string;
}
