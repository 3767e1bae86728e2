import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { type Opt, OptionalProps, type Ref } from '@mikro-orm/core';
import { TenantOwnedEntity, partnerWall } from '@leadrelay/core';
import { Lead, ReasonCode } from '@leadrelay/leads';
import { Partner } from '@leadrelay/partners';
import { Round } from '../rounds/round.entity';

export enum OfferStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
  EXPIRED = 'EXPIRED',
  /** The vendor pulled it back. */
  WITHDRAWN = 'WITHDRAWN',
  /** Another partner won the shared round. */
  CLOSED = 'CLOSED',
}

/** A lead offered to one partner, held to an acceptance deadline. */
@Entity({ policies: [partnerWall((columns) => `${columns.partner} = app_partner_id()`)] })
@Index({ properties: ['tenantId', 'partner', 'status', 'offeredAt'] })
@Index({ properties: ['tenantId', 'status', 'expiresAt'] })
@Index({ properties: ['round', 'status'] })
@Index({ properties: ['lead'] })
// Read-path indexes (migration read_path_indexes): descending orders and a partial index, compared by name.
@Index({
  name: 'offer_pending_inbox_index',
  expression: `create index "offer_pending_inbox_index" on "offer" ("tenant_id", "partner_id", "offered_at" desc, "id" desc) where "status" = 'PENDING'`,
})
@Index({
  name: 'offer_tenant_id_partner_id_offered_at_index',
  expression: `create index "offer_tenant_id_partner_id_offered_at_index" on "offer" ("tenant_id", "partner_id", "offered_at" desc, "id" desc)`,
})
@Index({
  name: 'offer_tenant_id_offered_at_index',
  expression: `create index "offer_tenant_id_offered_at_index" on "offer" ("tenant_id", "offered_at" desc, "id" desc)`,
})
export class Offer extends TenantOwnedEntity {
  declare [OptionalProps]?: 'partnerId';

  @ManyToOne(() => Round, { ref: true, deleteRule: 'cascade' })
  round!: Ref<Round>;

  @ManyToOne(() => Lead, { ref: true, deleteRule: 'cascade' })
  lead!: Ref<Lead>;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'restrict' })
  partner!: Ref<Partner>;

  @Enum({ items: () => OfferStatus, nativeEnumName: 'offer_status' })
  status: OfferStatus & Opt = OfferStatus.PENDING;

  @Property({ type: 'timestamptz' })
  offeredAt!: Date;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** When to remind the partner: half the acceptance period passed, and shortly before the deadline. */
  @Property({ type: 'timestamptz', nullable: true })
  remindHalfwayAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  remindBeforeEndAt?: Date | null;

  /** Set when the reminder went out: each reminder happens once. */
  @Property({ type: 'timestamptz', nullable: true })
  halfwayRemindedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  beforeEndRemindedAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  respondedAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  respondedByUserId?: string | null;

  @ManyToOne(() => ReasonCode, { ref: true, nullable: true, deleteRule: 'restrict' })
  declineReason?: Ref<ReasonCode> | null;

  @Property({ type: 'text', nullable: true })
  declineComment?: string | null;

  get partnerId(): string {
    return this.partner.id;
  }
}
