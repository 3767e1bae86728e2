import type { EntityManager } from '@mikro-orm/postgresql';
import { type JobQueue, Tenant } from '@leadrelay/core';
import { type EventActor, type Lead, LeadEventType, type LeadHistory } from '@leadrelay/leads';
import { Partner, type PartnerTier } from '@leadrelay/partners';
import { addBusinessHours, businessHoursBetween, subtractBusinessHours } from '../deadlines';
import { scheduleDueWork } from '../deadlines/due-work.service';
import { Offer } from '../offers/offer.entity';
import { acceptanceDeadline, calendarOf } from '../settings/tenant-calendar';
import { type DistributionMode, Round } from './round.entity';

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

/**
 * The rounds a bulk intake opens (`LeadRouter.inBatch`): their rows written at its end, one insert
 * for the rounds and one for the offers, outside the unit of work (which would track and compare
 * each of them at the flush), and each distinct deadline computed once. Within one transaction
 * the tenant (its calendar and periods) stays the same, so a deadline is one per tenant, tier,
 * start and explicit deadline.
 */
export class RoundBatch {
  private readonly rounds: Round[] = [];
  private readonly offers: Offer[] = [];
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

  hold(round: Round, offers: Offer[]): void {
    this.rounds.push(round);
    this.offers.push(...offers);
  }

  /** The held rows, after their leads are written: one insert for the rounds, one for the offers (partner_load's triggers see one statement). */
  async write(em: EntityManager): Promise<void> {
    const rounds = this.rounds.splice(0);
    const offers = this.offers.splice(0);
    if (rounds.length) await em.insertMany(rounds);
    if (offers.length) await em.insertMany(offers);
  }
}

/**
 * Opens a round, one offer per partner, each with its acceptance deadline and reminders in the
 * tenant's business hours, a `lead.offered` line per offer, and the due-work jobs: the same for a
 * person's distribution and the router's.
 */
export async function openRound(opening: RoundOpening): Promise<Round> {
  const { em, lead, partners, mode, history, by, now, batch } = opening;
  const tenant = batch ? await batch.tenant(em, lead.tenantId) : await em.findOneOrFail(Tenant, { id: lead.tenantId });
  const persist = !batch;
  const round = em.create(Round, { tenantId: lead.tenantId, lead, mode, openedByUserId: opening.openedByUserId }, { persist });
  const offers: Offer[] = [];
  const dueAt: (Date | null)[] = [];
  for (const partner of partners) {
    const deadlines = batch
      ? batch.deadlinesOf(tenant, partner.tier, now, opening.expiresAt)
      : offerDeadlines(tenant, partner.tier, now, opening.expiresAt);
    dueAt.push(deadlines.expiresAt, deadlines.remindHalfwayAt, deadlines.remindBeforeEndAt);
    const offer = em.create(
      Offer,
      { tenantId: lead.tenantId, round, lead, partner: em.getReference(Partner, partner.id), offeredAt: now, ...deadlines },
      { persist },
    );
    offers.push(offer);
    history.record(lead, LeadEventType.LEAD_OFFERED, by, {
      partnerId: partner.id,
      offerId: offer.id,
      data: { mode, expiresAt: deadlines.expiresAt.toISOString() },
    });
  }
  batch?.hold(round, offers);
  await scheduleDueWork(opening.jobs, em, lead.tenantId, dueAt);
  return round;
}
