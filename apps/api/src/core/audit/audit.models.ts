import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { IsIsoDate as IsDay } from '../graphql/input-rules';
import { GraphQLJSON } from '../graphql/json.scalar';
import { Paginated } from '../graphql/pagination';

@ObjectType('AuditEvent')
export class AuditEventModel {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true, description: 'Who made the change; null when the system did.' }) actorUserId: string | null;
  @Field(() => String, { nullable: true, description: 'Name of that person; null for the system (show "System").' }) actorName: string | null;
  @Field({ description: 'What happened, e.g. goal.moved, agreement.signed.' }) action: string;
  @Field() entityType: string;
  @Field(() => ID) entityId: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The changed fields before the change.' }) before: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'The changed fields after the change.' }) after: unknown;
  @Field() occurredAt: Date;
}

@ObjectType()
export class AuditEventPage extends Paginated(AuditEventModel) {
  @Field({ description: 'True when there are more than 10,000 matching events: totalCount then says 10,001 ("more than 10,000").' }) totalCountCapped: boolean;
}

@InputType()
export class AuditEventFilter {
  @Field({ nullable: true, description: 'e.g. Goal, Alliance, AgreementVersion.' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  @Matches(/^[A-Z][A-Za-z]*$/)
  entityType?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() entityId?: string;
  @Field(() => ID, { nullable: true, description: 'Only changes by this person (or API token).' }) @IsOptional() @IsUUID() actorUserId?: string;
  @Field({ nullable: true, description: 'e.g. goal.updated, measurement.approved.' })
  @IsOptional()
  @MaxLength(100)
  @IsString()
  @Matches(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)+$/)
  action?: string;
  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD, Europe/Berlin), inclusive.' }) @IsOptional() @IsDay() from?: string;
  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD, Europe/Berlin), inclusive.' }) @IsOptional() @IsDay() to?: string;
}

@ObjectType('AuditActor')
export class AuditActorModel {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'Null when the person was erased.' }) name: string | null;
}

@ObjectType('AuditFacets', { description: 'What the audit trail can be filtered by: the people, actions and object types that occur in it.' })
export class AuditFacetsModel {
  @Field(() => [AuditActorModel]) actors: AuditActorModel[];
  @Field(() => [String]) actions: string[];
  @Field(() => [String]) entityTypes: string[];
}
