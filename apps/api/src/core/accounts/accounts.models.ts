import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OrganisationKindName } from '@gemeinwerk/shared';
import { OrganisationKind } from '../graphql/enums';

@ObjectType('Organisation')
export class OrganisationModel {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => OrganisationKind) kind: OrganisationKindName;
  @Field(() => String, { nullable: true }) city: string | null;
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field({ description: 'Preferred UI language: de or en.' }) locale: string;
  @Field({ description: 'Runs the platform (dead letters, setup); no right in any alliance.' }) isPlatformAdmin: boolean;
  @Field(() => [OrganisationModel], { description: 'Organisations this person works for.' })
  organisations: OrganisationModel[];
}
