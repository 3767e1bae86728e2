import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { type Kysely, sql } from 'kysely';
import { type JobQueue, Tenant } from '@leadrelay/core';
import { type EventActor, type Lead, LeadEventType, type LeadHistory } from '@leadrelay/leads';
import { Partner, type PartnerTier } from '@leadrelay/partners';
import { addBusinessHours, businessHoursBetween, subtractBusinessHours } from '../deadlines';
import { scheduleDueWork } from '../deadlines/due-work.service';
import { Offer, OfferStatus } from '../offers/offer.entity';
import { acceptanceDeadline, calendarOf } from '../settings/tenant-calendar';
import { type DistributionMode, Round, RoundStatus } from './round.entity';

export interface RoundOpening {
  em: EntityManager;
  jobs: JobQueue;
  lead: Lead;
  /** The partners offered to, each with its tier (whose acceptance period holds). */
  partners: readonly { id: string; tier: PartnerTier }[];
  mode: DistributionMode;
  history: LeadHistory;
  by: EventActor;
  now: Date;
  /** An explicit deadline for every offer; else each partner's tier's acceptance period. */
  expiresAt?: Date | null;
  /** The person who opened it; null for the router. */
  openedByUserId: string | null;
  /** A bulk intake's: the round and its offers are written with the batch's others, the deadlines computed once. */
  batch?: RoundBatch;
}

/** An offer's acceptance deadline and its reminders. */
interface OfferDeadlines {
  expiresAt: Date;
  remindHalfwayAt: Date | null;
  remindBeforeEndAt: Date | null;
}

/**
 * The deadlines of an offer made at `now` to a partner of `tier`: the same deadline the distribute
 * dialog previews (offerDeadlinePreview), unless the round names one, and reminders halfway through
 * the acceptance period and shortly before its end, in business hours (a deadline less than a
 * business hour away gets none).
 */
function offerDeadlines(tenant: Tenant, tier: PartnerTier, now: Date, explicit: Date | null | undefined): OfferDeadlines {
  const settings = tenant.settings();
  const calendar = calendarOf(tenant);
  const expiresAt = explicit ?? acceptanceDeadline(tenant, tier, now);
  const period = businessHoursBetween(now, expiresAt, calendar);
  const remindHalfwayAt = settings.remindAtHalfway && period >= 1 ? addBusinessHours(now, period / 2, calendar) : null;
  const remindBeforeEndAt =
    settings.reminderHoursBeforeDeadline > 0 && period > settings.reminderHoursBeforeDeadline
      ? subtractBusinessHours(expiresAt, settings.reminderHoursBeforeDeadline, calendar)
      : null;
  return { expiresAt, remindHalfwayAt, remindBeforeEndAt };
}

/** A round's row as a batch writes it: the `round` table's columns (the rest keep their defaults, null). */
interface RoundRow {
  id: string;
  tenant_id: string;
  created_at: Date;
  lead_id: string;
  mode: DistributionMode;
  status: RoundStatus;
  opened_by_user_id: string | null;
}

/** An offer's row as a batch writes it: the `offer` table's columns an opened offer has (the rest null). */
interface OfferRow {
  id: string;
  tenant_id: string;
  created_at: Date;
  round_id: string;
  lead_id: string;
  partner_id: string;
  status: OfferStatus;
  offered_at: Date;
  expires_at: Date;
  remind_halfway_at: Date | null;
  remind_before_end_at: Date | null;
}

/**
 * The rounds a bulk intake opens (`LeadRouter.inBatch`): their rows written at its end, one insert
 * for the rounds and one for the offers, as plain rows (no entities: the unit of work would track
 * and compare each of them, and even outside it each entity costs its making and its insert's
 * parameters), and each distinct deadline computed once. Within one transaction the tenant (its
 * calendar and periods) stays the same, so a deadline is one per tenant, tier, start and explicit
 * deadline. `bulk-intake-same-as-one` holds the rows to those the unit of work writes one by one.
 */
export class RoundBatch {
  private readonly rounds: RoundRow[] = [];
  private readonly offers: OfferRow[] = [];
  private readonly deadlines = new Map<string, OfferDeadlines>();
  private readonly tenants = new Map<string, Promise<Tenant>>();

  tenant(em: EntityManager, id: string): Promise<Tenant> {
    let found = this.tenants.get(id);
    if (!found) {
      found = em.findOneOrFail(Tenant, { id });
      this.tenants.set(id, found);
    }
    return found;
  }

  deadlinesOf(tenant: Tenant, tier: PartnerTier, now: Date, explicit: Date | null | undefined): OfferDeadlines {
    const key = `${tenant.id}:${tier}:${now.getTime()}:${explicit?.getTime() ?? ''}`;
    let found = this.deadlines.get(key);
    if (!found) {
      found = offerDeadlines(tenant, tier, now, explicit);
      this.deadlines.set(key, found);
    }
    return found;
  }

  hold(round: RoundRow, offers: OfferRow[]): void {
    this.rounds.push(round);
    for (const offer of offers) this.offers.push(offer);
  }

  /**
   * The held rows, after their leads are written: one insert for the rounds, one for the offers
   * (partner_load's triggers see one statement), each batch's rows one JSON parameter.
   */
  async write(em: EntityManager): Promise<void> {
    const rounds = this.rounds.splice(0);
    const offers = this.offers.splice(0);
    // MikroORM brings its own copy of kysely (see sweep-database.ts): the same builders.
    const db = em.getKysely() as unknown as Kysely<unknown>;
    if (rounds.length) {
      await sql`
        insert into round (id, tenant_id, created_at, lead_id, mode, status, opened_by_user_id)
        select id, tenant_id, created_at, lead_id, mode, status, opened_by_user_id
          from jsonb_to_recordset(${JSON.stringify(rounds)}::jsonb) as r(
                 id uuid, tenant_id uuid, created_at timestamptz, lead_id uuid, mode distribution_mode,
                 status round_status, opened_by_user_id uuid)`.execute(db);
    }
    if (offers.length) {
      await sql`
        insert into offer (id, tenant_id, created_at, round_id, lead_id, partner_id, status, offered_at, expires_at,
                           remind_halfway_at, remind_before_end_at)
        select id, tenant_id, created_at, round_id, lead_id, partner_id, status, offered_at, expires_at,
               remind_halfway_at, remind_before_end_at
          from jsonb_to_recordset(${JSON.stringify(offers)}::jsonb) as o(
                 id uuid, tenant_id uuid, created_at timestamptz, round_id uuid, lead_id uuid, partner_id uuid,
                 status offer_status, offered_at timestamptz, expires_at timestamptz, remind_halfway_at timestamptz,
                 remind_before_end_at timestamptz)`.execute(db);
    }
  }
}

/**
 * Opens a round, one offer per partner, each with its acceptance deadline and reminders in the
 * tenant's business hours, a `lead.offered` line per offer, and the due-work jobs: the same for a
 * person's distribution and the router's. In the unit of work, or, in a batch, as the batch's rows.
 */
export async function openRound(opening: RoundOpening): Promise<void> {
  const { em, lead, partners, mode, history, by, now, batch } = opening;
  const tenant = batch ? await batch.tenant(em, lead.tenantId) : await em.findOneOrFail(Tenant, { id: lead.tenantId });
  const dueAt: (Date | null)[] = [];
  const offers = partners.map((partner) => {
    const deadlines = batch
      ? batch.deadlinesOf(tenant, partner.tier, now, opening.expiresAt)
      : offerDeadlines(tenant, partner.tier, now, opening.expiresAt);
    dueAt.push(deadlines.expiresAt, deadlines.remindHalfwayAt, deadlines.remindBeforeEndAt);
    return { id: randomUUID(), partnerId: partner.id, deadlines };
  });
  if (batch) {
    const createdAt = new Date();
    const round: RoundRow = {
      id: randomUUID(),
      tenant_id: lead.tenantId,
      created_at: createdAt,
      lead_id: lead.id,
      mode,
      status: RoundStatus.OPEN,
      opened_by_user_id: opening.openedByUserId,
    };
    batch.hold(
      round,
      offers.map(({ id, partnerId, deadlines }) => ({
        id,
        tenant_id: lead.tenantId,
        created_at: createdAt,
        round_id: round.id,
        lead_id: lead.id,
        partner_id: partnerId,
        status: OfferStatus.PENDING,
        offered_at: now,
        expires_at: deadlines.expiresAt,
        remind_halfway_at: deadlines.remindHalfwayAt,
        remind_before_end_at: deadlines.remindBeforeEndAt,
      })),
    );
  } else {
    const round = em.create(Round, { tenantId: lead.tenantId, lead, mode, openedByUserId: opening.openedByUserId });
    for (const { id, partnerId, deadlines } of offers) {
      em.create(Offer, {
        id,
        tenantId: lead.tenantId,
        round,
        lead,
        partner: em.getReference(Partner, partnerId),
        offeredAt: now,
        ...deadlines,
      });
    }
  }
  for (const { id, partnerId, deadlines } of offers) {
    history.record(lead, LeadEventType.LEAD_OFFERED, by, {
      partnerId,
      offerId: id,
      data: { mode, expiresAt: deadlines.expiresAt.toISOString() },
    });
  }
  await scheduleDueWork(opening.jobs, em, lead.tenantId, dueAt);
}
