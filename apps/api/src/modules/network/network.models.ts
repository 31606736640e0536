import { NETWORK_SOURCES, RELATIONSHIP_KINDS, type NetworkSourceName, type RelationshipKindName } from '@gemeinwerk/shared';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateIf } from 'class-validator';
import { IsIsoDate } from '../../core/graphql/input-rules';
import { Trim } from '../../core/graphql/validation';
import { OrganisationModel } from '../../core/accounts/accounts.models';
import { MembershipRole } from '../../core/graphql/enums';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const RelationshipKind = asEnum(RELATIONSHIP_KINDS);
export const NetworkSource = asEnum(NETWORK_SOURCES);
registerEnumType(RelationshipKind, {
  name: 'RelationshipKind',
  description: 'What two organisations do together: information exchange, coordination, joint activity, funding, referral of clients, shared resources.',
});
registerEnumType(NetworkSource, {
  name: 'NetworkSource',
  description:
    'Where a tie comes from: STATED by a member, or derived from the work recorded in Gemeinwerk — ACTIVITY (activities towards the same goal, target group and district at the same time), INDICATOR (both report approved values of the same indicator), OVERLAP (a declared overlap of reported values), DECISION (both agreed to the same decided proposal), MEETING (both took part in the same meeting).',
});

@ObjectType('Relationship', { description: 'A relationship one member states with another.' })
export class RelationshipModel {
  @Field(() => ID) id: string;
  @Field(() => ID) fromMembershipId: string;
  @Field(() => ID) toMembershipId: string;
  @Field(() => OrganisationModel) from: OrganisationModel;
  @Field(() => OrganisationModel) to: OrganisationModel;
  @Field(() => RelationshipKind) kind: RelationshipKindName;
  @Field({ description: 'true: it flows from `from` to `to` (e.g. funding, referrals); false: mutual.' }) directed: boolean;
  @Field(() => Int, { description: '1 occasional, 2 regular, 3 close.' }) strength: number;
  @Field(() => String, { nullable: true, description: 'ISO date.' }) since: string | null;
  @Field(() => String, { nullable: true, description: 'ISO date; empty while it lasts.' }) until: string | null;
  @Field() note: string;
  @Field(() => ID) statedByMembershipId: string;
  @Field(() => Int) version: number;
}

@InputType()
export class StateRelationshipInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID, { nullable: true, description: 'The stating member; only the backbone may state for another member (default: your own).' })
  @IsOptional()
  @IsUUID()
  fromMembershipId?: string | null;
  @Field(() => ID) @IsUUID() toMembershipId: string;
  @Field(() => RelationshipKind) @IsIn(RELATIONSHIP_KINDS) kind: RelationshipKindName;
  @Field({ defaultValue: false }) @IsBoolean() directed: boolean;
  @Field(() => Int, { defaultValue: 2 }) @IsInt() @Min(1) @Max(3) strength: number;
  @Field(() => String, { nullable: true }) @ValidateIf((_, v) => v !== undefined && v !== null) @IsIsoDate() since?: string | null;
  @Field(() => String, { nullable: true }) @ValidateIf((_, v) => v !== undefined && v !== null) @IsIsoDate() until?: string | null;
  @Field({ defaultValue: '' }) @Trim() @IsString() @MaxLength(1000) note: string;
}

@InputType()
export class UpdateRelationshipInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() relationshipId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => RelationshipKind) @IsIn(RELATIONSHIP_KINDS) kind: RelationshipKindName;
  @Field() @IsBoolean() directed: boolean;
  @Field(() => Int) @IsInt() @Min(1) @Max(3) strength: number;
  @Field(() => String, { nullable: true }) @ValidateIf((_, v) => v !== undefined && v !== null) @IsIsoDate() since?: string | null;
  @Field(() => String, { nullable: true }) @ValidateIf((_, v) => v !== undefined && v !== null) @IsIsoDate() until?: string | null;
  @Field() @Trim() @IsString() @MaxLength(1000) note: string;
}

@InputType()
export class NetworkFilterInput {
  @Field(() => [NetworkSource], { nullable: true, description: 'Only ties from these sources (default: all).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NETWORK_SOURCES.length)
  @IsIn(NETWORK_SOURCES, { each: true })
  sources?: NetworkSourceName[] | null;
  @Field(() => [RelationshipKind], { nullable: true, description: 'Only stated relationships of these kinds (derived ties have no kind).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RELATIONSHIP_KINDS.length)
  @IsIn(RELATIONSHIP_KINDS, { each: true })
  kinds?: RelationshipKindName[] | null;
  @Field(() => String, { nullable: true, description: 'The network as it stood on this day (ISO date; default: today) — the time slider.' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsIsoDate()
  asOf?: string | null;
}

@ObjectType({ description: 'One source of a tie, with its weight (how many shared items) and since when it exists.' })
export class NetworkTieSource {
  @Field(() => NetworkSource) source: NetworkSourceName;
  @Field(() => Int, { description: 'How many activities, indicators, overlaps, decisions, meetings or statements make it.' }) weight: number;
  @Field(() => String, { nullable: true, description: 'ISO date of the first of them.' }) since: string | null;
}

@ObjectType('NetworkTie', { description: 'A tie between two organisations: every source that makes it.' })
export class NetworkTieModel {
  @Field(() => ID) a: string;
  @Field(() => ID) b: string;
  @Field(() => [NetworkTieSource]) sources: NetworkTieSource[];
  @Field(() => [RelationshipKind], { description: 'Kinds of the stated relationships between the two.' }) kinds: RelationshipKindName[];
  @Field(() => Int, { description: 'The sum of the weights.' }) weight: number;
}

@ObjectType('NetworkNode', { description: 'An organisation of the alliance with its measures.' })
export class NetworkNodeModel {
  @Field(() => ID, { description: 'The membership id.' }) id: string;
  @Field(() => OrganisationModel) organisation: OrganisationModel;
  @Field(() => MembershipRole) role: string;
  @Field(() => Int) degree: number;
  @Field(() => Float, { description: 'Share of shortest paths between two others that pass here (0..1).' }) betweenness: number;
  @Field(() => Float, { description: 'Closeness (Wasserman–Faust, 0..1).' }) closeness: number;
  @Field(() => Int, { description: 'Its part of the network; 0 is the largest.' }) component: number;
  @Field({ description: 'Without it, its part of the network would fall apart.' }) broker: boolean;
  @Field({ description: 'No tie at all.' }) isolated: boolean;
}

@ObjectType('Network', { description: 'Who works with whom: organisations, their ties with sources, and the measures.' })
export class NetworkModel {
  @Field(() => String, { description: 'ISO date the network stands on.' }) asOf: string;
  @Field(() => [NetworkNodeModel]) nodes: NetworkNodeModel[];
  @Field(() => [NetworkTieModel]) ties: NetworkTieModel[];
  @Field(() => Float, { description: 'Ties present ÷ ties possible.' }) density: number;
  @Field(() => Int) componentCount: number;
  @Field(() => Int, { description: 'Pairs with at least one stated relationship.' }) statedDyads: number;
  @Field(() => Float, { description: 'Share of those pairs where each side named the other.' }) reciprocity: number;
  @Field(() => [String], { description: 'The quarters (e.g. 2025-Q3) from the first recorded tie to today, for the time slider.' }) quarters: string[];
}

@ObjectType('NetworkPath', { description: 'The shortest way from one organisation to another through others.' })
export class NetworkPathModel {
  @Field(() => Int, { nullable: true, description: 'Steps; null when no way leads there.' }) distance: number | null;
  @Field(() => [NetworkNodeModel]) path: NetworkNodeModel[];
}
