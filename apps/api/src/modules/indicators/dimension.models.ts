import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { Trim } from '../../core/graphql/validation';

@ObjectType('DimensionCategory')
export class DimensionCategoryModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int, { description: 'Order within the dimension, from 0.' }) position: number;
}

/** A way to break values down (Geschlecht, Altersgruppe, Stadtteil), defined once per alliance. */
@ObjectType('Dimension')
export class DimensionModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) version: number;
  @Field(() => [DimensionCategoryModel], { description: 'Categories in their order.' }) categories: DimensionCategoryModel[];
}

const TrimEach = () => Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value));

@InputType()
export class CreateDimensionInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field() @Trim() @IsString() @MinLength(1) @MaxLength(100) name: string;
  @Field(() => [String], { description: 'At least two, each name once, in this order.' })
  @IsArray()
  @ArrayMaxSize(50)
  @TrimEach()
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(100, { each: true })
  categories: string[];
}

@InputType()
export class DimensionCategoryInput {
  @Field(() => ID, { nullable: true, description: 'An existing category of this dimension; null adds a new one.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;
  @Field() @Trim() @IsString() @MinLength(1) @MaxLength(100) name: string;
}

@InputType()
export class UpdateDimensionInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() dimensionId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field() @Trim() @IsString() @MinLength(1) @MaxLength(100) name: string;
  @Field(() => [DimensionCategoryInput], { description: 'The complete list in its new order; categories left out are removed.' })
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DimensionCategoryInput)
  categories: DimensionCategoryInput[];
}
