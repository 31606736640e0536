import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';

@ObjectType('DeadLetter', { description: 'A mail that could not be delivered after every attempt (platform admins only).' })
export class DeadLetterModel {
  @Field(() => ID) id: string;
  @Field({ description: 'What the mail is about, e.g. PASSWORD_RESET.' }) kind: string;
  @Field() toAddress: string;
  @Field() subject: string;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true, description: 'What the mail server answered the last time.' }) lastError: string | null;
  @Field() createdAt: Date;
  @Field() deadAt: Date;
}

@InputType()
export class RequeueDeadLetterInput {
  @Field(() => ID) @IsUUID() mailId: string;
}

@InputType()
export class DeadLettersFilter {
  @Field(() => Int, { nullable: true, description: 'At most this many, newest first (1–200, default 50).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(200)
  first?: number;
}
