import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@leadrelay/core';
import { Partner, PartnerStatus, PartnerTier } from './partner.entity';

registerEnumType(PartnerTier, { name: 'PartnerTier' });
registerEnumType(PartnerStatus, {
  name: 'PartnerStatus',
  description:
    'INVITED: not yet working; ACTIVE: receives offers; PAUSED: temporarily receives none; ENDED: the partnership is over.',
});

@ObjectType('Territory')
export class TerritoryModel {
  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. DE.' })
  country!: string;

  @Field(() => [String], { description: 'Postal-code prefixes covered; empty means the whole country.' })
  postalCodePrefixes!: string[];
}

@ObjectType('Partner')
export class PartnerModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => PartnerTier)
  tier!: PartnerTier;

  @Field(() => PartnerStatus)
  status!: PartnerStatus;

  @Field(() => String, { nullable: true })
  city!: string | null;

  @Field(() => [TerritoryModel])
  territories!: TerritoryModel[];

  @Field(() => [String], { description: 'Product lines and industries the partner serves.' })
  competencies!: string[];

  @Field(() => Int, { description: 'The most leads the partner holds open at once.' })
  capacity!: number;

  @Field(() => Int, { description: 'Pass back with an update; a stale version is refused with CONFLICT.' })
  version!: number;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;

  static from(partner: Partner): PartnerModel {
    return {
      id: partner.id,
      name: partner.name,
      tier: partner.tier,
      status: partner.status,
      city: partner.city ?? null,
      territories: partner.territories,
      competencies: partner.competencies,
      capacity: partner.capacity,
      version: partner.version,
      createdAt: partner.createdAt,
      updatedAt: partner.updatedAt,
    };
  }
}

@ObjectType()
export class PartnerConnection extends Connection(PartnerModel) {}
