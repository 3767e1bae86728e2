import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Opt } from '@mikro-orm/core';
import { TenantOwnedEntity, partnerWall } from '@leadrelay/core';

export enum PartnerTier {
  GOLD = 'GOLD',
  SILVER = 'SILVER',
  BRONZE = 'BRONZE',
}

export enum PartnerStatus {
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  ENDED = 'ENDED',
}

/** A country and the postal-code prefixes a partner covers in it; no prefixes means the whole country. */
export interface Territory {
  country: string;
  postalCodePrefixes: string[];
}

/**
 * A partner organisation inside one tenant: a reseller, installer, distributor or agent. Besides
 * the tenant policy, a user may read the partners its own memberships name (the login choice).
 */
@Entity({
  policies: [
    partnerWall((columns) => `${columns.id} = app_partner_id()`),
    {
      name: 'partner_of_own_membership',
      command: 'select',
      using: (columns) => `${columns.id} = any (app_member_partner_ids())`,
    },
  ],
})
@Unique({ properties: ['tenantId', 'name'] })
export class Partner extends TenantOwnedEntity {
  @Property({ length: 200 })
  name!: string;

  @Enum({ items: () => PartnerTier, nativeEnumName: 'partner_tier' })
  tier: PartnerTier & Opt = PartnerTier.BRONZE;

  @Enum({ items: () => PartnerStatus, nativeEnumName: 'partner_status' })
  status: PartnerStatus & Opt = PartnerStatus.ACTIVE;

  @Property({ length: 200, nullable: true })
  city?: string;

  @Property({ type: 'jsonb' })
  territories: Territory[] & Opt = [];

  /** Product lines and industries the partner can serve. */
  @Property({ type: 'text[]' })
  competencies: string[] & Opt = [];

  /** The most leads the partner holds open at once. */
  @Property()
  capacity: number & Opt = 20;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
