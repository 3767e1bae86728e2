import type { EntityManager } from '@mikro-orm/postgresql';
import { type JobQueue, Tenant } from '@leadrelay/core';
import { type EventActor, type Lead, LeadEventType, type LeadHistory } from '@leadrelay/leads';
import type { Partner, PartnerTier } from '@leadrelay/partners';
import { addBusinessHours, businessHoursBetween, subtractBusinessHours } from '../deadlines';
import { scheduleDueWork } from '../deadlines/due-work.service';
import { Offer } from '../offers/offer.entity';
import { acceptanceDeadline, calendarOf } from '../settings/tenant-calendar';
import { type DistributionMode, Round } from './round.entity';

export interface RoundOpening {
  em: EntityManager;
  jobs: JobQueue;
  lead: Lead;
  partners: Partner[];
  mode: DistributionMode;
  history: LeadHistory;
  by: EventActor;
  now: Date;
  /** An explicit deadline for every offer; else each partner's tier's acceptance period. */
  expiresAt?: Date | null;
  /** The person who opened it; null for the router. */
  openedByUserId: string | null;
}

/**
 * Opens a round, one offer per partner, each with its acceptance deadline and reminders in the
 * tenant's business hours, a `lead.offered` line per offer, and the due-work jobs: the same for a
 * person's distribution and the router's.
 */
export async function openRound(opening: RoundOpening): Promise<Round> {
  const { em, lead, partners, mode, history, by, now } = opening;
  const tenant = await em.findOneOrFail(Tenant, { id: lead.tenantId });
  const settings = tenant.settings();
  const calendar = calendarOf(tenant);
  const round = em.create(Round, { tenantId: lead.tenantId, lead, mode, openedByUserId: opening.openedByUserId });
  const dueAt: (Date | null)[] = [];
  for (const partner of partners) {
    // The same deadline the distribute dialog previews (offerDeadlinePreview).
    const expiresAt = opening.expiresAt ?? acceptanceDeadline(tenant, partner.tier as PartnerTier, now);
    // Reminders halfway through the acceptance period and shortly before its end, in business hours
    // (a deadline less than a business hour away gets none).
    const period = businessHoursBetween(now, expiresAt, calendar);
    const remindHalfwayAt = settings.remindAtHalfway && period >= 1 ? addBusinessHours(now, period / 2, calendar) : null;
    const remindBeforeEndAt =
      settings.reminderHoursBeforeDeadline > 0 && period > settings.reminderHoursBeforeDeadline
        ? subtractBusinessHours(expiresAt, settings.reminderHoursBeforeDeadline, calendar)
        : null;
    dueAt.push(expiresAt, remindHalfwayAt, remindBeforeEndAt);
    const offer = em.create(Offer, {
      tenantId: lead.tenantId,
      round,
      lead,
      partner,
      offeredAt: now,
      expiresAt,
      remindHalfwayAt,
      remindBeforeEndAt,
    });
    history.record(lead, LeadEventType.LEAD_OFFERED, by, {
      partnerId: partner.id,
      offerId: offer.id,
      data: { mode, expiresAt: expiresAt.toISOString() },
    });
  }
  await scheduleDueWork(opening.jobs, em, lead.tenantId, dueAt);
  return round;
}
