import { Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsIsoDate } from '../graphql/input-rules';
import { Paginated } from '../graphql/pagination';
import { API_TOKEN_ROLES, ApiTokenRole } from './api-token-credentials';

export const ApiTokenRoleEnum = Object.fromEntries(API_TOKEN_ROLES.map((r) => [r, r])) as { [K in ApiTokenRole]: K };
registerEnumType(ApiTokenRoleEnum, {
  name: 'ApiTokenRole',
  description: 'READ_ONLY reads the alliance like an observer; REPORTING reads and reports the values of one member organisation.',
});

@ObjectType('ApiToken', { description: "An integration's access to one alliance. The secret itself is shown only once, when it is created." })
export class ApiTokenModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ApiTokenRoleEnum) role: ApiTokenRole;
  @Field(() => ID, { nullable: true, description: 'REPORTING: the membership it reports for.' }) membershipId: string | null;
  @Field(() => String, { nullable: true, description: 'REPORTING: name of that member organisation.' }) memberName: string | null;
  @Field({ description: 'The first characters of the secret (gw_ and six more), to tell tokens apart.' }) tokenPrefix: string;
  @Field(() => String, { nullable: true, description: 'Who created it; null when that person was erased.' }) createdByName: string | null;
  @Field() createdAt: Date;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true, description: 'Last request with this token (recorded at most once a minute).' }) lastUsedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;
}

@ObjectType()
export class ApiTokenPage extends Paginated(ApiTokenModel) {}

@ObjectType({ description: 'A new token with its secret: shown this once, never again.' })
export class CreatedApiToken {
  @Field(() => ApiTokenModel) token: ApiTokenModel;
  @Field({ description: 'Send as `Authorization: Bearer <secret>`.' }) secret: string;
}

@InputType()
export class CreateApiTokenInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field({ description: 'What the integration is, e.g. "Statistik-Export Jugendamt".' }) @IsString() @MinLength(1) @MaxLength(100) name: string;
  @Field(() => ApiTokenRoleEnum) @IsIn(API_TOKEN_ROLES as unknown as string[]) role: ApiTokenRole;
  @Field(() => ID, { nullable: true, description: "REPORTING only: the member organisation's membership." }) @IsOptional() @IsUUID() membershipId?: string;
  @Field({ description: 'Last day the token works (YYYY-MM-DD, Europe/Berlin); at most one year ahead.' }) @IsIsoDate() expiresOn: string;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() apiTokenId: string;
}
