import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DateTime } from 'luxon';
import {
  type Actor,
  type Subject,
  BadUserInputError,
  Clock,
  ConflictError,
  DomainError,
  NotFoundError,
  PermissionDeniedError,
  Role,
  Tenant,
  TenantContext,
  JobQueue,
  QUEUE,
} from '@leadrelay/core';
import { Membership } from '@leadrelay/identity';
import {
  type EventActor,
  LEAD_POPULATE,
  Lead,
  LeadEvent,
  LeadEventType,
  LeadHistory,
  LeadModel,
  LeadStage,
  ReasonCodeKind,
  ReasonCodeModel,
  leadModelOfRow,
  chosenReason,
  findLeadInScope,
  LeadEventSink,
  overrideScore,
  ReasonFollowUp,
} from '@leadrelay/leads';
import { Partner, PartnerStatus } from '@leadrelay/partners';
import { addBusinessHours } from './deadlines';
import { scheduleDueWork } from './deadlines/due-work.service';
import { sweepDatabase } from './deadlines/sweep-database';
import {
  DistributionErrorCode,
  OfferExpiredError,
  OfferNotPendingError,
  OfferTakenError,
  lifecycleError,
} from './distribution.errors';
import type {
  AssignLeadInput,
  CloseLeadLostInput,
  CloseLeadWonInput,
  DeclineOfferInput,
  DisqualifyLeadInput,
  DistributeLeadInput,
  NurtureLeadInput,
  QualifyLeadInput,
  RecordProgressInput,
  ReturnLeadInput,
  RouteDirectInput,
} from './lifecycle.inputs';
import { LEAD_LIFECYCLE, LeadAction, type LifecycleActor, notYoursMessage, transition } from './lifecycle';
import { Offer, OfferStatus } from './offers/offer.entity';
import { OfferModel } from './offers/offer.model';
import {
  acceptedLeadColumns,
  answeredOffer,
  lockLeadOfOffer,
  readOfferToAnswer,
  writeAcceptance,
  writeDecline,
} from './offers/offer-acceptance';
import { DistributionMode, Round, RoundStatus } from './rounds/round.entity';
import { openRound } from './rounds/open-round';
import { calendarOf } from './settings/tenant-calendar';
import { holdingOf } from './holding/holding-period';
import { LeadRouter } from './routing/lead-router';

/** Everything a lifecycle move works with, inside its one transaction. */
interface Move {
  em: EntityManager;
  lead: Lead;
  history: LeadHistory;
  by: EventActor;
  now: Date;
}

/**
 * The one place that moves leads through their life (shared/domain.md). Every move runs in one
 * tenant transaction that first locks the lead's row (SELECT ... FOR UPDATE), so concurrent moves
 * on one lead (twenty partners accepting, a decline racing an accept, a withdrawal racing an
 * accept) are serialized and each sees the state the previous one left. The stage rules come from
 * the transition table (`lifecycle/lead-lifecycle.ts`); who holds the lead is checked here.
 */
@Injectable()
export class LeadLifecycleService {
  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
    private readonly outbox: LeadEventSink,
    private readonly jobs: JobQueue,
    private readonly router: LeadRouter,
  ) {}

  // ---- vendor: qualification and placing -------------------------------------------------

  qualify(actor: Actor, input: QualifyLeadInput): Promise<LeadModel> {
    return this.moveLead(actor, input.leadId, LeadAction.QUALIFY, async ({ em, lead, history, by }) => {
      // By hand: the person's score and grade are in force from now on; the line says what they overrode.
      history.record(lead, LeadEventType.LEAD_QUALIFIED, by, { data: overrideScore(lead, input.score, input.grade) });
      // AUTOMATIC mode: a lead that becomes QUALIFIED is routed by the rules at once, in this transaction.
      await this.router.routeIfAutomatic(em, lead, history);
    });
  }

  disqualify(actor: Actor, input: DisqualifyLeadInput): Promise<LeadModel> {
    return this.moveLead(actor, input.leadId, LeadAction.DISQUALIFY, async ({ em, lead, history, by }) => {
      const reason = await chosenReason(em, actor.tenantId, ReasonCodeKind.DISQUALIFY, input.reasonCode, input.comment);
      history.record(lead, LeadEventType.LEAD_DISQUALIFIED, by, { reasonCode: reason, comment: input.comment });
    });
  }

  nurture(actor: Actor, input: NurtureLeadInput): Promise<LeadModel> {
    return this.moveLead(actor, input.leadId, LeadAction.NURTURE, async ({ lead, history, by }) => {
      history.record(lead, LeadEventType.LEAD_NURTURED, by, { comment: input.note });
    });
  }

  routeDirect(actor: Actor, input: RouteDirectInput): Promise<LeadModel> {
    return this.moveLead(actor, input.leadId, LeadAction.ROUTE_DIRECT, async ({ em, lead, history, by }) => {
      const membership = await em.findOne(
        Membership,
        { tenantId: actor.tenantId, user: input.userId, role: Role.DIRECT_SALES },
        { populate: ['user'] },
      );
      if (!membership) {
        throw BadUserInputError.of('userId', 'Route the lead to a member with the role DIRECT_SALES in this tenant.');
      }
      holdingOf(lead).assignTo(membership.user);
      history.record(lead, LeadEventType.LEAD_ROUTED_DIRECT, by, { data: { to: membership.user.getEntity().name } });
    });
  }

  /** Opens a round: one offer per partner, each with its acceptance deadline. */
  distribute(actor: Actor, input: DistributeLeadInput): Promise<LeadModel> {
    return this.moveLead(actor, input.leadId, LeadAction.DISTRIBUTE, async ({ em, lead, history, by, now }) => {
      const partnerIds = [...new Set(input.partnerIds)];
      if (input.mode === DistributionMode.EXCLUSIVE && partnerIds.length !== 1) {
        throw BadUserInputError.of('partnerIds', 'An EXCLUSIVE offer goes to exactly one partner. Name one, or choose SHARED.');
      }
      if (!lead.consent.given) {
        throw new DomainError(
          DistributionErrorCode.CONSENT_MISSING,
          "This lead has not agreed to have its data passed on to partners. Record the lead's consent first.",
        );
      }
      const partners = await em.find(Partner, { tenantId: actor.tenantId, id: { $in: partnerIds } });
      const missing = partnerIds.find((id) => !partners.some((p) => p.id === id));
      if (missing) throw new NotFoundError('Partner', missing);
      const inactive = partners.filter((p) => p.status !== PartnerStatus.ACTIVE);
      if (inactive.length) {
        throw new DomainError(
          DistributionErrorCode.PARTNER_NOT_ACTIVE,
          `${inactive.map((p) => `${p.name} is ${p.status}`).join(', ')}: only ACTIVE partners receive offers.`,
          { field: 'partnerIds', partnerIds: inactive.map((p) => p.id) },
        );
      }
      if (!input.includeExcluded) {
        const excluded = await this.partnersThatRefused(em, lead, partnerIds);
        if (excluded.length) {
          throw new DomainError(
            DistributionErrorCode.PARTNER_EXCLUDED,
            `${partners
              .filter((p) => excluded.includes(p.id))
              .map((p) => p.name)
              .join(', ')} declined or returned this lead before. Leave them out, or set includeExcluded to offer it again.`,
            { field: 'partnerIds', partnerIds: excluded },
          );
        }
      }
      if (input.expiresAt && input.expiresAt <= now) {
        throw BadUserInputError.of('expiresAt', 'The acceptance deadline must be in the future.');
      }
      await openRound({
        em,
        jobs: this.jobs,
        lead,
        partners,
        mode: input.mode,
        history,
        by,
        now,
        expiresAt: input.expiresAt,
        openedByUserId: actor.userId,
      });
      holdingOf(lead).end();
      lead.pendingFollowUp = null;
    });
  }

  withdrawOffer(actor: Actor, offerId: string): Promise<OfferModel> {
    return this.moveOffer(
      actor,
      offerId,
      LeadAction.WITHDRAW_OFFER,
      assertPending,
      async ({ em, lead, history, by, now }, offer) => {
        offer.status = OfferStatus.WITHDRAWN;
        offer.respondedAt = now;
        history.record(lead, LeadEventType.OFFER_WITHDRAWN, by, { partnerId: offer.partner.id, offerId: offer.id });
        await this.endRoundIfSettled(em, lead, offer.round.getEntity(), history, now);
      },
    );
  }

  withdrawRound(actor: Actor, roundId: string): Promise<LeadModel> {
    return this.tenants.run(actor.tenantId, async (em) => {
      const round = await em.findOne(Round, { tenantId: actor.tenantId, id: roundId }, { fields: ['lead'] });
      if (!round) throw new NotFoundError('Round', roundId);
      return this.inMove(em, actor, round.lead.id, LeadAction.WITHDRAW_ROUND, async ({ em, lead, history, by, now }) => {
        const fresh = await em.findOneOrFail(Round, { id: roundId }, { refresh: true });
        if (fresh.status !== RoundStatus.OPEN) {
          throw new ConflictError(`This round is ${fresh.status} and can no longer be withdrawn.`);
        }
        for (const offer of await em.find(Offer, { round: fresh, status: OfferStatus.PENDING }, { refresh: true })) {
          offer.status = OfferStatus.WITHDRAWN;
          offer.respondedAt = now;
          history.record(lead, LeadEventType.OFFER_WITHDRAWN, by, { partnerId: offer.partner.id, offerId: offer.id });
        }
        fresh.status = RoundStatus.UNPLACED;
        fresh.closedAt = now;
        history.record(lead, LeadEventType.LEAD_UNPLACED, by, { data: { roundId, cause: 'withdrawn' } });
      });
    });
  }

  // ---- partner: offers --------------------------------------------------------------------

  /**
   * First accept wins: the others of a shared round get OFFER_TAKEN, and their offers are CLOSED.
   * Set-based (issue 9; was 27 statements of the unit of work): the lead's row locked, the offer read
   * under the lock, checked by the table and the verbs as every move, then the offers, the round and
   * the lead (its holding begun, `HoldingPeriod.beginning`) and the history lines (held by
   * `LeadHistory.forBatch`, in the shape bulk intake writes them) written in one statement, the
   * last before commit (the outbox and the jobs before it); the answer is made from what was
   * written, not read again.
   */
  acceptOffer(actor: Actor, offerId: string): Promise<OfferModel> {
    return this.tenants.run(actor.tenantId, async (em) => {
      const { db, locked, offer, history, now, tenant } = await this.beginAnswer(em, actor, offerId, LeadAction.ACCEPT_OFFER);
      const stage = this.nextStage(locked, LeadAction.ACCEPT_OFFER, actor.role);
      // The work deadline: progress is due within the first-contact period, else a reminder, then an escalation.
      const settings = tenant.settings();
      const deadlines = {
        workReminderDueAt: addBusinessHours(now, settings.firstContactHours, calendarOf(tenant)),
        escalationDueAt: addBusinessHours(now, settings.escalationHours, calendarOf(tenant)),
      };
      // The history lines, written by the statement that writes the offers, the round and the lead.
      const moved = { id: offer.lead_id, tenantId: offer.tenant_id };
      const system = await history.system(actor.tenantId);
      for (const other of offer.others) {
        history.record(moved, LeadEventType.OFFER_CLOSED, system, { partnerId: other.partner_id, offerId: other.id });
      }
      const by = LeadHistory.actorIn(actor, offer.partner_name);
      history.record(moved, LeadEventType.OFFER_ACCEPTED, by, { partnerId: actor.partnerId, offerId: offer.id });
      history.record(moved, LeadEventType.LEAD_CONTACT_REVEALED, by, { partnerId: actor.partnerId, offerId: offer.id });
      // The lead as the write below leaves it, in the unit of work (unchanged there: nothing to
      // flush), where the outbox finds it: the outbox, the due-work jobs and the outbox's jobs (two
      // queues, one insert) go first, so that the write, which takes the partners' `partner_load`
      // rows (its triggers), is the last statement before commit and holds them for no longer.
      const columns = acceptedLeadColumns(offer, actor.userId, stage, now, deadlines);
      const lead = em.map(Lead, { ...locked, ...columns, version: locked.version + 1 });
      await this.jobs.inBatch(em, async () => {
        await scheduleDueWork(this.jobs, em, actor.tenantId, [deadlines.workReminderDueAt, deadlines.escalationDueAt]);
        await this.outbox.publish(em, actor.tenantId, history.recorded);
      });
      const written = await writeAcceptance(db, {
        offer,
        userId: actor.userId,
        stage,
        at: now,
        deadlines,
        lines: history.takeHeld(),
      });
      return OfferModel.of(
        answeredOffer(offer, OfferStatus.ACCEPTED, now),
        lead,
        () => leadModelOfRow({ ...written.lead, holding_partner_name: offer.partner_name, owner_name: written.ownerName }),
        actor,
      );
    });
  }

  /**
   * Set-based as `acceptOffer` (issue 9; was the unit of work): the lead's row locked, the offer read
   * under the lock, checked by the table and the verbs, the reason read and checked
   * (`chosenReason`); when it was the round's last pending offer the round ends UNPLACED and the
   * lead moves by the table's END_ROUND_UNPLACED (the router may then re-offer it, by a job). The
   * outbox and the jobs first, then the offer, the round, the lead and the history lines in one
   * statement, the last before commit.
   */
  declineOffer(actor: Actor, input: DeclineOfferInput): Promise<OfferModel> {
    return this.tenants.run(actor.tenantId, async (em) => {
      const { db, locked, offer, history, now } = await this.beginAnswer(em, actor, input.offerId, LeadAction.DECLINE_OFFER);
      const declined = this.nextStage(locked, LeadAction.DECLINE_OFFER, actor.role);
      const reason = await chosenReason(em, actor.tenantId, ReasonCodeKind.DECLINE, input.reasonCode, input.comment);
      const moved = { id: offer.lead_id, tenantId: offer.tenant_id };
      history.record(moved, LeadEventType.OFFER_DECLINED, LeadHistory.actorIn(actor, offer.partner_name), {
        partnerId: actor.partnerId,
        offerId: offer.id,
        reasonCode: reason,
        comment: input.comment,
      });
      // No other offer of the round pending (an open round has none accepted): it ends unplaced.
      const unplaced =
        offer.others.length === 0
          ? { stage: this.nextStage({ stage: declined }, LeadAction.END_ROUND_UNPLACED, 'SYSTEM') }
          : null;
      if (unplaced) {
        history.record(moved, LeadEventType.LEAD_UNPLACED, await history.system(actor.tenantId), {
          data: { roundId: offer.round_id },
        });
      }
      // The lead as the write below leaves it, in the unit of work, where the outbox finds it.
      const lead = em.map(Lead, {
        ...locked,
        ...(unplaced ? { stage: unplaced.stage, updated_at: now, version: locked.version + 1 } : { stage: declined }),
      });
      await this.jobs.inBatch(em, async () => {
        // Every offer declined: the router may re-offer it (routing/lead-reoffer.service.ts).
        if (unplaced?.stage === LeadStage.UNPLACED) {
          await this.jobs.send(em, QUEUE.reoffer, { tenantId: offer.tenant_id, leadId: offer.lead_id });
        }
        await this.outbox.publish(em, actor.tenantId, history.recorded);
      });
      await writeDecline(db, {
        offer,
        userId: actor.userId,
        reasonCodeId: reason.id,
        comment: input.comment ?? null,
        at: now,
        unplaced,
        lines: history.takeHeld(),
      });
      return OfferModel.of(
        answeredOffer(offer, OfferStatus.DECLINED, now, {
          declineReason: ReasonCodeModel.from(reason),
          declineComment: input.comment ?? null,
        }),
        lead,
        // An offered lead is held by no partner and no person (its round began by ending any holding).
        () => leadModelOfRow({ ...locked, stage: lead.stage, holding_partner_name: null, owner_name: null }),
        actor,
      );
    });
  }

  // ---- the holding partner (or direct sales) works the lead --------------------------------

  assign(actor: Actor, input: AssignLeadInput): Promise<LeadModel> {
    return this.moveLead(actor, input.leadId, LeadAction.ASSIGN, async ({ em, lead, history, by }) => {
      const membership = await em.findOne(
        Membership,
        { tenantId: actor.tenantId, user: input.userId, partner: lead.holdingPartnerId },
        { populate: ['user'] },
      );
      if (!membership) throw new NotFoundError('User', input.userId);
      holdingOf(lead).assignTo(membership.user);
      history.record(lead, LeadEventType.LEAD_ASSIGNED, by, {
        partnerId: actor.partnerId,
        data: { to: membership.user.getEntity().name },
      });
    });
  }

  recordProgress(actor: Actor, input: RecordProgressInput): Promise<LeadModel> {
    return this.moveLead(actor, input.leadId, LeadAction.RECORD_PROGRESS, async ({ lead, history, by, now }) => {
      holdingOf(lead).recordProgress(input.stage, now, input.nextStepAt ?? null);
      history.record(lead, LeadEventType.LEAD_PROGRESSED, by, {
        partnerId: actor.partnerId,
        comment: input.note,
        data: { progressStage: input.stage, nextStepAt: input.nextStepAt?.toISOString() ?? null },
      });
    });
  }

  /** The partner hands the lead back: it loses the contact data; the reason's follow-up waits for the channel manager. */
  returnLead(actor: Actor, input: ReturnLeadInput): Promise<LeadModel> {
    return this.moveLead(actor, input.leadId, LeadAction.RETURN, async ({ em, lead, history, by }) => {
      const reason = await chosenReason(em, actor.tenantId, ReasonCodeKind.RETURN, input.reasonCode, input.comment);
      history.record(lead, LeadEventType.LEAD_RETURNED, by, {
        partnerId: actor.partnerId,
        reasonCode: reason,
        comment: input.comment,
        data: { followUp: reason.followUp },
      });
      holdingOf(lead).end();
      lead.pendingFollowUp = reason.followUp;
      // A RE_OFFER reason: the router may offer it to the next partners (routing/lead-reoffer.service.ts).
      if (reason.followUp === ReasonFollowUp.RE_OFFER) {
        await this.jobs.send(em, QUEUE.reoffer, { tenantId: lead.tenantId, leadId: lead.id });
      }
    });
  }

  closeWon(actor: Actor, input: CloseLeadWonInput): Promise<LeadModel> {
    return this.moveLead(actor, input.leadId, LeadAction.CLOSE_WON, async ({ em, lead, history, by, now }) => {
      const tenant = await em.findOneOrFail(Tenant, { id: actor.tenantId });
      const today = DateTime.fromJSDate(now, { zone: tenant.timeZone }).toISODate()!;
      if (input.closedOn > today) {
        throw BadUserInputError.of('closedOn', `The close date cannot be in the future (today is ${today}).`);
      }
      lead.won = { amount: input.amount, currency: input.currency, closedOn: input.closedOn };
      lead.closedAt = now;
      history.record(lead, LeadEventType.LEAD_WON, by, {
        partnerId: actor.partnerId,
        comment: input.note,
        data: { amount: input.amount, currency: input.currency, closedOn: input.closedOn },
      });
    });
  }

  /**
   * Closed LOST, its result for reports; the partner and its rep let go of it, as on a return. It
   * waits in marketing's nurture queue (`leads(filter: { stages: [LOST] })`) until marketing takes
   * it with `nurtureLead`.
   */
  closeLost(actor: Actor, input: CloseLeadLostInput): Promise<LeadModel> {
    return this.moveLead(actor, input.leadId, LeadAction.CLOSE_LOST, async ({ em, lead, history, by, now }) => {
      const reason = await chosenReason(em, actor.tenantId, ReasonCodeKind.LOST, input.reasonCode, input.comment);
      lead.lostToCompetitor = input.competitor ?? null;
      lead.closedAt = now;
      history.record(lead, LeadEventType.LEAD_LOST, by, {
        partnerId: actor.partnerId,
        reasonCode: reason,
        comment: input.comment,
        data: { competitor: input.competitor ?? null },
      });
      holdingOf(lead).end();
    });
  }

  // ---- the moves' machinery ----------------------------------------------------------------

  /** A move on a lead: lock it, move it to the table's target stage, do `work` (which may refuse, or move on), flush. */
  private moveLead(actor: Actor, leadId: string, action: LeadAction, work: (move: Move) => Promise<void>): Promise<LeadModel> {
    return this.tenants.run(actor.tenantId, (em) => this.inMove(em, actor, leadId, action, work));
  }

  private async inMove(em: EntityManager, actor: Actor, leadId: string, action: LeadAction, work: (move: Move) => Promise<void>) {
    const move = await this.begin(em, actor, leadId);
    authorize(actor, action, move.lead, move.lead);
    await REFUSED_BEFORE_STAGE[action]?.(move);
    move.lead.stage = this.nextStage(move.lead, action, actor.role);
    await work(move);
    await em.flush();
    await this.outbox.publish(em, actor.tenantId, move.history.recorded);
    await em.populate(move.lead, LEAD_POPULATE, { refresh: true });
    return LeadModel.from(move.lead);
  }

  /**
   * A move on an offer: find it in the actor's scope, lock its lead, re-read the offer, check the
   * actor's verb on it, refuse an offer that cannot be answered (its own state before the lead's: a
   * late accept of a shared round is OFFER_TAKEN, not a stage error), move the lead to the table's
   * target stage, do `work`, flush.
   */
  private moveOffer(
    actor: Actor,
    offerId: string,
    action: LeadAction,
    refuse: (offer: Offer, now: Date) => void,
    work: (move: Move, offer: Offer) => Promise<void>,
  ): Promise<OfferModel> {
    return this.tenants.run(actor.tenantId, async (em) => {
      const found = await em.findOne(
        Offer,
        { tenantId: actor.tenantId, id: offerId, ...(actor.partnerId ? { partner: actor.partnerId } : {}) },
        { fields: ['lead'] },
      );
      if (!found) throw new NotFoundError('Offer', offerId);
      const move = await this.begin(em, actor, found.lead.id, { skipScope: true });
      const offer = await em.findOneOrFail(Offer, { id: offerId }, { populate: ['round', 'partner'], refresh: true });
      authorize(actor, action, offer, move.lead);
      refuse(offer, move.now);
      move.lead.stage = this.nextStage(move.lead, action, actor.role);
      await work(move, offer);
      await em.flush();
      await this.outbox.publish(em, actor.tenantId, move.history.recorded);
      const loaded = await em.findOneOrFail(
        Offer,
        { id: offerId },
        { populate: ['lead.holdingPartner', 'lead.owner', 'partner', 'round', 'declineReason'], refresh: true },
      );
      return OfferModel.from(loaded, actor);
    });
  }

  /** Locks the lead's row for the rest of the transaction and reads it fresh. */
  private async begin(em: EntityManager, actor: Actor, leadId: string, options: { skipScope?: boolean } = {}): Promise<Move> {
    if (!options.skipScope) {
      await findLeadInScope(em, actor, leadId);
    }
    const lead = await em.findOneOrFail(
      Lead,
      { tenantId: actor.tenantId, id: leadId },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    await em.populate(lead, LEAD_POPULATE, { refresh: true });
    const history = new LeadHistory(em, this.clock);
    return { em, lead, history, by: await history.actor(actor), now: this.clock.now() };
  }

  /**
   * The opening of an answer to an offer (accept, decline): the lead locked, the offer read under
   * the lock, the actor's right checked against the lead as it stands (the verbs), the offer still
   * answerable; the tenant as an entity in the unit of work (its calendar, its name for the
   * system's lines and the outbox); the history lines held for the write's statement, at one instant.
   */
  private async beginAnswer(em: EntityManager, actor: Actor, offerId: string, action: LeadAction) {
    const db = sweepDatabase(em);
    const locked = await lockLeadOfOffer(db, actor, offerId);
    if (!locked) throw new NotFoundError('Offer', offerId);
    const offer = await readOfferToAnswer(db, actor.tenantId, offerId);
    const history = LeadHistory.forBatch(em, this.clock);
    const now = history.batchInstant!;
    authorize(actor, action, subject('Offer', { tenantId: offer.tenant_id, partnerId: offer.partner_id }), locked);
    assertAnswerable({ status: offer.status, expiresAt: offer.expires_at }, now);
    const tenant = em.map(Tenant, {
      id: offer.tenant_id,
      name: offer.tenant_name,
      locale: offer.tenant_locale,
      time_zone: offer.tenant_time_zone,
      stored_settings: offer.tenant_stored_settings,
      created_at: offer.tenant_created_at,
    });
    return { db, locked, offer, history, now, tenant };
  }

  private nextStage(lead: Pick<Lead, 'stage'>, action: LeadAction, actor: LifecycleActor): LeadStage {
    const result = transition(lead.stage, action, actor);
    if (!result.allowed) throw lifecycleError(result);
    return result.to;
  }

  /** Partners that declined or returned this lead before: not offered it again unless asked for. */
  private async partnersThatRefused(em: EntityManager, lead: Lead, partnerIds: string[]): Promise<string[]> {
    const declined = await em.find(
      Offer,
      { tenantId: lead.tenantId, lead, partner: { $in: partnerIds }, status: OfferStatus.DECLINED },
      { fields: ['partner'] },
    );
    const returned = await em.find(
      LeadEvent,
      { tenantId: lead.tenantId, lead, type: LeadEventType.LEAD_RETURNED, partner: { $in: partnerIds } },
      { fields: ['partner'] },
    );
    return [...new Set([...declined, ...returned].map((row) => row.partner!.id))];
  }

  /** When no offer of the round is pending and none was accepted, the lead becomes UNPLACED. */
  private async endRoundIfSettled(em: EntityManager, lead: Lead, round: Round, history: LeadHistory, now: Date): Promise<void> {
    await em.flush();
    const open = await em.count(Offer, { round, status: { $in: [OfferStatus.PENDING, OfferStatus.ACCEPTED] } });
    if (open > 0) return;
    round.status = RoundStatus.UNPLACED;
    round.closedAt = now;
    lead.stage = this.nextStage(lead, LeadAction.END_ROUND_UNPLACED, 'SYSTEM');
    history.record(lead, LeadEventType.LEAD_UNPLACED, await history.system(lead.tenantId), { data: { roundId: round.id } });
  }
}

/**
 * The check the endpoint's policy declares (`canOnRecord(<verb>, 'Lead' | 'Offer')`): the actor's
 * ability for the action's verb on the loaded record. A refusal says why in the table's words
 * (FORBIDDEN for a role that may never take it, INVALID_STAGE for the wrong stage); where the table
 * allows the move, the record is one the actor does not work (another rep's or colleague's lead).
 */
function authorize(actor: Actor, action: LeadAction, record: Subject, lead: Pick<Lead, 'stage'>): void {
  const verb = LEAD_LIFECYCLE[action].verb;
  if (verb && actor.ability.can(verb.action, record)) return;
  const result = transition(lead.stage, action, actor.role);
  throw result.allowed ? new PermissionDeniedError(notYoursMessage(action)) : lifecycleError(result);
}

/**
 * Refusals checked on the locked lead before the transition table's stage check, because they tell
 * the user more than "wrong stage": a lead in an open round is a CONFLICT, resolved by withdrawing it.
 */
const REFUSED_BEFORE_STAGE: Partial<Record<LeadAction, (move: Move) => Promise<void>>> = {
  [LeadAction.DISTRIBUTE]: refuseOpenRound,
};

async function refuseOpenRound({ em, lead }: Move): Promise<void> {
  if (await em.count(Round, { tenantId: lead.tenantId, lead, status: RoundStatus.OPEN })) {
    throw new ConflictError('This lead is already offered in an open round. Withdraw that round first.');
  }
}

function assertPending(offer: Pick<Offer, 'status' | 'expiresAt'>): void {
  if (offer.status === OfferStatus.CLOSED) throw new OfferTakenError();
  if (offer.status === OfferStatus.EXPIRED) throw new OfferExpiredError(offer.expiresAt);
  if (offer.status !== OfferStatus.PENDING) throw new OfferNotPendingError(offer.status);
}

/** An offer can be answered while it is pending and its deadline has not passed, marked or not. */
function assertAnswerable(offer: Pick<Offer, 'status' | 'expiresAt'>, now: Date): void {
  assertPending(offer);
  if (now.getTime() >= offer.expiresAt.getTime()) throw new OfferExpiredError(offer.expiresAt);
}
