import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Kysely, sql } from 'kysely';
import { Clock, JobQueue, QUEUE, TenantContext } from '@leadrelay/core';
import {
  type EventActor,
  LeadEventType,
  LeadHistory,
  type RecordedEvent,
  LeadEventSink,
  historyLine,
  insertHistoryLines,
} from '@leadrelay/leads';
import { HoldingPeriod, type WorkDeadline } from '../holding/holding-period';
import { type SweepDatabase, sweepDatabase } from './sweep-database';

/** What one pass over a tenant's deadlines did. */
export interface DueWorkReport {
  expired: number;
  unplaced: number;
  offerReminders: number;
  workReminders: number;
  escalations: number;
}

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
      const sweep: Sweep = {
        db: sweepDatabase(em),
        tenantId,
        at,
        by: await new LeadHistory(em, this.clock).system(tenantId),
        events: [],
      };
      const expired = await this.expireOffers(sweep);
      const unplaced = await this.unplaceSettledRounds(sweep, expired.roundIds);
      const offerReminders = await this.remindOffers(sweep);
      const workReminders = await this.passWorkDeadline(sweep, 'workReminder');
      const escalations = await this.passWorkDeadline(sweep, 'escalation');
      // Rounds ended UNPLACED: the router re-offers their leads (routing/lead-reoffer.service.ts), by a job written here.
      await this.jobs.sendMany(em, QUEUE.reoffer, reofferJobs(tenantId, sweep.events));
      await this.outbox.publish(em, tenantId, sweep.events);
      const report = { expired: expired.count, unplaced, offerReminders, workReminders, escalations };
      if (sweep.events.length) this.logger.log(`tenant ${tenantId} at ${at.toISOString()}: ${JSON.stringify(report)}`);
      return report;
    });
  }

  private async expireOffers({ db, tenantId, at, by, events }: Sweep) {
    const due = await db
      .selectFrom('offer')
      .select('lead_id')
      .distinct()
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'PENDING')
      .where('expires_at', '<=', at)
      .orderBy('lead_id')
      .execute();
    if (due.length === 0) return { count: 0, roundIds: [] as string[] };
    const leadIds = due.map((d) => d.lead_id);
    // The same lock an accept takes: whichever comes first wins, the other sees its result.
    await db.selectFrom('lead').select('id').where('id', '=', anyOf(leadIds)).orderBy('id').forUpdate().execute();
    const expired = await db
      .updateTable('offer')
      .set({ status: 'EXPIRED', responded_at: at })
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'PENDING')
      .where('expires_at', '<=', at)
      .where('lead_id', '=', anyOf(leadIds))
      .returning(['id', 'lead_id', 'partner_id', 'round_id', 'expires_at'])
      .execute();
    const lines = expired.map((offer) =>
      historyLine(tenantId, offer.lead_id, LeadEventType.OFFER_EXPIRED, at, by, {
        partnerId: offer.partner_id,
        offerId: offer.id,
        data: { expiresAt: iso(offer.expires_at), roundId: offer.round_id },
      }),
    );
    events.push(...(await insertHistoryLines(db, lines)));
    return { count: expired.length, roundIds: [...new Set(expired.map((offer) => offer.round_id))] };
  }

  /** A round with nothing pending and nothing accepted left leaves its lead UNPLACED (the table's END_ROUND_UNPLACED). */
  private async unplaceSettledRounds({ db, tenantId, at, by, events }: Sweep, roundIds: string[]): Promise<number> {
    if (roundIds.length === 0) return 0;
    const moved = await db
      .with('settled', (db) =>
        db
          .updateTable('round')
          .set({ status: 'UNPLACED', closed_at: at })
          .where('tenant_id', '=', tenantId)
          .where('id', '=', anyOf(roundIds))
          .where('status', '=', 'OPEN')
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom('offer')
                  .select('offer.id')
                  .whereRef('offer.round_id', '=', 'round.id')
                  .where('offer.status', 'in', ['PENDING', 'ACCEPTED']),
              ),
            ),
          )
          .returning(['id', 'lead_id']),
      )
      .with('moved', (db) =>
        db
          .updateTable('lead')
          .from('settled')
          .set((eb) => ({ stage: 'UNPLACED', updated_at: at, version: eb('lead.version', '+', 1) }))
          .whereRef('lead.id', '=', 'settled.lead_id')
          .where('lead.stage', '=', 'OFFERED')
          .returning(['lead.id as lead_id', 'settled.id as round_id']),
      )
      .selectFrom('moved')
      .selectAll()
      .execute();
    const lines = moved.map((lead) =>
      historyLine(tenantId, lead.lead_id, LeadEventType.LEAD_UNPLACED, at, by, {
        data: { roundId: lead.round_id, cause: 'expired' },
      }),
    );
    events.push(...(await insertHistoryLines(db, lines)));
    return moved.length;
  }

  /** Reminders of a pending offer: halfway through its acceptance period, and shortly before its end. */
  private async remindOffers({ db, tenantId, at, by, events }: Sweep): Promise<number> {
    let count = 0;
    for (const [due, done, reminder] of [
      ['remind_halfway_at', 'halfway_reminded_at', 'halfway'],
      ['remind_before_end_at', 'before_end_reminded_at', 'beforeEnd'],
    ] as const) {
      const reminded = await db
        .updateTable('offer')
        .set(done, at)
        .where('tenant_id', '=', tenantId)
        .where('status', '=', 'PENDING')
        .where('expires_at', '>', at)
        .where(due, '<=', at)
        .where(done, 'is', null)
        .returning(['id', 'lead_id', 'partner_id', 'expires_at'])
        .execute();
      const lines = reminded.map((offer) =>
        historyLine(tenantId, offer.lead_id, LeadEventType.OFFER_REMINDED, at, by, {
          partnerId: offer.partner_id,
          offerId: offer.id,
          data: { expiresAt: iso(offer.expires_at), reminder },
        }),
      );
      events.push(...(await insertHistoryLines(db, lines)));
      count += reminded.length;
    }
    return count;
  }

  /**
   * Accepted, no progress recorded by a work deadline: at the first the owner and the partner admin
   * are reminded, at the second the channel managers alerted (staleLeads lists it); each once.
   */
  private async passWorkDeadline({ db, tenantId, at, by, events }: Sweep, deadline: WorkDeadline): Promise<number> {
    const passed = await HoldingPeriod.markAllPassed(db, tenantId, deadline, at).execute();
    const lines = passed.map((lead) =>
      historyLine(tenantId, lead.id, WORK_DEADLINE_EVENT[deadline], at, by, {
        partnerId: lead.holding_partner_id,
        data:
          deadline === 'workReminder' ? { escalationDueAt: iso(lead.escalation_due_at) } : { acceptedAt: iso(lead.accepted_at) },
      }),
    );
    events.push(...(await insertHistoryLines(db, lines)));
    return passed.length;
  }
}

/** One pass over a tenant's deadlines: its transaction, its moment, LeadRelay as the actor, the lines written. */
interface Sweep {
  db: Kysely<SweepDatabase>;
  tenantId: string;
  at: Date;
  by: EventActor;
  events: RecordedEvent[];
}

const WORK_DEADLINE_EVENT: Record<WorkDeadline, LeadEventType> = {
  workReminder: LeadEventType.LEAD_REMINDED,
  escalation: LeadEventType.LEAD_ESCALATED,
};

/** `= any($1::uuid[])`: many ids bound as one array parameter. */
function anyOf(ids: string[]) {
  return sql<string>`any(${ids}::uuid[])`;
}

/** A timestamp as the ISO 8601 text a history line's data holds (the driver may hand back a Date or text). */
function iso(value: Date | string | null | undefined): string | null {
  return value == null ? null : new Date(value).toISOString();
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

/** One re-offer job per lead a round just left UNPLACED. */
export function reofferJobs(
  tenantId: string,
  events: readonly RecordedEvent[],
): { data: { tenantId: string; leadId: string } }[] {
  return events.filter((e) => e.type === LeadEventType.LEAD_UNPLACED).map((e) => ({ data: { tenantId, leadId: e.leadId } }));
}
