import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsOptional, IsString, IsUUID, MaxLength, ValidateBy } from 'class-validator';
import { GraphQLJSON } from '../graphql/json.scalar';
import { Paginated } from '../graphql/pagination';

/** A real calendar day, YYYY-MM-DD (kept here so the platform does not import from a module). */
const IsDay = () =>
  ValidateBy({
    name: 'isDay',
    validator: {
      validate: (v) => {
        if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
        const day = new Date(`${v}T00:00:00Z`);
        return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(v);
      },
    },
  });

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
export class AuditEventPage extends Paginated(AuditEventModel) {}

@InputType()
export class AuditEventFilter {
  @Field({ nullable: true, description: 'e.g. Goal, Alliance, AgreementVersion.' }) @IsOptional() @MaxLength(100) @IsString() entityType?: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() entityId?: string;
  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD, Europe/Berlin), inclusive.' }) @IsOptional() @IsDay() from?: string;
  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD, Europe/Berlin), inclusive.' }) @IsOptional() @IsDay() to?: string;
}
