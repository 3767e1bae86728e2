import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Ref } from '@mikro-orm/core';
import { TenantOwnedEntity, partnerWall } from '@leadrelay/core';
import { Lead } from '../lead.entity';
import { EngagementKind } from './scoring-rules';

/** Something a lead's contact did that shows interest (a newsletter click, a webinar): it scores engagement and fades. */
// Partner sessions see none: what the contact did is the vendor's marketing data.
@Entity({ policies: [partnerWall(() => 'false')] })
@Index({ properties: ['tenantId', 'lead', 'occurredAt'] })
export class EngagementEvent extends TenantOwnedEntity {
  @ManyToOne(() => Lead, { ref: true, deleteRule: 'cascade' })
  lead!: Ref<Lead>;

  @Enum({ items: () => EngagementKind, nativeEnumName: 'engagement_kind' })
  kind!: EngagementKind;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  /** What it was, e.g. the newsletter or the page; not personal data. */
  @Property({ length: 200, nullable: true })
  detail?: string | null;

  @Property({ type: 'uuid', nullable: true })
  recordedByUserId?: string | null;
}
