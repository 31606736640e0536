import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateNested } from 'class-validator';
import { Paginated } from '../../core/graphql/pagination';

export enum ImportStatus {
  UPLOADED = 'UPLOADED',
  CHECKING = 'CHECKING',
  PREVIEWED = 'PREVIEWED',
  COMMITTING = 'COMMITTING',
  COMMITTED = 'COMMITTED',
  UNDONE = 'UNDONE',
  FAILED = 'FAILED',
}
registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'Where an uploaded file is on its way: mapped and checked (PREVIEWED), written (COMMITTED), taken back (UNDONE).',
});

export enum ImportNumberFormat {
  DE = 'DE',
  EN = 'EN',
}
registerEnumType(ImportNumberFormat, { name: 'ImportNumberFormat', description: 'DE: 1.234,5 — EN: 1,234.5' });

@ObjectType()
export class ImportFieldModel {
  @Field() key: string;
  @Field({ description: "The field's name in the caller's language." }) label: string;
  @Field() required: boolean;
  @Field({ description: 'text, number, date, period or boolean' }) type: string;
}

@ObjectType()
export class ImportKindModel {
  @Field() name: string;
  @Field(() => [ImportFieldModel]) fields: ImportFieldModel[];
}

@ObjectType()
export class ImportColumnModel {
  @Field() field: string;
  @Field(() => Int, { description: 'Index of the column in `headers`.' }) column: number;
}

@ObjectType()
export class ImportBatchModel {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() fileName: string;
  @Field() fileType: string;
  @Field(() => String, { nullable: true }) encoding: string | null;
  @Field(() => String, { nullable: true }) separator: string | null;
  @Field(() => [String]) headers: string[];
  @Field(() => [ImportColumnModel], { description: 'The mapping in use: saved for the alliance or recognised from the headers.' }) columns: ImportColumnModel[];
  @Field(() => [ImportFieldModel]) fields: ImportFieldModel[];
  @Field(() => ImportNumberFormat) numberFormat: ImportNumberFormat;
  @Field(() => Int) rowCount: number;
  @Field(() => Int) errorRows: number;
  @Field(() => Int, { description: 'Rows done by the running step (progress of a job).' }) processedRows: number;
  @Field(() => ImportStatus) status: ImportStatus;
  @Field(() => Int, { nullable: true }) createdCount: number | null;
  @Field(() => Int, { nullable: true }) updatedCount: number | null;
  @Field(() => String, { nullable: true, description: "Why the last step failed, in the caller's language." }) failure: string | null;
  @Field(() => String, { nullable: true }) createdByName: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) committedAt: Date | null;
  @Field(() => Date, { nullable: true }) undoneAt: Date | null;
  @Field(() => Int) version: number;
}

@ObjectType()
export class ImportBatchPage extends Paginated(ImportBatchModel) {}

@ObjectType()
export class ImportProblemModel {
  @Field(() => String, { nullable: true }) field: string | null;
  @Field() code: string;
  @Field({ description: "What is wrong, in the caller's language." }) message: string;
}

@ObjectType()
export class ImportRowModel {
  @Field(() => Int, { description: 'The row number in the file as a spreadsheet shows it (the header is row 1).' }) rowNo: number;
  @Field(() => [String], { description: 'The cells as read, one per header.' }) cells: string[];
  @Field(() => [ImportProblemModel]) problems: ImportProblemModel[];
}

@ObjectType()
export class ImportRowPage extends Paginated(ImportRowModel) {}

@InputType()
export class ImportColumnInput {
  @Field() @IsString() @MaxLength(40) field: string;
  @Field(() => Int) @IsInt() @Min(0) column: number;
}

@InputType()
export class CheckImportInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() batchId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field(() => [ImportColumnInput]) @ArrayMaxSize(40) @ValidateNested({ each: true }) @Type(() => ImportColumnInput) columns: ImportColumnInput[];
  @Field(() => ImportNumberFormat, { nullable: true }) @IsOptional() @IsIn(['DE', 'EN']) numberFormat?: ImportNumberFormat;
}

@InputType()
export class ImportBatchStepInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() batchId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
}
