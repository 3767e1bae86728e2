import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Clock, TenantContext } from '@leadrelay/core';
import { Lead, LeadEventSink, LeadHistory, LeadStage, ReasonFollowUp } from '@leadrelay/leads';
import { Round } from '../rounds/round.entity';
import { HoldReason, LeadRouter, type RoutingDecision } from './lead-router';
import { RoutingPolicy } from './routing-policy.entity';
import { RoutingMode } from './routing-rules';

/** Whether the router held the lead for MAX_ROUNDS after `rounds` rounds already. */
async function heldAfterRounds(em: EntityManager, leadId: string, rounds: number): Promise<boolean> {
  const [row] = await em.execute<{ held: boolean }[]>(
    `select exists (
       select 1 from lead_event e
        where e.lead_id = ? and e.type = 'lead.routed' and e.data->>'reason' = ? and (e.data->>'rounds')::int = ?
     ) as held`,
    [leadId, HoldReason.MAX_ROUNDS, rounds],
  );
  return row!.held;
}

/**
 * The router's next round, by the worker (queue `lead-reoffer`): a lead whose round ended
 * UNPLACED, or that a partner returned with a RE_OFFER reason, is routed again to the next
 * candidates (those that declined, returned or let an offer expire are left out) in AUTOMATIC
 * mode, until the tenant's maximum of rounds; then it is held and the channel managers are told.
 */
@Injectable()
export class LeadReofferService {
  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
    private readonly router: LeadRouter,
    private readonly outbox: LeadEventSink,
  ) {}

  run(tenantId: string, leadId: string): Promise<RoutingDecision | null> {
    return this.tenants.run(tenantId, async (em) => {
      const policy = await em.findOne(RoutingPolicy, { tenantId });
      if (!policy || policy.mode !== RoutingMode.AUTOMATIC) return null;
      const lead = await em.findOne(Lead, { tenantId, id: leadId }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
      const waiting =
        lead?.stage === LeadStage.UNPLACED ||
        (lead?.stage === LeadStage.RETURNED && lead.pendingFollowUp === ReasonFollowUp.RE_OFFER);
      if (!lead || !waiting) return null;
      const history = new LeadHistory(em, this.clock);
      const rounds = await em.count(Round, { tenantId, lead });
      // A job run again (retried, or written twice) finds the lead held already after its last round: nothing more to say.
      if (rounds >= policy.maxRounds && (await heldAfterRounds(em, leadId, rounds))) return null;
      const decision =
        rounds >= policy.maxRounds
          ? this.router.hold(lead, history, await history.system(tenantId), null, HoldReason.MAX_ROUNDS, { rounds })
          : await this.router.route(em, lead, history, policy, { round: rounds + 1 });
      await em.flush();
      await this.outbox.publish(em, tenantId, history.recorded);
      return decision;
    });
  }
}
