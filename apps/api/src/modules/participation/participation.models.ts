import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Trim } from '../../core/graphql/validation';
import { MODERATION_STATUSES, PARTICIPATION_KINDS, REPORT_CATEGORIES, REPORT_STATUSES } from './participation.entity';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const ParticipationKind = asEnum(PARTICIPATION_KINDS);
export const ModerationStatus = asEnum(MODERATION_STATUSES);
export const ReportStatus = asEnum(REPORT_STATUSES);
export const ReportCategory = asEnum(REPORT_CATEGORIES);
export const ModerationAction = asEnum(['APPROVE', 'REJECT'] as const);
export const ReportOutcome = asEnum(['RESOLVED', 'DECLINED'] as const);
registerEnumType(ParticipationKind, { name: 'ParticipationKind', description: 'REPORT: a need or barrier on the map; FEEDBACK: an experience with an offer.' });
registerEnumType(ModerationStatus, {
  name: 'ModerationStatus',
  description: 'PENDING: in the queue (new, or sent back by an abuse report); APPROVED: public; REJECTED: never public; MERGED: a duplicate.',
});
registerEnumType(ReportStatus, { name: 'ReportStatus', description: "A report's public status: received → in review → forwarded → resolved or declined." });
registerEnumType(ReportCategory, { name: 'ReportCategory', description: 'Missing offer, barrier to access, safety, information, other.' });
registerEnumType(ModerationAction, { name: 'ModerationAction' });
registerEnumType(ReportOutcome, { name: 'ReportOutcome' });

@ObjectType('ParticipationStatusEntry', { description: 'One step of the public status history.' })
export class ParticipationStatusEntry {
  @Field(() => ReportStatus) status: string;
  @Field() at: Date;
  @Field(() => String, { nullable: true }) reason: string | null;
}

@ObjectType('ParticipationItem', {
  description: "A citizen's report or feedback as the workspace sees it (the e-mail address never: only whether there is one).",
})
export class ParticipationItemModel {
  @Field(() => ID) id: string;
  @Field(() => ParticipationKind) kind: string;
  @Field(() => ID, { nullable: true }) offerId: string | null;
  @Field(() => String, { nullable: true }) offerTitle: string | null;
  @Field(() => ReportCategory, { nullable: true }) category: string | null;
  @Field(() => String, { nullable: true }) targetGroup: string | null;
  @Field(() => ID, { nullable: true }) districtId: string | null;
  @Field(() => String, { nullable: true }) districtName: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => Float, { nullable: true }) lat: number | null;
  @Field(() => Float, { nullable: true }) lng: number | null;
  @Field({ description: "The report's description or the feedback's story (after the moderators' edits)." }) text: string;
  @Field(() => Int, { nullable: true }) rating: number | null;
  @Field(() => String, { nullable: true }) authorLabel: string | null;
  @Field() locale: string;
  @Field(() => ModerationStatus) moderation: string;
  @Field(() => String, { nullable: true }) moderationReason: string | null;
  @Field(() => Date, { nullable: true }) approvedAt: Date | null;
  @Field(() => ReportStatus, { nullable: true }) status: string | null;
  @Field(() => String, { nullable: true }) statusReason: string | null;
  @Field(() => String, { nullable: true }) publicAnswer: string | null;
  @Field(() => String, { nullable: true }) answeredByName: string | null;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => String, { nullable: true, description: '"Hat etwas verändert": what changed.' }) changedText: string | null;
  @Field(() => Date, { nullable: true }) changedAt: Date | null;
  @Field(() => ID, { nullable: true }) forwardedMembershipId: string | null;
  @Field(() => String, { nullable: true }) forwardedOrganisationName: string | null;
  @Field(() => String, { nullable: true }) forwardNote: string | null;
  @Field(() => Date, { nullable: true }) forwardedAt: Date | null;
  @Field(() => ID, { nullable: true }) mergedIntoId: string | null;
  @Field(() => Int) supportCount: number;
  @Field(() => Int, { description: 'Abuse reports received (each sent the item back to the queue).' }) abuseReports: number;
  @Field({ description: 'The sender gave an e-mail address (never shown).' }) hasEmail: boolean;
  @Field() emailConfirmed: boolean;
  @Field() hasPhoto: boolean;
  @Field(() => String, { nullable: true, description: 'The photo as a data URL (moderators check it before approval).' }) photoDataUrl: string | null;
  @Field(() => Int) version: number;
  @Field() createdAt: Date;
  @Field(() => [ParticipationStatusEntry]) history: ParticipationStatusEntry[];
}

@ObjectType('ParticipationRights', {
  description: "What the caller may do with citizens' contributions in this alliance, by the API's own access rules (for the navigation).",
})
export class ParticipationRightsModel {
  @Field({ description: 'Moderates the queue: the backbone or a membership it appointed as the portal’s editor.' }) moderator: boolean;
  @Field({ description: 'Sees reports forwarded to its organisation (moderators: all forwarded reports).' }) forwardedReports: boolean;
  @Field({ description: 'Answers approved feedback on its own offers in public (moderators: on every offer).' }) answersFeedback: boolean;
}

@InputType()
export class ModerateParticipationInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() itemId: string;
  @Field(() => ParticipationKind) @IsIn(PARTICIPATION_KINDS) kind: string;
  @Field(() => ModerationAction) @IsIn(['APPROVE', 'REJECT']) action: 'APPROVE' | 'REJECT';
  @Field(() => String, { nullable: true, description: 'Required for REJECT: shown to the sender on the follow page.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  reason?: string | null;
  @Field(() => String, { nullable: true, description: 'The text with personal data edited out (the edit is recorded in the audit trail).' })
  @IsOptional()
  @Trim()
  @IsString()
  @MinLength(3)
  @MaxLength(4000)
  editedText?: string | null;
  @Field(() => String, { nullable: true, description: "A report's address with personal data edited out (recorded like editedText)." })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(300)
  editedAddress?: string | null;
  @Field(() => Int) @IsInt() version: number;
}

@InputType()
export class MergeReportsInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() keepId: string;
  @Field(() => ID) @IsUUID() duplicateId: string;
}

@InputType()
export class ForwardReportInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() reportId: string;
  @Field(() => ID) @IsUUID() membershipId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(2000) note?: string | null;
  @Field(() => Int) @IsInt() version: number;
}

@InputType()
export class ResolveReportInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() reportId: string;
  @Field(() => ReportOutcome) @IsIn(['RESOLVED', 'DECLINED']) outcome: 'RESOLVED' | 'DECLINED';
  @Field() @Trim() @IsString() @MinLength(3) @MaxLength(4000) publicAnswer: string;
  @Field(() => Int) @IsInt() version: number;
}

@InputType()
export class AnswerFeedbackInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() feedbackId: string;
  @Field() @Trim() @IsString() @MinLength(3) @MaxLength(4000) text: string;
}

@InputType()
export class MarkFeedbackChangedInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() feedbackId: string;
  @Field() @Trim() @IsString() @MinLength(3) @MaxLength(2000) whatChanged: string;
}

@InputType({ description: 'Makes an indicator draw its values from approved participation items (null category: all).' })
export class SetParticipationIndicatorSourceInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() indicatorId: string;
  @Field(() => ParticipationKind, { defaultValue: 'REPORT' }) @IsIn(PARTICIPATION_KINDS) kind: string;
  @Field(() => ReportCategory, { nullable: true }) @IsOptional() @IsIn(REPORT_CATEGORIES) category?: string | null;
  @Field(() => Int, { nullable: true, description: 'Count only reports resolved within this many days of being received.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3650)
  withinDays?: number | null;
}

@ObjectType('ParticipationIndicatorSource')
export class ParticipationIndicatorSourceModel {
  @Field(() => ID) indicatorId: string;
  @Field(() => ParticipationKind) kind: string;
  @Field(() => ReportCategory, { nullable: true }) category: string | null;
  @Field(() => Int, { nullable: true }) withinDays: number | null;
}

@ObjectType('ParticipationIndicatorValue', { description: 'One period and district (null: all districts) of a participation-sourced indicator.' })
export class ParticipationIndicatorValue {
  @Field() period: string;
  @Field(() => ID, { nullable: true }) districtId: string | null;
  @Field(() => String, { nullable: true }) districtName: string | null;
  @Field(() => Float, { nullable: true, description: 'Null when suppressed (fewer than the small-number threshold, modules/disclosure).' })
  value: number | null;
  @Field({ description: 'The value is below the threshold and is not shown.' }) suppressed: boolean;
}

@ObjectType('ParticipationIndicatorSeries', { description: 'Values computed in SQL from approved participation items, per period and district.' })
export class ParticipationIndicatorSeries {
  @Field(() => ParticipationIndicatorSourceModel) source: ParticipationIndicatorSourceModel;
  @Field(() => [ParticipationIndicatorValue]) values: ParticipationIndicatorValue[];
}
