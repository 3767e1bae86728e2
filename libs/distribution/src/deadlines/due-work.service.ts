import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Clock, JobQueue, QUEUE, TenantContext } from '@leadrelay/core';
import { type EventActor, LeadEventType, LeadHistory, type RecordedEvent, LeadEventSink } from '@leadrelay/leads';

/** What one pass over a tenant's deadlines did. */
export interface DueWorkReport {
  expired: number;
  unplaced: number;
  offerReminders: number;
  workReminders: number;
  escalations: number;
}

interface EventRow {
  id: string;
  lead_id: string;
  partner_id: string | null;
  offer_id: string | null;
  data: Record<string, unknown>;
}

/** SQL for a timestamp column as the ISO 8601 text JavaScript writes (history line data). */
const isoSql = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The insert of history lines written by LeadRelay itself, from the rows a sweep changed. */
const INSERT_EVENTS = (
  type: LeadEventType,
  from: string,
  select: { lead: string; partner: string; offer: string; data: string },
) => `
  insert into lead_event (id, tenant_id, created_at, lead_id, type, occurred_at, actor_user_id, actor_name, actor_organisation, partner_id, offer_id, data)
  select gen_random_uuid(), :tenantId, :at, ${select.lead}, '${type}', :at, null, :actorName, :actorOrganisation, ${select.partner}, ${select.offer}, ${select.data}
    from ${from}
  returning id, lead_id, partner_id, offer_id, data`;

/**
 * Everything that falls due in one tenant at a moment: offers past their deadline expire (and a
 * round with nothing pending and nothing accepted leaves its lead UNPLACED), reminders go out
 * halfway through the acceptance period and shortly before its end, and an accepted lead without
 * progress reminds its holder and then escalates to the channel managers. Set-based SQL in one
 * transaction under the tenant's row-level security; each step changes a row only from the state
 * it expects, so two workers sweeping at once do every step exactly once. An accept racing an
 * expiry serializes on the lead's row lock, which both take.
 */
@Injectable()
export class DueWorkService {
  private readonly logger = new Logger(DueWorkService.name);

  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
    private readonly outbox: LeadEventSink,
    private readonly jobs: JobQueue,
  ) {}

  run(tenantId: string, at: Date = this.clock.now()): Promise<DueWorkReport> {
    return this.tenants.run(tenantId, async (em) => {
      const by = await new LeadHistory(em, this.clock).system(tenantId);
      const events: RecordedEvent[] = [];
      const expired = await this.expireOffers(em, tenantId, at, by, events);
      const unplaced = await this.unplaceSettledRounds(em, tenantId, at, by, events, expired.roundIds);
      const offerReminders = await this.remindOffers(em, tenantId, at, by, events);
      const workReminders = await this.remindWorkers(em, tenantId, at, by, events);
      const escalations = await this.escalate(em, tenantId, at, by, events);
      // Rounds ended UNPLACED: the router re-offers their leads (routing/lead-reoffer.service.ts), by a job written here.
      await this.jobs.sendMany(em, QUEUE.reoffer, reofferJobs(tenantId, events));
      await this.outbox.publish(em, tenantId, events);
      const report = { expired: expired.count, unplaced, offerReminders, workReminders, escalations };
      if (events.length) this.logger.log(`tenant ${tenantId} at ${at.toISOString()}: ${JSON.stringify(report)}`);
      return report;
    });
  }

  private async expireOffers(em: EntityManager, tenantId: string, at: Date, by: EventActor, events: RecordedEvent[]) {
    const due = await em.execute<{ lead_id: string }[]>(
      `select distinct lead_id from offer where tenant_id = ? and status = 'PENDING' and expires_at <= ? order by lead_id`,
      [tenantId, at],
    );
    if (due.length === 0) return { count: 0, roundIds: [] as string[] };
    // The same lock an accept takes: whichever comes first wins, the other sees its result.
    await em.execute(`select id from lead where id = any(?::uuid[]) order by id for update`, [
      uuidArray(due.map((d) => d.lead_id)),
    ]);
    const rows = await em.execute<EventRow[]>(
      `with expired as (
         update offer set status = 'EXPIRED', responded_at = :at
          where tenant_id = :tenantId and status = 'PENDING' and expires_at <= :at and lead_id = any(:leadIds::uuid[])
         returning id, lead_id, partner_id, round_id, expires_at)
       ${INSERT_EVENTS(LeadEventType.OFFER_EXPIRED, 'expired', {
         lead: 'lead_id',
         partner: 'partner_id',
         offer: 'id',
         data: `jsonb_build_object('expiresAt', ${isoSql('expires_at')}, 'roundId', round_id)`,
       })}`,
      { tenantId, at, leadIds: uuidArray(due.map((d) => d.lead_id)), ...actorParams(by) },
    );
    events.push(...rows.map((row) => toRecorded(row, tenantId, LeadEventType.OFFER_EXPIRED, at, by)));
    return { count: rows.length, roundIds: [...new Set(rows.map((row) => row.data.roundId as string))] };
  }

  private async unplaceSettledRounds(
    em: EntityManager,
    tenantId: string,
    at: Date,
    by: EventActor,
    events: RecordedEvent[],
    roundIds: string[],
  ): Promise<number> {
    if (roundIds.length === 0) return 0;
    const rows = await em.execute<EventRow[]>(
      `with settled as (
         update round r set status = 'UNPLACED', closed_at = :at
          where r.tenant_id = :tenantId and r.id = any(:roundIds::uuid[]) and r.status = 'OPEN'
            and not exists (select 1 from offer o where o.round_id = r.id and o.status in ('PENDING', 'ACCEPTED'))
         returning r.id, r.lead_id),
       moved as (
         update lead l set stage = 'UNPLACED', updated_at = :at, version = l.version + 1
           from settled where l.id = settled.lead_id and l.stage = 'OFFERED'
         returning l.id, settled.id as round_id)
       ${INSERT_EVENTS(LeadEventType.LEAD_UNPLACED, 'moved', {
         lead: 'id',
         partner: 'null::uuid',
         offer: 'null::uuid',
         data: `jsonb_build_object('roundId', round_id, 'cause', 'expired')`,
       })}`,
      { tenantId, at, roundIds: uuidArray(roundIds), ...actorParams(by) },
    );
    events.push(...rows.map((row) => toRecorded(row, tenantId, LeadEventType.LEAD_UNPLACED, at, by)));
    return rows.length;
  }

  private async remindOffers(
    em: EntityManager,
    tenantId: string,
    at: Date,
    by: EventActor,
    events: RecordedEvent[],
  ): Promise<number> {
    let count = 0;
    for (const [dueColumn, doneColumn] of [
      ['remind_halfway_at', 'halfway_reminded_at'],
      ['remind_before_end_at', 'before_end_reminded_at'],
    ] as const) {
      const rows = await em.execute<EventRow[]>(
        `with reminded as (
           update offer set ${doneColumn} = :at
            where tenant_id = :tenantId and status = 'PENDING' and expires_at > :at
              and ${dueColumn} <= :at and ${doneColumn} is null
           returning id, lead_id, partner_id, expires_at)
         ${INSERT_EVENTS(LeadEventType.OFFER_REMINDED, 'reminded', {
           lead: 'lead_id',
           partner: 'partner_id',
           offer: 'id',
           data: `jsonb_build_object('expiresAt', ${isoSql('expires_at')}, 'reminder', '${dueColumn === 'remind_halfway_at' ? 'halfway' : 'beforeEnd'}')`,
         })}`,
        { tenantId, at, ...actorParams(by) },
      );
      events.push(...rows.map((row) => toRecorded(row, tenantId, LeadEventType.OFFER_REMINDED, at, by)));
      count += rows.length;
    }
    return count;
  }

  /** Accepted, no progress recorded by the first-contact deadline: remind the owner and the partner admin, once. */
  private remindWorkers(em: EntityManager, tenantId: string, at: Date, by: EventActor, events: RecordedEvent[]): Promise<number> {
    return this.sweepWorkDeadline(em, tenantId, at, by, events, {
      due: 'work_reminder_due_at',
      done: 'work_reminded_at',
      type: LeadEventType.LEAD_REMINDED,
      fact: ['escalationDueAt', 'escalation_due_at'],
    });
  }

  /** Still no progress by the escalation deadline: the channel managers are alerted, once; staleLeads lists it. */
  private escalate(em: EntityManager, tenantId: string, at: Date, by: EventActor, events: RecordedEvent[]): Promise<number> {
    return this.sweepWorkDeadline(em, tenantId, at, by, events, {
      due: 'escalation_due_at',
      done: 'escalated_at',
      type: LeadEventType.LEAD_ESCALATED,
      fact: ['acceptedAt', 'accepted_at'],
    });
  }

  /** Leads still ACCEPTED (no progress) past one of their work deadlines, not yet marked for it. */
  private async sweepWorkDeadline(
    em: EntityManager,
    tenantId: string,
    at: Date,
    by: EventActor,
    events: RecordedEvent[],
    step: { due: string; done: string; type: LeadEventType; fact: [key: string, column: string] },
  ): Promise<number> {
    const [key, column] = step.fact;
    const rows = await em.execute<EventRow[]>(
      `with swept as (
         update lead set ${step.done} = :at
          where tenant_id = :tenantId and stage = 'ACCEPTED' and ${step.due} <= :at and ${step.done} is null
         returning id, holding_partner_id, ${column})
       ${INSERT_EVENTS(step.type, 'swept', {
         lead: 'id',
         partner: 'holding_partner_id',
         offer: 'null::uuid',
         data: `jsonb_build_object('${key}', ${isoSql(column)})`,
       })}`,
      { tenantId, at, ...actorParams(by) },
    );
    events.push(...rows.map((row) => toRecorded(row, tenantId, step.type, at, by)));
    return rows.length;
  }
}

/**
 * Asks the worker to look at `tenantId`'s deadlines at each of these instants: one job per
 * distinct second, sent in the caller's transaction.
 */
export async function scheduleDueWork(
  jobs: JobQueue,
  em: EntityManager,
  tenantId: string,
  instants: (Date | null | undefined)[],
) {
  const seconds = [...new Set(instants.filter((i): i is Date => Boolean(i)).map((i) => Math.ceil(i.getTime() / 1000)))];
  await jobs.sendMany(
    em,
    QUEUE.dueWork,
    seconds.map((second) => ({ data: { tenantId }, startAfter: new Date(second * 1000) })),
  );
}

/** A PostgreSQL array literal of ids, bound as one parameter and cast with `::uuid[]`. */
function uuidArray(ids: string[]): string {
  return `{${ids.join(',')}}`;
}

function actorParams(by: EventActor) {
  return { actorName: by.name, actorOrganisation: by.organisation };
}

function toRecorded(row: EventRow, tenantId: string, type: LeadEventType, at: Date, by: EventActor): RecordedEvent {
  return {
    id: row.id,
    tenantId,
    leadId: row.lead_id,
    type,
    occurredAt: at,
    actorName: by.name,
    partnerId: row.partner_id,
    offerId: row.offer_id,
    reasonCodeId: null,
    comment: null,
    data: row.data,
  };
}

/** One re-offer job per lead a round just left UNPLACED. */
export function reofferJobs(
  tenantId: string,
  events: readonly RecordedEvent[],
): { data: { tenantId: string; leadId: string } }[] {
  return events.filter((e) => e.type === LeadEventType.LEAD_UNPLACED).map((e) => ({ data: { tenantId, leadId: e.leadId } }));
}
