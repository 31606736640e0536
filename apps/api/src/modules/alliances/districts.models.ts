import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, MinLength, ValidateIf } from 'class-validator';
import { GraphQLJSON } from '../../core/graphql/json.scalar';
import { Trim } from '../../core/graphql/validation';
import { GEOJSON_MAX_CHARS } from './districts.rules';

/** A district of the alliance's area (Stadtteil, Ortsteil, Gemeinde): one managed list per alliance. */
@ObjectType('District')
export class DistrictModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => Int) version: number;
  @Field({ description: 'Whether a shape (GeoJSON) is stored.' }) hasShape: boolean;
  @Field(() => Int, { description: 'Activities in this district (all members’, counted without showing them).' }) activityCount: number;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The shape as a GeoJSON geometry; only with districts(withShapes: true).' })
  geojson?: unknown | null;
}

@InputType()
export class CreateDistrictInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field() @Trim() @IsString() @MinLength(1) @MaxLength(100) name: string;
  @Field(() => String, { nullable: true, description: 'GeoJSON text: a Polygon or MultiPolygon (or a Feature with one), WGS 84.' })
  @IsOptional()
  @IsString()
  @MaxLength(GEOJSON_MAX_CHARS + 1)
  geojson?: string | null;
}

@InputType()
export class UpdateDistrictInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() districtId: string;
  @Field(() => Int) @IsInt() @Min(1) version: number;
  @Field() @Trim() @IsString() @MinLength(1) @MaxLength(100) name: string;
  @Field(() => String, { nullable: true, description: 'New shape as GeoJSON text; left out keeps the shape, null removes it.' })
  @ValidateIf((_, v) => v !== undefined && v !== null)
  @IsString()
  @MaxLength(GEOJSON_MAX_CHARS + 1)
  geojson?: string | null;
}

@InputType()
export class DeleteDistrictInput {
  @Field(() => ID) @IsUUID() allianceId: string;
  @Field(() => ID) @IsUUID() districtId: string;
  @Field(() => ID, {
    nullable: true,
    description: 'Moves the district’s activities there first (merging two spellings of one place); without it a district in use is refused.',
  })
  @IsOptional()
  @IsUUID()
  moveActivitiesTo?: string | null;
}

@ObjectType()
export class DistrictDeleted {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Activities moved to the other district.' }) movedActivities: number;
}
