import { Injectable } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { type Actor, Clock, CurrentActor, PageArgs, Policy, TenantContext, paginate } from '@leadrelay/core';
import { LEAD_POPULATE, Lead, LeadConnection, LeadModel, LeadStage } from '@leadrelay/leads';

/** Accepted leads whose holder has recorded no progress by the escalation deadline, oldest first. */
@Injectable()
export class StaleLeadService {
  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
  ) {}

  /** Counted exactly: the stale leads are few, and counting them reads an index of them alone. */
  async list(actor: Actor, args: PageArgs): Promise<LeadConnection> {
    const page = await this.tenants.run(actor, (em) =>
      paginate(
        em,
        Lead,
        args,
        {
          where: { tenantId: actor.tenantId, stage: LeadStage.ACCEPTED, escalationDueAt: { $lte: this.clock.now() } },
          orderBy: { escalationDueAt: 'asc', id: 'asc' },
          populate: LEAD_POPULATE,
        },
        LeadModel.from,
      ),
    );
    return { ...page, totalCountExact: true };
  }
}

@Resolver(() => LeadModel)
export class StaleLeadResolver {
  constructor(private readonly staleLeadService: StaleLeadService) {}

  @Query(() => LeadConnection, {
    description: 'Accepted leads with no progress by the escalation deadline (vendor users): nothing lies forgotten.',
  })
  @Policy.can('read', 'Escalation')
  staleLeads(@CurrentActor() actor: Actor, @Args() args: PageArgs): Promise<LeadConnection> {
    return this.staleLeadService.list(actor, args);
  }
}
