import { Injectable } from '@nestjs/common';
import { FlushMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Clock, JobQueue, Role, TenantCache } from '@leadrelay/core';
import { Membership, User } from '@leadrelay/identity';
import { type EventActor, type Lead, LeadEvent, LeadEventType, type LeadHistory } from '@leadrelay/leads';
import { Partner, PartnerStatus } from '@leadrelay/partners';
import { LeadAction, transition } from '../lifecycle';
import { RoundBatch, openRound } from '../rounds/open-round';
import { DistributionMode } from '../rounds/round.entity';
import { CandidatePartnersService, type RankedCandidate } from './candidate-partners.service';
import { RoutingPolicy } from './routing-policy.entity';
import { RoutingAction, RoutingMode, type RoutingRule, matchingRules } from './routing-rules';
import { holdingOf } from '../holding/holding-period';

/** Why the router held a lead for a person. */
export enum HoldReason {
  CONSENT_MISSING = 'CONSENT_MISSING',
  RULE_HOLDS = 'RULE_HOLDS',
  NO_CANDIDATE = 'NO_CANDIDATE',
  NO_DIRECT_SALES = 'NO_DIRECT_SALES',
  NO_RULE = 'NO_RULE',
  /** The router opened as many rounds as the tenant allows. */
  MAX_ROUNDS = 'MAX_ROUNDS',
}

/** What routing reads of a tenant's policy (the entity, or the frozen copy remembered between requests). */
export type PolicyInForce = Readonly<Pick<RoutingPolicy, 'mode' | 'rules' | 'tiersByGrade' | 'fallbackPartnerId' | 'maxRounds'>>;

/** What the router decided, as its `lead.routed` line says it. */
export type RoutingDecision =
  | { kind: 'OFFERED'; rule: string | null; mode: DistributionMode; partnerIds: string[] }
  | { kind: 'DIRECT'; rule: string; userId: string }
  | { kind: 'HELD'; rule: string | null; reason: HoldReason };

/**
 * Routes a lead by its tenant's rules as the system, in the caller's transaction, through the
 * lifecycle table like a person's move: the first matching rule decides (EXCLUSIVE to the top
 * candidate, SHARED to the top N, DIRECT round robin, HOLD), a required rule without candidates
 * holds, an optional one passes on, the fallback decides last. Never against the lead's consent.
 * Every decision is a `lead.routed` line naming the rule, whom it chose and why; a hold also tells
 * the channel managers (`lead.escalated` with cause `routing`).
 */
@Injectable()
export class LeadRouter {
  /** The bulk intakes under way (`inBatch`), by their transaction's entity manager: the policies read (by tenant) and the rounds opened. */
  private readonly batches = new WeakMap<EntityManager, { policies: Map<string, PolicyInForce | null>; rounds: RoundBatch }>();
  /** The policy by tenant, for `TENANT_CACHE_MS` (forgotten at once when this instance saves one: `forgetPolicy`). */
  private readonly policies: TenantCache<PolicyInForce | null>;

  constructor(
    private readonly candidates: CandidatePartnersService,
    private readonly jobs: JobQueue,
    private readonly clock: Clock,
  ) {
    this.policies = new TenantCache(clock);
  }

  /** The tenant's policy was saved (or its saving failed): the next lead is routed by the policy read again. */
  forgetPolicy(tenantId: string): void {
    this.policies.forget(tenantId);
  }

  /**
   * Runs `work` (the bulk intake of new leads, in `em`'s transaction) with routing reading what it
   * needs once for all of its leads: the tenant's policy, each country's partners with their load
   * and measures (`CandidatePartnersService.inBatch`), the rounds and offers written after `work`
   * (which writes their leads) in one insert each with each distinct deadline computed once
   * (`RoundBatch`), and the rounds' jobs in one insert per queue (`JobQueue.inBatch`). Every lead
   * is routed by `route` all the same.
   */
  inBatch<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
    const rounds = new RoundBatch();
    this.batches.set(em, { policies: new Map(), rounds });
    return this.jobs
      .inBatch(em, () =>
        this.candidates.inBatch(em, async () => {
          const result = await work();
          await rounds.write(em);
          return result;
        }),
      )
      .finally(() => this.batches.delete(em));
  }

  /** After a lead became QUALIFIED: routes it when its tenant routes AUTOMATIC. */
  async routeIfAutomatic(em: EntityManager, lead: Lead, history: LeadHistory): Promise<RoutingDecision | null> {
    const policy = await this.policyOf(em, lead.tenantId);
    if (!policy || policy.mode !== RoutingMode.AUTOMATIC) return null;
    return this.route(em, lead, history, policy);
  }

  /** The tenant's routing policy: the one remembered (`TenantCache`), and one for the whole of a batch. */
  private async policyOf(em: EntityManager, tenantId: string): Promise<PolicyInForce | null> {
    const batch = this.batches.get(em)?.policies;
    if (batch?.has(tenantId)) return batch.get(tenantId)!;
    const policy = await this.policies.get(tenantId, async () => {
      const read = await em.findOne(RoutingPolicy, { tenantId });
      return read
        ? {
            mode: read.mode,
            rules: structuredClone(read.rules),
            tiersByGrade: structuredClone(read.tiersByGrade),
            fallbackPartnerId: read.fallbackPartnerId ?? null,
            maxRounds: read.maxRounds,
          }
        : null;
    });
    batch?.set(tenantId, policy);
    return policy;
  }

  async route(
    em: EntityManager,
    lead: Lead,
    history: LeadHistory,
    policy: PolicyInForce,
    round: { round: number } = { round: 1 },
  ): Promise<RoutingDecision> {
    const by = await history.system(lead.tenantId);
    if (!lead.consent.given) return this.hold(lead, history, by, null, HoldReason.CONSENT_MISSING, round);
    const list = await this.candidates.list(em, lead, policy);
    const context = { widenedTo: list.widening?.area ?? null, ...round };
    for (const rule of matchingRules(lead, policy.rules)) {
      if (rule.action === RoutingAction.HOLD) return this.hold(lead, history, by, rule.key, HoldReason.RULE_HOLDS, round);
      if (rule.action === RoutingAction.DIRECT) {
        const user = await this.nextDirectSalesUser(em, lead.tenantId, history);
        if (user) return this.routeDirect(em, lead, history, by, rule, user);
        if (rule.required) return this.hold(lead, history, by, rule.key, HoldReason.NO_DIRECT_SALES, round);
        continue;
      }
      const take = rule.action === RoutingAction.EXCLUSIVE ? 1 : rule.count!;
      const chosen = list.candidates.slice(0, take);
      if (chosen.length) {
        const mode = rule.action === RoutingAction.EXCLUSIVE ? DistributionMode.EXCLUSIVE : DistributionMode.SHARED;
        return this.offer(em, lead, history, by, rule.key, mode, chosen, context);
      }
      if (rule.required) return this.hold(lead, history, by, rule.key, HoldReason.NO_CANDIDATE, round);
    }
    if (policy.fallbackPartnerId) {
      const partner = await em.findOne(Partner, { tenantId: lead.tenantId, id: policy.fallbackPartnerId });
      if (partner?.status === PartnerStatus.ACTIVE) {
        return this.offer(em, lead, history, by, null, DistributionMode.EXCLUSIVE, [partner], context);
      }
    }
    return this.hold(lead, history, by, null, HoldReason.NO_RULE, round);
  }

  private async offer(
    em: EntityManager,
    lead: Lead,
    history: LeadHistory,
    by: EventActor,
    rule: string | null,
    mode: DistributionMode,
    chosen: (RankedCandidate | Partner)[],
    context: { widenedTo: string | null },
  ): Promise<RoutingDecision> {
    const moved = transition(lead.stage, LeadAction.DISTRIBUTE, 'SYSTEM');
    if (!moved.allowed) return this.hold(lead, history, by, rule, HoldReason.NO_RULE);
    // With their tiers as routing read them: a reference alone has none, and the tier decides the acceptance period.
    const partners = chosen.map((c) => (c instanceof Partner ? c : { id: c.partner.id, tier: c.partner.tier }));
    history.record(lead, LeadEventType.LEAD_ROUTED, by, {
      data: {
        rule,
        action: mode,
        fallback: rule === null,
        chose: chosen.map((c) =>
          c instanceof Partner
            ? { partnerId: c.id, name: c.name, why: 'FALLBACK' }
            : {
                partnerId: c.partner.id,
                name: c.partner.name,
                rank: c.share.rank,
                deficit: c.share.deficit,
                weight: c.weight.weight,
                fits: c.fits.map((f) => f.reason),
              },
        ),
        ...context,
      },
    });
    lead.stage = moved.to;
    await openRound({
      em,
      jobs: this.jobs,
      lead,
      partners,
      mode,
      history,
      by,
      // A batch's offers are made at its one instant, so their deadlines are computed once per tier.
      now: history.batchInstant ?? this.clock.now(),
      openedByUserId: null,
      batch: this.batches.get(em)?.rounds,
    });
    this.candidates.noteOffered(
      em,
      partners.map((p) => p.id),
    );
    holdingOf(lead).end();
    lead.pendingFollowUp = null;
    return { kind: 'OFFERED', rule, mode, partnerIds: partners.map((p) => p.id) };
  }

  private async routeDirect(
    em: EntityManager,
    lead: Lead,
    history: LeadHistory,
    by: EventActor,
    rule: RoutingRule,
    user: User,
  ): Promise<RoutingDecision> {
    const moved = transition(lead.stage, LeadAction.ROUTE_DIRECT, 'SYSTEM');
    if (!moved.allowed) return this.hold(lead, history, by, rule.key, HoldReason.NO_RULE);
    lead.stage = moved.to;
    holdingOf(lead).assignTo(em.getReference(User, user.id, { wrapped: true }));
    history.record(lead, LeadEventType.LEAD_ROUTED, by, {
      data: { rule: rule.key, action: RoutingAction.DIRECT, userId: user.id, to: user.name },
    });
    history.record(lead, LeadEventType.LEAD_ROUTED_DIRECT, by, { data: { to: user.name, userId: user.id } });
    return { kind: 'DIRECT', rule: rule.key, userId: user.id };
  }

  /** Leaves the lead for a person and tells the channel managers. */
  hold(
    lead: Lead,
    history: LeadHistory,
    by: EventActor,
    rule: string | null,
    reason: HoldReason,
    context: Record<string, unknown> = {},
  ): RoutingDecision {
    history.record(lead, LeadEventType.LEAD_ROUTED, by, { data: { rule, action: RoutingAction.HOLD, reason, ...context } });
    history.record(lead, LeadEventType.LEAD_ESCALATED, by, { data: { cause: 'routing', reason, rule } });
    return { kind: 'HELD', rule, reason };
  }

  /** Round robin: the DIRECT_SALES member after the one the router gave the last lead to, in a fixed order. */
  private async nextDirectSalesUser(em: EntityManager, tenantId: string, history: LeadHistory): Promise<User | null> {
    // COMMIT: neither read needs the lead being routed, which waits for the caller's flush (an
    // automatic flush here would insert a new lead early and update it again at the commit).
    const members = await em.find(
      Membership,
      { tenantId, role: Role.DIRECT_SALES },
      { populate: ['user'], orderBy: { user: { id: 'asc' } }, flushMode: FlushMode.COMMIT },
    );
    if (members.length === 0) return null;
    // The router's own last direct route of this transaction first: a bulk intake's lines are
    // written only at its end (LeadHistory.forBatch).
    const routedHere = history.recorded.findLast(
      (e) => e.tenantId === tenantId && e.type === LeadEventType.LEAD_ROUTED && e.data.action === RoutingAction.DIRECT,
    );
    const last = routedHere
      ? null
      : await em.findOne(
          LeadEvent,
          { tenantId, type: LeadEventType.LEAD_ROUTED_DIRECT, actorUserId: null },
          { orderBy: { occurredAt: 'desc', position: 'desc' }, fields: ['data'], flushMode: FlushMode.COMMIT },
        );
    const lastId = routedHere ? (routedHere.data.userId as string) : (last?.data as { userId?: string } | null)?.userId;
    const index = members.findIndex((m) => m.user.id === lastId);
    return members[(index + 1) % members.length]!.user.getEntity();
  }
}
