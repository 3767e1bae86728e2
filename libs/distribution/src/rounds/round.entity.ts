import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { TenantOwnedEntity, partnerWall } from '@leadrelay/core';
import { Lead } from '@leadrelay/leads';

export enum DistributionMode {
  /** One partner. */
  EXCLUSIVE = 'EXCLUSIVE',
  /** Several partners at once: the first to accept wins, the other offers close. */
  SHARED = 'SHARED',
}

export enum RoundStatus {
  OPEN = 'OPEN',
  ACCEPTED = 'ACCEPTED',
  /** Every offer declined, expired or withdrawn. */
  UNPLACED = 'UNPLACED',
}

/** One offering of a lead to one or several partners. A lead has at most one open round. */
@Entity({
  policies: [partnerWall(() => 'exists (select 1 from offer o where o.round_id = round.id and o.partner_id = app_partner_id())')],
})
@Index({ properties: ['lead', 'status'] })
export class Round extends TenantOwnedEntity {
  @ManyToOne(() => Lead, { ref: true, deleteRule: 'cascade' })
  lead!: Ref<Lead>;

  @Enum({ items: () => DistributionMode, nativeEnumName: 'distribution_mode' })
  mode!: DistributionMode;

  @Enum({ items: () => RoundStatus, nativeEnumName: 'round_status' })
  status: RoundStatus & Opt = RoundStatus.OPEN;

  @Property({ type: 'uuid', nullable: true })
  openedByUserId?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  closedAt?: Date | null;
}
