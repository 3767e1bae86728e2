import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { type Actor, Clock, Tenant } from '@leadrelay/core';
import { Partner } from '@leadrelay/partners';
import { Lead } from '../lead.entity';
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

/**
 * Writes a lead's immutable history lines, in the transaction of the change they record: each line
 * an entity in the unit of work, or, for a bulk intake (`forBatch`), held and written in one
 * statement by `writeHeld` (`insertHistoryLines`, the same row shape).
 */
export class LeadHistory {
  /** The lines written through this history, for the outbox (notifications, webhooks). */
  readonly recorded: RecordedEvent[] = [];
  /** The system actors already read, by tenant and name (a history lives in one transaction). */
  private readonly systems = new Map<string, Promise<EventActor>>();

  /**
   * @param batch a bulk intake's: `at` is the one instant of all its lines (and of the offers its
   *   router makes, see `batchInstant`), and the lines are held for `writeHeld`.
   */
  constructor(
    private readonly em: EntityManager,
    private readonly clock: Clock,
    private readonly batch: { at: Date; held: HistoryLine[] } | null = null,
  ) {}

  /** A bulk intake's history: its lines share the batch's instant and are written at once by `writeHeld`. */
  static forBatch(em: EntityManager, clock: Clock): LeadHistory {
    return new LeadHistory(em, clock, { at: clock.now(), held: [] });
  }

  /** The instant of a batch's lines (so its offers and their deadlines are computed for one instant); null outside a batch. */
  get batchInstant(): Date | null {
    return this.batch?.at ?? null;
  }

  /** The acting person with their organisation: their partner's name, else the tenant's. */
  async actor(actor: Actor): Promise<EventActor> {
    const organisation = actor.partnerId
      ? (await this.em.findOneOrFail(Partner, { id: actor.partnerId, tenantId: actor.tenantId })).name
      : (await this.em.findOneOrFail(Tenant, { id: actor.tenantId })).name;
    return LeadHistory.actorIn(actor, organisation);
  }

  /** `actor` with the organisation's name (their partner's, else the tenant's) read by the caller with its own rows. */
  static actorIn(actor: Actor, organisation: string): EventActor {
    return { userId: actor.userId, name: actor.userName, organisation };
  }

  /** LeadRelay itself (deadlines, intake by key) acting for the tenant. */
  system(tenantId: string, name = 'LeadRelay'): Promise<EventActor> {
    const key = `${tenantId}:${name}`;
    let found = this.systems.get(key);
    if (!found) {
      found = this.em
        .findOneOrFail(Tenant, { id: tenantId })
        .then((tenant) => ({ userId: null, name, organisation: tenant.name }));
      this.systems.set(key, found);
    }
    return found;
  }

  /**
   * `lead`: the lead's entity, or in a batch its id and tenant (the set-based accept records its
   * lines before the statement that writes its lead and them).
   */
  record(lead: Pick<Lead, 'id' | 'tenantId'>, type: LeadEventType, by: EventActor, details: EventDetails = {}): void {
    const line = historyLine(lead.tenantId, lead.id, type, this.batch?.at ?? this.clock.now(), by, {
      ...details,
      reasonCodeId: details.reasonCode?.id ?? null,
    });
    this.recorded.push(recordedOf(line));
    if (this.batch) {
      this.batch.held.push(line);
      return;
    }
    this.em.create(LeadEvent, {
      id: line.id,
      tenantId: line.tenantId,
      lead: lead instanceof Lead ? lead : this.em.getReference(Lead, lead.id),
      type,
      occurredAt: line.occurredAt,
      actorUserId: line.actorUserId,
      actorName: line.actorName,
      actorOrganisation: line.actorOrganisation,
      partner: line.partnerId ? this.em.getReference(Partner, line.partnerId) : null,
      offerId: line.offerId,
      reasonCode: details.reasonCode ?? null,
      comment: line.comment,
      data: line.data,
    });
  }

  /** A batch's held lines, in one statement, in the order they were recorded (after their leads are written). */
  async writeHeld(): Promise<void> {
    if (!this.batch) return;
    // MikroORM brings its own copy of kysely (see sweep-database.ts): the same builders.
    await insertHistoryLines(this.em.getKysely() as unknown as Kysely<unknown>, this.takeHeld());
  }

  /** A batch's held lines, taken for the caller to write in a statement of its own (`historyLinesInsert`). */
  takeHeld(): HistoryLine[] {
    return this.batch?.held.splice(0) ?? [];
  }
}

/** The facts of one history line, by reference: what the ORM path and the set-based path both fill in. */
export interface HistoryLineDetails {
  partnerId?: string | null;
  offerId?: string | null;
  reasonCodeId?: string | null;
  comment?: string | null;
  data?: Record<string, unknown>;
}

/** A history line as it is stored: the one shape of a `lead_event` row, whichever path writes it. */
export interface HistoryLine {
  id: string;
  tenantId: string;
  leadId: string;
  type: LeadEventType;
  occurredAt: Date;
  actorUserId: string | null;
  actorName: string;
  actorOrganisation: string;
  partnerId: string | null;
  offerId: string | null;
  reasonCodeId: string | null;
  comment: string | null;
  data: Record<string, unknown>;
}

/** Builds the history line `by` writes about `leadId` at `at`: used by `LeadHistory.record` and by `insertHistoryLines`. */
export function historyLine(
  tenantId: string,
  leadId: string,
  type: LeadEventType,
  at: Date,
  by: EventActor,
  details: HistoryLineDetails = {},
): HistoryLine {
  return {
    id: randomUUID(),
    tenantId,
    leadId,
    type,
    occurredAt: at,
    actorUserId: by.userId,
    actorName: by.name,
    actorOrganisation: by.organisation,
    partnerId: details.partnerId ?? null,
    offerId: details.offerId ?? null,
    reasonCodeId: details.reasonCodeId ?? null,
    comment: details.comment ?? null,
    data: details.data ?? {},
  };
}

/** The line as the outbox reads it. */
export function recordedOf(line: HistoryLine): RecordedEvent {
  return {
    id: line.id,
    tenantId: line.tenantId,
    leadId: line.leadId,
    type: line.type,
    occurredAt: line.occurredAt,
    actorName: line.actorName,
    partnerId: line.partnerId,
    offerId: line.offerId,
    reasonCodeId: line.reasonCodeId,
    comment: line.comment,
    data: line.data,
  };
}

/**
 * Writes many history lines in one statement (the set-based deadline sweep): the lines travel as
 * one JSON parameter, so ten thousand of them are one insert (in their order, which is the lines'
 * `position`), in the caller's transaction. Returns them as the outbox reads them.
 */
export async function insertHistoryLines<DB>(db: Kysely<DB>, lines: HistoryLine[]): Promise<RecordedEvent[]> {
  if (lines.length === 0) return [];
  await historyLinesInsert(lines).execute(db);
  return lines.map(recordedOf);
}

/**
 * The insert of `lines` (in their order, which is their `position`) as one SQL statement, to run on
 * its own (`insertHistoryLines`) or as a common table expression of another statement (the
 * set-based accept writes its lines in the statement that moves its lead). Returns nothing.
 */
export function historyLinesInsert(lines: readonly HistoryLine[]): RawBuilder<never> {
  const rows = lines.map((line) => ({
    id: line.id,
    tenant_id: line.tenantId,
    created_at: line.occurredAt.toISOString(),
    lead_id: line.leadId,
    type: line.type,
    occurred_at: line.occurredAt.toISOString(),
    actor_user_id: line.actorUserId,
    actor_name: line.actorName,
    actor_organisation: line.actorOrganisation,
    partner_id: line.partnerId,
    offer_id: line.offerId,
    reason_code_id: line.reasonCodeId,
    comment: line.comment,
    data: line.data,
  }));
  return sql<never>`
    insert into lead_event (id, tenant_id, created_at, lead_id, type, occurred_at, actor_user_id, actor_name,
                            actor_organisation, partner_id, offer_id, reason_code_id, comment, data)
    select id, tenant_id, created_at, lead_id, type, occurred_at, actor_user_id, actor_name,
           actor_organisation, partner_id, offer_id, reason_code_id, comment, data
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as line(
             id uuid, tenant_id uuid, created_at timestamptz, lead_id uuid, type lead_event_type, occurred_at timestamptz,
             actor_user_id uuid, actor_name text, actor_organisation text, partner_id uuid, offer_id uuid,
             reason_code_id uuid, comment text, data jsonb)`;
}
