import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { TenantOwnedEntity, partnerWall } from '@leadrelay/core';
import type { TiersByGrade } from './candidate-filters';

/** How a tenant routes its leads; a tenant without a row routes by the defaults (`RoutingPolicy.DEFAULTS`). */
// Partner sessions see none of it: how leads are routed is the vendor's business.
@Entity({ policies: [partnerWall(() => 'false')] })
@Unique({ properties: ['tenantId'] })
export class RoutingPolicy extends TenantOwnedEntity {
  /** Which tiers may get leads of each grade, e.g. `{ "A": ["GOLD", "SILVER"] }`; a grade not named goes to every tier. */
  @Property({ type: 'jsonb' })
  tiersByGrade: TiersByGrade & Opt = {};

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
