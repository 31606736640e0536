import { RESOURCE_CATEGORIES, RESOURCE_DIRECTIONS, type ResourceCategoryName, type ResourceDirectionName } from '@gemeinwerk/shared';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { OrganisationModel } from '../../core/accounts/accounts.models';
import { Trim } from '../../core/graphql/validation';
import type { ReasonKind } from './matching.rules';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const ResourceCategory = asEnum(RESOURCE_CATEGORIES);
export const ResourceDirection = asEnum(RESOURCE_DIRECTIONS);
const REASON_KINDS = ['OFFERS', 'REACHES', 'NEEDS'] as const satisfies readonly ReasonKind[];
export const MatchReasonKind = asEnum(REASON_KINDS);
const PARTNER_KINDS = ['MEMBER', 'OFFER'] as const;
export const MatchPartnerKind = asEnum(PARTNER_KINDS);
registerEnumType(ResourceCategory, {
  name: 'ResourceCategory',
  description:
    'The shared vocabulary of offers and needs: rooms, volunteers, expertise by field, funding, data, reach into a target group or district, languages, other.',
});
registerEnumType(ResourceDirection, { name: 'ResourceDirection', description: 'OFFER: the member offers it; NEED: the member looks for it.' });
registerEnumType(MatchReasonKind, {
  name: 'MatchReasonKind',
  description: 'Why a partner is suggested: it OFFERS what you need, REACHES a target group you name, or NEEDS what you offer.',
});
registerEnumType(MatchPartnerKind, { name: 'MatchPartnerKind', description: 'A member of the alliance, or a published offer of its portal.' });

@ObjectType('MemberResource', { description: 'Something a member offers or needs.' })
export class MemberResourceModel {
  @Field(() => ID) id: string;
  @Field(() => ID) membershipId: string;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  @Field(() => ResourceDirection) direction: ResourceDirectionName;
  @Field(() => ResourceCategory) category: ResourceCategoryName;
  @Field({ description: 'The field of expertise, the language (ISO code), the kind of data …; empty when the category has none.' }) field: string;
  @Field(() => ID, { nullable: true }) districtId: string | null;
  @Field(() => String, { nullable: true }) districtName: string | null;
  @Field(() => String, { nullable: true }) targetGroup: string | null;
  @Field() note: string;
  @Field(() => Int) version: number;
  @Field({ description: 'The caller may change it (its own organisation’s, or any as backbone).' }) editable: boolean;
}

@InputType()
export class AddMemberResourceInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID, { nullable: true, description: 'Whose it is; only the backbone may name another member (default: your own).' })
  @IsOptional()
  @IsUUID()
  membershipId?: string | null;
  @Field(() => ResourceDirection) @IsIn(RESOURCE_DIRECTIONS) direction: ResourceDirectionName;
  @Field(() => ResourceCategory) @IsIn(RESOURCE_CATEGORIES) category: ResourceCategoryName;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(200) field: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() districtId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(200) targetGroup?: string | null;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(2000) note: string;
}

@InputType()
export class UpdateMemberResourceInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() resourceId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => ResourceDirection) @IsIn(RESOURCE_DIRECTIONS) direction: ResourceDirectionName;
  @Field(() => ResourceCategory) @IsIn(RESOURCE_CATEGORIES) category: ResourceCategoryName;
  @Field() @Trim() @IsString() @MaxLength(200) field: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() districtId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(200) targetGroup?: string | null;
  @Field() @Trim() @IsString() @MaxLength(2000) note: string;
}

@InputType({ description: 'Partner search: look for this instead of the member’s own needs.' })
export class PartnerSearchInput {
  @Field(() => ResourceCategory, { nullable: true }) @IsOptional() @IsIn(RESOURCE_CATEGORIES) category?: ResourceCategoryName | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() districtId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(200) targetGroup?: string | null;
  @Field(() => String, { nullable: true, description: 'A field, a language or words of a note.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  field?: string | null;
  @Field({ defaultValue: true, description: 'Also search the published offers of the alliance’s portal.' }) @IsBoolean() includeOffers: boolean;
}

@ObjectType('MatchReason', { description: 'One reason for a suggestion, e.g. “bietet Räume in Oststadt”.' })
export class MatchReasonModel {
  @Field(() => MatchReasonKind) kind: ReasonKind;
  @Field(() => ResourceCategory, { nullable: true }) category: ResourceCategoryName | null;
  @Field() field: string;
  @Field(() => String, { nullable: true }) districtName: string | null;
  @Field(() => String, { nullable: true }) targetGroup: string | null;
}

@ObjectType('MatchSuggestion', { description: 'A suggested partner, ranked by score, with the reasons.' })
export class MatchSuggestionModel {
  @Field(() => MatchPartnerKind) kind: (typeof PARTNER_KINDS)[number];
  @Field(() => ID, { nullable: true, description: 'The member (kind MEMBER).' }) membershipId: string | null;
  @Field(() => ID, { nullable: true, description: 'The portal offer (kind OFFER).' }) offerId: string | null;
  @Field({ description: 'The organisation, or the offer’s title.' }) name: string;
  @Field(() => String, { nullable: true, description: 'The provider of an offer.' }) providerName: string | null;
  @Field(() => Float) score: number;
  @Field(() => [MatchReasonModel]) reasons: MatchReasonModel[];
  @Field({ description: 'The caller’s organisation already asked for contact.' }) contactRequested: boolean;
}

@ObjectType('MatchSuggestions')
export class MatchSuggestionsModel {
  @Field(() => ID) membershipId: string;
  @Field(() => Int, { description: 'How many needs of the member the suggestions are for (0: list needs first).' }) needCount: number;
  @Field(() => [MatchSuggestionModel]) suggestions: MatchSuggestionModel[];
}

@ObjectType('MatchingDistrict')
export class MatchingDistrictModel {
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('MatchingVocabulary', {
  description: 'What the alliance already names: its districts, and the target groups and fields used in activities, offers and needs.',
})
export class MatchingVocabularyModel {
  @Field(() => [MatchingDistrictModel]) districts: MatchingDistrictModel[];
  @Field(() => [String]) targetGroups: string[];
  @Field(() => [String]) fields: string[];
}

@InputType()
export class RequestContactInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID, { nullable: true, description: 'A member of the alliance; or give offerId.' }) @IsOptional() @IsUUID() toMembershipId?: string | null;
  @Field(() => ID, { nullable: true, description: 'A published offer of the alliance’s portal; or give toMembershipId.' })
  @IsOptional()
  @IsUUID()
  offerId?: string | null;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(4000) message: string;
}

@ObjectType('ContactRequest')
export class ContactRequestModel {
  @Field(() => ID) id: string;
  @Field(() => ID) logEntryId: string;
  @Field(() => ID, { nullable: true }) toMembershipId: string | null;
  @Field(() => ID, { nullable: true }) offerId: string | null;
}
