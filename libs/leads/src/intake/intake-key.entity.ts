import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@leadrelay/core';
import { LeadSource } from '../lead.entity';

/**
 * A key with which a web form (or another system) posts leads of one source into one tenant.
 * Shown once at creation; only its SHA-256 is stored.
 */
@Entity()
@Unique({ properties: ['tenantId', 'secretHash'] })
export class IntakeKey extends TenantOwnedEntity {
  @Property({ length: 200 })
  name!: string;

  @Enum({ items: () => LeadSource })
  source!: LeadSource;

  @Property({ length: 200, nullable: true })
  sourceDetail?: string | null;

  @Property({ length: 64, hidden: true })
  secretHash!: string;

  /** The key's first characters, so that people can tell keys apart. */
  @Property({ length: 16 })
  prefix!: string;

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  createdByUserId?: string | null;

  @Property({ type: 'integer' })
  leadsCreated: number & Opt = 0;
}
