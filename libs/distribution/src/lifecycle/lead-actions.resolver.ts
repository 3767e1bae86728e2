import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor } from '@leadrelay/core';
import { LeadModel } from '@leadrelay/leads';
import { LeadMove, allowedLeadMoves } from './allowed-actions';

/** `Lead.allowedActions`: the lifecycle's answer, beside the lead the leads lib resolves. */
@Resolver(() => LeadModel)
export class LeadActionsResolver {
  @ResolveField(() => [LeadMove], {
    description:
      'What you may do with this lead now (the mutations that will work for you in its stage): show exactly these buttons.',
  })
  allowedActions(@Parent() lead: LeadModel, @CurrentActor() actor: Actor): LeadMove[] {
    return allowedLeadMoves(actor, {
      tenantId: lead.tenantId,
      holdingPartnerId: lead.holdingPartner?.id ?? null,
      ownerId: lead.owner?.id ?? null,
      stage: lead.stage,
    });
  }
}
