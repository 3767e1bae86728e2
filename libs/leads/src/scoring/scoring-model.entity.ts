import { Entity, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { TenantOwnedEntity, partnerWall } from '@leadrelay/core';
import type { ScoringRules } from './scoring-rules';

/**
 * One version of a tenant's scoring model. Never changed once written: saving the model writes
 * the next version, and every score names the version that made it.
 */
// Partner sessions see no version at all: partners see grade and cell, never the rules.
@Entity({ policies: [partnerWall(() => 'false')] })
@Unique({ properties: ['tenantId', 'version'] })
export class ScoringModel extends TenantOwnedEntity {
  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'jsonb' })
  rules!: ScoringRules;

  /** Null for the default model seeded with the tenant. */
  @Property({ type: 'uuid', nullable: true })
  createdByUserId?: string | null;

  @Property({ length: 200 })
  createdByName: string & Opt = 'LeadRelay';
}
