import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import { Trim } from '../../core/graphql/validation';
import { OrganisationModel } from '../../core/accounts/accounts.models';
import { MembershipModel } from '../members/members.models';

@ObjectType('AgreementVersion')
export class AgreementVersionModel {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '1 for the first published version, then counting up.' }) number: number;
  @Field() title: string;
  @Field() body: string;
  @Field({ description: 'How members resolve disagreements: the part of the agreement that matters most when they do.' }) conflictProcedure: string;
  @Field() publishedAt: Date;
  @Field({ description: 'Name of the person who published this version.' }) publishedByName: string;
  @Field(() => Int, { description: 'Member organisations that signed this version.' }) signatureCount: number;
}

@ObjectType('AgreementSignature')
export class AgreementSignatureModel {
  @Field(() => ID) id: string;
  @Field(() => ID) membershipId: string;
  @Field(() => OrganisationModel, { description: 'The organisation that signed.' }) organisation: OrganisationModel;
  @Field({ description: 'Name of the person who signed for it.' }) signedByName: string;
  @Field() signedAt: Date;
}

@ObjectType('Agreement')
export class AgreementModel {
  @Field(() => AgreementVersionModel, { nullable: true, description: 'The version in force; null until the backbone publishes one.' })
  current: AgreementVersionModel | null;
  @Field(() => [AgreementVersionModel], { description: 'All published versions, newest first.' }) versions: AgreementVersionModel[];
  @Field(() => [AgreementSignatureModel], { description: 'Signatures under the current version.' }) signatures: AgreementSignatureModel[];
  @Field(() => [MembershipModel], { description: 'Active members that have not signed the current version (filled for the backbone only).' })
  unsignedMembers: MembershipModel[];
  @Field(() => AgreementSignatureModel, { nullable: true, description: "Your organisation's signature under the current version." })
  mySignature: AgreementSignatureModel | null;
}

@InputType()
export class PublishAgreementVersionInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field() @Trim() @IsNotEmpty() @MaxLength(300) @IsString() title: string;
  @Field() @Trim() @IsNotEmpty() @MaxLength(200000) @IsString() body: string;
  @Field({ description: 'How members resolve disagreements; required.' }) @Trim() @IsNotEmpty() @MaxLength(50000) @IsString() conflictProcedure: string;
  @Field(() => Int, { nullable: true, description: 'The current version number this text revises; null for the first version.' })
  @IsOptional()
  @Min(1)
  @IsInt()
  basedOnVersionNumber?: number | null;
}

@InputType()
export class SignAgreementInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => Int, { description: 'Must be the current version: members sign what is in force.' }) @Min(1) @IsInt() versionNumber: number;
}
