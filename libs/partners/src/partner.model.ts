import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@leadrelay/core';
import { Partner, PartnerStatus, PartnerTier } from './partner.entity';

registerEnumType(PartnerTier, {
  name: 'PartnerTier',
  description: "A partner's tier: which leads it fits and how long it has to accept.",
  valuesMap: {
    GOLD: { description: 'The highest tier; by default it has a shorter acceptance period (see TenantSettings).' },
    SILVER: { description: 'The middle tier.' },
    BRONZE: { description: 'The entry tier.' },
  },
});
registerEnumType(PartnerStatus, {
  name: 'PartnerStatus',
  description:
    'INVITED: not yet working; ACTIVE: receives offers; PAUSED: temporarily receives none; ENDED: the partnership is over.',
  valuesMap: {
    INVITED: { description: 'Not yet working: receives no offers.' },
    ACTIVE: { description: 'Receives offers.' },
    PAUSED: { description: 'Temporarily receives no offers.' },
    ENDED: { description: 'The partnership is over.' },
  },
});

@ObjectType('Territory', { description: 'Where a partner sells: a country, whole or by postal-code prefixes.' })
export class TerritoryModel {
  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. DE.' })
  country!: string;

  @Field(() => [String], { description: 'Postal-code prefixes covered; empty means the whole country.' })
  postalCodePrefixes!: string[];
}

@ObjectType('Partner', {
  description: 'A partner organisation of the tenant (reseller, distributor, agent). Partner users see only their own.',
})
export class PartnerModel {
  @Field(() => ID, { description: "The partner's id." })
  id!: string;

  @Field({ description: "The partner organisation's name." })
  name!: string;

  @Field(() => PartnerTier, { description: 'Its tier; routing and acceptance periods may depend on it.' })
  tier!: PartnerTier;

  @Field(() => PartnerStatus, { description: 'Only ACTIVE partners receive offers.' })
  status!: PartnerStatus;

  @Field(() => String, { nullable: true, description: 'Where it is based.' })
  city!: string | null;

  @Field(() => [TerritoryModel], { description: 'Where it sells: countries and postal-code prefixes.' })
  territories!: TerritoryModel[];

  @Field(() => [String], { description: 'Product lines and industries the partner serves.' })
  competencies!: string[];

  @Field(() => Int, { description: 'The most leads the partner holds open at once.' })
  capacity!: number;

  @Field(() => Int, { description: 'Pass back with an update; a stale version is refused with CONFLICT.' })
  version!: number;

  @Field({ description: 'When the partner was added.' })
  createdAt!: Date;

  @Field({ description: 'When the partner last changed.' })
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

@ObjectType({ description: 'A page of partners.' })
export class PartnerConnection extends Connection(PartnerModel) {}
