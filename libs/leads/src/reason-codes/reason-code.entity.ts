import { Entity, Enum, Property, Unique } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@leadrelay/core';
import { ReasonCodeKind, ReasonFollowUp } from './reason-code-kind';

export { ReasonCodeKind, ReasonFollowUp };

/**
 * A structured reason from the tenant's catalogue. Codes are retired, never deleted: old events
 * keep pointing at them, and reporting counts by them.
 */
@Entity()
@Unique({ properties: ['tenantId', 'kind', 'key'] })
export class ReasonCode extends TenantOwnedEntity {
  /** Stable key, e.g. OUT_OF_TERRITORY; what reports and integrations use. */
  @Property({ length: 64 })
  key!: string;

  @Enum({ items: () => ReasonCodeKind, nativeEnumName: 'reason_code_kind' })
  kind!: ReasonCodeKind;

  @Property({ length: 200 })
  labelDe!: string;

  @Property({ length: 200 })
  labelEn!: string;

  @Property()
  commentRequired: boolean & Opt = false;

  @Enum({ items: () => ReasonFollowUp, nativeEnumName: 'reason_follow_up' })
  followUp!: ReasonFollowUp;

  @Property({ type: 'timestamptz', nullable: true })
  retiredAt?: Date | null;
}
