import { OFFER_FRESHNESS, OFFER_REVISION_STATES, OFFER_SCHEDULE_KINDS, OFFER_STATUSES } from '@gemeinwerk/shared';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsLatitude,
  IsLongitude,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Paginated } from '../../core/graphql/pagination';
import { GraphQLJSON } from '../../core/graphql/json.scalar';
import { Trim } from '../../core/graphql/validation';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const OfferStatus = asEnum(OFFER_STATUSES);
export const OfferRevisionState = asEnum(OFFER_REVISION_STATES);
export const OfferScheduleKind = asEnum(OFFER_SCHEDULE_KINDS);
export const OfferFreshness = asEnum(OFFER_FRESHNESS);
registerEnumType(OfferStatus, {
  name: 'OfferStatus',
  description: 'IN_REVIEW: new, waiting for the editors; RETURNED: new, sent back; PUBLISHED: public; ARCHIVED: taken down.',
});
registerEnumType(OfferRevisionState, { name: 'OfferRevisionState', description: 'A submitted version in the editorial queue.' });
registerEnumType(OfferScheduleKind, { name: 'OfferScheduleKind', description: 'Single dates, weekly, a period, or always open.' });
registerEnumType(OfferFreshness, {
  name: 'OfferFreshness',
  description: 'By the last confirmation: FRESH, DUE (the provider is asked), FLAGGED (editors see it), HIDDEN (not public).',
});

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** One entry of an offer's schedule: a date (DATES) or a weekday 1 = Monday … 7 (WEEKLY), with optional times. */
@ObjectType('OfferScheduleSlot')
@InputType('OfferScheduleSlotInput')
export class OfferScheduleSlot {
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE) date?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) @Max(7) weekday?: number | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(TIME) from?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(TIME) to?: string | null;
}

/** What a provider writes about an offer: the same shape for the published version and a revision. */
@ObjectType('PortalOfferContent')
export class PortalOfferContent {
  @Field() title: string;
  @Field() summary: string;
  @Field() description: string;
  @Field(() => [String]) categories: string[];
  @Field(() => [String]) targetGroups: string[];
  @Field(() => Int, { nullable: true }) ageMin: number | null;
  @Field(() => Int, { nullable: true }) ageMax: number | null;
  @Field(() => ID, { nullable: true }) districtId: string | null;
  @Field(() => String, { nullable: true }) street: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => Float, { nullable: true }) latitude: number | null;
  @Field(() => Float, { nullable: true }) longitude: number | null;
  @Field(() => OfferScheduleKind) scheduleKind: string;
  @Field(() => [OfferScheduleSlot]) schedule: OfferScheduleSlot[];
  @Field() scheduleNote: string;
  @Field(() => String, { nullable: true }) startDate: string | null;
  @Field(() => String, { nullable: true }) endDate: string | null;
  @Field() isFree: boolean;
  @Field() costNote: string;
  @Field() stepFree: boolean;
  @Field() signLanguage: boolean;
  @Field() easyLanguage: boolean;
  @Field(() => [String]) languages: string[];
  @Field() registrationRequired: boolean;
  @Field() registrationNote: string;
  @Field(() => String, { nullable: true }) contactName: string | null;
  @Field(() => String, { nullable: true }) contactEmail: string | null;
  @Field(() => String, { nullable: true }) contactPhone: string | null;
  @Field(() => [ID]) imageIds: string[];
  @Field(() => [ID]) goalIds: string[];
  @Field(() => [ID]) activityIds: string[];
}

@InputType()
export class PortalOfferContentInput {
  @Field() @Trim() @IsString() @MinLength(3) @MaxLength(150) title: string;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(300) summary: string;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(8000) description: string;
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(10) @IsString({ each: true }) @MaxLength(60, { each: true }) categories: string[];
  @Field(() => [String], { defaultValue: [] }) @ArrayMaxSize(10) @IsString({ each: true }) @MaxLength(60, { each: true }) targetGroups: string[];
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(120) ageMin?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(120) ageMax?: number | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() districtId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(200) street?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(10) postalCode?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(100) city?: string | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLatitude() latitude?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsLongitude() longitude?: number | null;
  @Field(() => OfferScheduleKind, { defaultValue: 'ONGOING' }) @IsIn(OFFER_SCHEDULE_KINDS) scheduleKind: string;
  @Field(() => [OfferScheduleSlot], { defaultValue: [] })
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OfferScheduleSlot)
  schedule: OfferScheduleSlot[];
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(500) scheduleNote: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE) startDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE) endDate?: string | null;
  @Field({ defaultValue: true }) @IsBoolean() isFree: boolean;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(300) costNote: string;
  @Field({ defaultValue: false }) @IsBoolean() stepFree: boolean;
  @Field({ defaultValue: false }) @IsBoolean() signLanguage: boolean;
  @Field({ defaultValue: false }) @IsBoolean() easyLanguage: boolean;
  @Field(() => [String], { defaultValue: ['de'] }) @ArrayMaxSize(20) @Matches(/^[a-z]{2}$/, { each: true }) languages: string[];
  @Field({ defaultValue: false }) @IsBoolean() registrationRequired: boolean;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(500) registrationNote: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(100) contactName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsEmail() @MaxLength(200) contactEmail?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(40) contactPhone?: string | null;
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(6) @IsUUID('all', { each: true }) imageIds: string[];
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(20) @IsUUID('all', { each: true }) goalIds: string[];
  @Field(() => [ID], { defaultValue: [] }) @ArrayMaxSize(20) @IsUUID('all', { each: true }) activityIds: string[];
}

@ObjectType('PortalProvider')
export class PortalProviderModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() description: string;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => ID, { nullable: true }) membershipId: string | null;
  @Field({ description: 'The provider is a member of the alliance (not only listing offers).' }) isAllianceMember: boolean;
  @Field(() => Int) offerCount: number;
  @Field(() => Int) version: number;
}

/** One field that a revision changes, with both sides as display text (lists joined, booleans as true/false). */
@ObjectType('OfferFieldChange')
export class OfferFieldChange {
  @Field() field: string;
  @Field(() => String, { nullable: true }) before: string | null;
  @Field(() => String, { nullable: true }) after: string | null;
}

@ObjectType('PortalOfferRevision')
export class PortalOfferRevisionModel {
  @Field(() => ID) id: string;
  @Field(() => ID) offerId: string;
  @Field(() => OfferRevisionState) state: string;
  @Field(() => PortalOfferContent) content: PortalOfferContent;
  @Field(() => PortalOfferContent, { nullable: true, description: 'The published version it was based on; null for a new offer.' })
  baseContent: PortalOfferContent | null;
  @Field(() => [OfferFieldChange], { description: 'What changes against the published version (every filled field for a new offer).' })
  changes: OfferFieldChange[];
  @Field() submittedAt: Date;
  @Field(() => String, { nullable: true }) submittedByName: string | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) returnReason: string | null;
  @Field(() => Int) version: number;
}

@ObjectType('PortalOffer')
export class PortalOfferModel {
  @Field(() => ID) id: string;
  @Field(() => OfferStatus) status: string;
  @Field(() => ID) providerId: string;
  @Field() providerName: string;
  @Field(() => PortalOfferContent, { description: 'The published version once published; before, the submitted one.' }) content: PortalOfferContent;
  @Field(() => String, { nullable: true }) districtName: string | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field(() => Date, { nullable: true, description: '"zuletzt bestätigt am"' }) confirmedAt: Date | null;
  @Field(() => OfferFreshness, { nullable: true, description: 'Only for published offers.' }) freshness: string | null;
  @Field(() => PortalOfferRevisionModel, { nullable: true, description: 'The revision waiting for the editors or returned to the provider.' })
  openRevision: PortalOfferRevisionModel | null;
  @Field(() => Int) version: number;
}

@ObjectType('PortalSettings')
export class PortalSettingsModel {
  @Field() enabled: boolean;
  @Field() name: string;
  @Field() intro: string;
  @Field(() => String, { nullable: true }) logoDataUrl: string | null;
  @Field(() => String, { nullable: true }) primaryColor: string | null;
  @Field(() => String, { nullable: true }) accentColor: string | null;
  @Field() providerSignupOpen: boolean;
  @Field(() => Int) reminderMonths: number;
  @Field(() => Int) flagMonths: number;
  @Field(() => Int) hideMonths: number;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true, description: 'The public address: /portal/<slug>; null while the portal has none.' }) slug: string | null;
  @Field(() => String, { nullable: true, description: 'A MapLibre style URL (https); null: the built-in map without a basemap.' })
  mapStyleUrl: string | null;
  @Field(() => String, { nullable: true, description: 'A raster tile URL template (https, {z}/{x}/{y}) under the districts; null: none.' })
  tileUrl: string | null;
}

@InputType()
export class UpdatePortalSettingsInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => Int) @IsInt() @Min(0) version: number;
  @Field() @IsBoolean() enabled: boolean;
  @Field() @Trim() @IsString() @MaxLength(100) name: string;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(2000) intro: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^#[0-9a-fA-F]{6}$/) primaryColor?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(/^#[0-9a-fA-F]{6}$/) accentColor?: string | null;
  @Field() @IsBoolean() providerSignupOpen: boolean;
  @Field(() => Int) @IsInt() @Min(1) @Max(24) reminderMonths: number;
  @Field(() => Int) @IsInt() @Min(2) @Max(36) flagMonths: number;
  @Field(() => Int) @IsInt() @Min(3) @Max(48) hideMonths: number;
  @Field(() => String, { nullable: true, description: 'The public address (a–z, 0–9, hyphens). Left out: unchanged.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  slug?: string | null;
  @Field(() => String, { nullable: true, description: 'MapLibre style URL (https). Empty or null: the built-in offline map. Left out: unchanged.' })
  @IsOptional()
  @IsString()
  @MaxLength(600)
  mapStyleUrl?: string | null;
  @Field(() => String, { nullable: true, description: 'Raster tile URL template (https with {z}, {x}, {y}). Empty or null: none. Left out: unchanged.' })
  @IsOptional()
  @IsString()
  @MaxLength(600)
  tileUrl?: string | null;
}

@InputType()
export class SetPortalLogoInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => String, { nullable: true, description: 'The logo file, base64 (JPEG, PNG or WebP, at most 700 KB decoded); null removes the logo.' })
  @IsOptional()
  @IsString()
  @MaxLength(1_000_000)
  base64?: string | null;
}

@InputType()
export class CreatePortalOfferInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID, { nullable: true, description: 'Editors may enter an offer for any provider; a provider’s own people leave it out.' })
  @IsOptional()
  @IsUUID()
  providerId?: string | null;
  @Field(() => PortalOfferContentInput) @ValidateNested() @Type(() => PortalOfferContentInput) content: PortalOfferContentInput;
}

@InputType()
export class UpdatePortalOfferInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() offerId: string;
  @Field(() => Int, { description: 'The offer’s version the change was made on.' }) @IsInt() @Min(1) version: number;
  @Field(() => PortalOfferContentInput) @ValidateNested() @Type(() => PortalOfferContentInput) content: PortalOfferContentInput;
}

@InputType()
export class DecideOfferRevisionInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() revisionId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => String, { nullable: true, description: 'Required when returning: what the provider should change.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

@InputType()
export class UpdatePortalProviderInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() providerId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field() @Trim() @IsString() @MinLength(2) @MaxLength(150) name: string;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(4000) description: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(300) website?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsEmail() @MaxLength(200) email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(40) phone?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(300) address?: string | null;
}

/** One cell of the planning matrix: offers for a target group in a district. */
@ObjectType('PortalPlanningCell')
export class PortalPlanningCell {
  @Field(() => ID, { nullable: true, description: 'null: offers without a district.' }) districtId: string | null;
  @Field() targetGroup: string;
  @Field(() => Int) offers: number;
  @Field(() => Float, { nullable: true, description: 'Offers per 1,000 inhabitants (of the target group where known, else of the district).' })
  perThousand: number | null;
  @Field(() => Int, { description: 'Activities of the alliance for this target group in this district (the activity map’s count).' })
  activities: number;
}

@ObjectType('PortalPlanningDistrict')
export class PortalPlanningDistrict {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int, { nullable: true }) population: number | null;
  @Field(() => Int) offers: number;
  @Field(() => Float, { nullable: true }) perThousand: number | null;
  @Field({ description: 'Whether a shape (GeoJSON) is stored, for the map.' }) hasShape: boolean;
}

@ObjectType('PortalPlanning')
export class PortalPlanningModel {
  @Field(() => [PortalPlanningDistrict]) districts: PortalPlanningDistrict[];
  @Field(() => [String]) targetGroups: string[];
  @Field(() => [PortalPlanningCell]) cells: PortalPlanningCell[];
  @Field(() => Float, { nullable: true, description: 'Median offers per cell (gaps lie below a quarter of it, over-supply above twice).' })
  medianOffers: number | null;
}

/** One entry of the backbone's freshness calendar: an offer to be confirmed or an indicator report due. */
@ObjectType('PortalFreshnessEntry')
export class PortalFreshnessEntry {
  @Field({ description: 'OFFER or REPORT' }) kind: string;
  @Field(() => ID) id: string;
  @Field({ description: 'The offer’s title, or the reporting period’s key.' }) title: string;
  @Field(() => Int, { nullable: true, description: 'Reports: the values still outstanding.' }) count: number | null;
  @Field({ description: 'Provider or reporting organisation.' }) owner: string;
  @Field({ description: 'YYYY-MM-DD' }) dueOn: string;
  @Field({ description: 'DUE (in the window ahead), OVERDUE, FLAGGED or HIDDEN (offers).' }) state: string;
}

@ObjectType('PortalOfferConfirmed')
export class PortalOfferConfirmed {
  @Field(() => ID) id: string;
  @Field() confirmedAt: Date;
  @Field(() => Int) version: number;
}

@ObjectType('PortalRights', {
  description: "What the caller may do with the portal in this alliance's workspace, by the API's own access rules (for the navigation).",
})
export class PortalRightsModel {
  @Field({ description: 'Works the editorial queue, freshness and planning: the backbone or a membership it appointed as editor.' }) editor: boolean;
  @Field({ description: 'Keeps the portal’s settings, editors and population figures: the backbone.' }) manager: boolean;
}

@ObjectType('PortalEditor')
export class PortalEditorModel {
  @Field(() => ID) membershipId: string;
  @Field() organisationName: string;
}

@ObjectType('PortalQueueItem', { description: 'A revision waiting in the editorial queue, with its provider.' })
export class PortalQueueItem extends PortalOfferRevisionModel {
  @Field() providerName: string;
}

@ObjectType('PortalOfferImage')
export class PortalOfferImageModel {
  @Field(() => ID) id: string;
  @Field(() => Int) width: number;
  @Field(() => Int) height: number;
  @Field() altText: string;
  @Field({ description: 'The stored (re-encoded, metadata-free) image as a data: URL.' }) dataUrl: string;
}

@InputType()
export class UploadPortalImageInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field({ description: 'The file, base64 (at most 700 KB decoded: the request limit is 1 MB).' }) @IsString() @MaxLength(1_000_000) base64: string;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(300) altText: string;
}

@InputType()
export class PortalOffersFilter {
  @Field(() => OfferStatus, { nullable: true }) @IsOptional() @IsIn(OFFER_STATUSES) status?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() providerId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(200) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Only offers flagged or hidden for want of confirmation.' }) @IsOptional() @IsBoolean() stale?:
    boolean | null;
}

@ObjectType()
export class PortalOfferPage extends Paginated(PortalOfferModel) {}

@InputType()
export class RegisterPortalProviderInput {
  @Field(() => ID, { description: 'The alliance whose portal the provider signs up to.' }) @IsUUID() portalId: string;
  @Field() @Trim() @IsString() @MinLength(2) @MaxLength(200) organisationName: string;
  @Field() @Trim() @IsString() @MinLength(2) @MaxLength(100) name: string;
  @Field() @Trim() @IsEmail() @MaxLength(200) email: string;
  @Field() @IsString() @MinLength(10) @MaxLength(200) password: string;
  @Field({ defaultValue: 'de' }) @IsIn(['de', 'en']) locale: string;
}

@ObjectType('PortalDistrict', { description: 'A district of the alliance’s list, as offers name it (for providers’ forms and the maps).' })
export class PortalDistrictModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The shape (GeoJSON geometry); only with withShapes.' }) geojson?: unknown | null;
}
