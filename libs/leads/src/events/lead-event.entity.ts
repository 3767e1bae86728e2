import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { TenantOwnedEntity, partnerWall } from '@leadrelay/core';
import { Partner } from '@leadrelay/partners';
import { Lead } from '../lead.entity';
import { ReasonCode } from '../reason-codes/reason-code.entity';
import { LeadEventType } from './lead-event-type';

/**
 * One step in a lead's life: who, when, what, why. Immutable: the application role may insert and
 * read history lines, never change or delete them (see the migration's grants). A line that
 * concerns one partner names it; that partner sees exactly the lines that name it.
 */
@Entity({ policies: [partnerWall((columns) => `${columns.partner} = app_partner_id()`)] })
@Index({ properties: ['lead', 'position'] })
// Routing measures a partner's wins, losses and returns over a recent window.
@Index({ properties: ['tenantId', 'partner', 'type', 'occurredAt'] })
// Read-path indexes (migration read_path_indexes): descending orders and a partial index, compared by name.
@Index({
  name: 'lead_event_lead_id_partner_id_position_index',
  expression: `create index "lead_event_lead_id_partner_id_position_index" on "lead_event" ("lead_id", "partner_id", "position")`,
})
export class LeadEvent extends TenantOwnedEntity {
  @ManyToOne(() => Lead, { ref: true, deleteRule: 'cascade' })
  lead!: Ref<Lead>;

  @Enum({ items: () => LeadEventType, nativeEnumName: 'lead_event_type' })
  type!: LeadEventType;

  @Property({ type: 'timestamptz' })
  occurredAt!: Date;

  /** Insertion order, to order the lines of one step (several lines share one instant). */
  @Property({ type: 'bigint', autoincrement: true })
  position!: string & Opt;

  /** The user who acted; null for LeadRelay itself (deadlines, intake by key). */
  @Property({ type: 'uuid', nullable: true })
  actorUserId?: string | null;

  /** The actor's name and organisation as they were at the time. */
  @Property({ length: 200 })
  actorName!: string;

  @Property({ length: 200 })
  actorOrganisation!: string;

  /** The partner this line concerns, if any: its offer, its holding period. */
  @ManyToOne(() => Partner, { ref: true, nullable: true, deleteRule: 'restrict' })
  partner?: Ref<Partner> | null;

  @Property({ type: 'uuid', nullable: true })
  offerId?: string | null;

  @ManyToOne(() => ReasonCode, { ref: true, nullable: true, deleteRule: 'restrict' })
  reasonCode?: Ref<ReasonCode> | null;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  /** Facts of the step (stage, amount, deadline, ...); never contact data. */
  @Property({ type: 'jsonb' })
  data: Record<string, unknown> & Opt = {};
}
