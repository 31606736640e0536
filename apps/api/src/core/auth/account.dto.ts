import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { Trim } from '../graphql/validation';

@ObjectType('AccountSession', { description: "One of the caller's own live sessions (never a token or its hash)." })
export class AccountSessionModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'The browser or client, as it named itself.' }) userAgent: string | null;
  @Field(() => String, { nullable: true, description: 'The client address as stored at login.' }) ip: string | null;
  @Field() createdAt: Date;
  @Field() lastSeenAt: Date;
  @Field() expiresAt: Date;
  @Field({ description: 'The session of this request.' }) current: boolean;
}

@InputType()
export class RevokeMySessionInput {
  @Field(() => ID) @IsUUID() sessionId: string;
}

@InputType()
export class UpdateMyProfileInput {
  @Field() @Trim() @IsString() @MinLength(2) @MaxLength(200) name: string;
}
