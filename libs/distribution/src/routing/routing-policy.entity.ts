import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { TenantOwnedEntity, partnerWall } from '@leadrelay/core';
import type { TiersByGrade } from './candidate-filters';
import { RoutingMode, type RoutingRule } from './routing-rules';

/** How a tenant routes its leads; a tenant without a row routes by the defaults (`RoutingPolicy.DEFAULTS`). */
// Partner sessions see none of it: how leads are routed is the vendor's business.
@Entity({ policies: [partnerWall(() => 'false')] })
@Unique({ properties: ['tenantId'] })
export class RoutingPolicy extends TenantOwnedEntity {
  /** Which tiers may get leads of each grade, e.g. `{ "A": ["GOLD", "SILVER"] }`; a grade not named goes to every tier. */
  @Property({ type: 'jsonb' })
  tiersByGrade: TiersByGrade & Opt = {};

  @Enum({ items: () => RoutingMode, nativeEnumName: 'routing_mode' })
  mode: RoutingMode & Opt = RoutingMode.MANUAL;

  /** Ordered: the first rule whose condition holds decides (routing-rules.ts). */
  @Property({ type: 'jsonb' })
  rules: RoutingRule[] & Opt = [];

  /** When no rule decides: offered EXCLUSIVE to this partner; null: held for a person. */
  @Property({ type: 'uuid', nullable: true })
  fallbackPartnerId?: string | null;

  /** Rounds the router opens for a lead by itself before it holds it and tells the channel managers. */
  @Property({ type: 'smallint' })
  maxRounds: number & Opt = 3;

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date & Opt = new Date();

  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
