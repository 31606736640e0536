import { Field, InputType } from '@nestjs/graphql';
import { IsString, MaxLength, MinLength } from 'class-validator';

/** The words that confirm an erasure, in either language of the UI. */
export const ERASE_CONFIRMATIONS = ['LÖSCHEN', 'DELETE'];

@InputType()
export class EraseMyAccountInput {
  @Field({ description: 'The current password: erasure re-authenticates.' }) @IsString() @MinLength(1) @MaxLength(200) password: string;
  @Field({ description: 'Typed confirmation: "LÖSCHEN" or "DELETE".' }) @IsString() @MaxLength(20) confirm: string;
}
