import type { EntityManager } from '@mikro-orm/postgresql';
import { type Actor, Clock, Tenant } from '@leadrelay/core';
import { Partner } from '@leadrelay/partners';
import type { Lead } from '../lead.entity';
import type { ReasonCode } from '../reason-codes/reason-code.entity';
import { LeadEvent } from './lead-event.entity';
import type { LeadEventType } from './lead-event-type';

/** Who a history line names as the actor, as they were at the time. */
export interface EventActor {
  userId: string | null;
  name: string;
  organisation: string;
}

export interface EventDetails {
  /** The partner the line concerns: it is shown to that partner and no other. */
  partnerId?: string | null;
  offerId?: string | null;
  reasonCode?: ReasonCode | null;
  comment?: string | null;
  data?: Record<string, unknown>;
}

/** A history line as the outbox needs it (from an entity, or from a set-based sweep). */
export interface RecordedEvent {
  id: string;
  tenantId: string;
  leadId: string;
  type: LeadEventType;
  occurredAt: Date;
  actorName: string;
  partnerId: string | null;
  offerId: string | null;
  reasonCodeId: string | null;
  comment: string | null;
  data: Record<string, unknown>;
}

/** Writes a lead's immutable history lines, in the transaction of the change they record. */
export class LeadHistory {
  /** The lines written through this history, for the outbox (notifications, webhooks). */
  readonly recorded: RecordedEvent[] = [];

  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
  ) {}

  /** The acting person with their organisation: their partner's name, else the tenant's. */
  async actor(actor: Actor): Promise<EventActor> {
    const organisation = actor.partnerId
      ? (await this.em.findOneOrFail(Partner, { id: actor.partnerId, tenantId: actor.tenantId })).name
      : (await this.em.findOneOrFail(Tenant, { id: actor.tenantId })).name;
    return { userId: actor.userId, name: actor.userName, organisation };
  }

  /** LeadRelay itself (deadlines, intake by key) acting for the tenant. */
  async system(tenantId: string, name = 'LeadRelay'): Promise<EventActor> {
    const tenant = await this.em.findOneOrFail(Tenant, { id: tenantId });
    return { userId: null, name, organisation: tenant.name };
  }

  record(lead: Lead, type: LeadEventType, by: EventActor, details: EventDetails = {}): LeadEvent {
    const event = this.em.create(LeadEvent, {
      tenantId: lead.tenantId,
      lead,
      type,
      occurredAt: this.clock.now(),
      actorUserId: by.userId,
      actorName: by.name,
      actorOrganisation: by.organisation,
      partner: details.partnerId ? this.em.getReference(Partner, details.partnerId) : null,
      offerId: details.offerId ?? null,
      reasonCode: details.reasonCode ?? null,
      comment: details.comment ?? null,
      data: details.data ?? {},
    });
    this.recorded.push({
      id: event.id,
      tenantId: event.tenantId,
      leadId: lead.id,
      type,
      occurredAt: event.occurredAt,
      actorName: by.name,
      partnerId: details.partnerId ?? null,
      offerId: details.offerId ?? null,
      reasonCodeId: details.reasonCode?.id ?? null,
      comment: details.comment ?? null,
      data: event.data,
    });
    return event;
  }
}
