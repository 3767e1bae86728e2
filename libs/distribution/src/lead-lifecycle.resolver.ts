import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, IdArgs, Policy } from '@leadrelay/core';
import { LeadModel } from '@leadrelay/leads';
import { LeadLifecycleService } from './lead-lifecycle.service';
import {
  AssignLeadInput,
  CloseLeadLostInput,
  CloseLeadWonInput,
  DisqualifyLeadInput,
  DistributeLeadInput,
  NurtureLeadInput,
  QualifyLeadInput,
  RecordProgressInput,
  ReturnLeadInput,
  RouteDirectInput,
} from './lifecycle.inputs';

/**
 * The lead's moves. Each declares the lifecycle verb it checks; who may take which verb is derived
 * from the transition table (lifecycle/lead-lifecycle.ts, lifecycle.abilities.ts) and checked by
 * the service on the locked lead, hence record policies.
 */
@Resolver(() => LeadModel)
export class LeadLifecycleResolver {
  constructor(private readonly lifecycle: LeadLifecycleService) {}

  @Mutation(() => LeadModel, { description: 'NEW or NURTURING -> QUALIFIED, with score and grade.' })
  @Policy.canOnRecord('qualify', 'Lead')
  qualifyLead(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The lead, its score and its grade.' }) input: QualifyLeadInput,
  ): Promise<LeadModel> {
    return this.lifecycle.qualify(actor, input);
  }

  @Mutation(() => LeadModel, { description: '-> DISQUALIFIED with a DISQUALIFY reason code.' })
  @Policy.canOnRecord('disqualify', 'Lead')
  disqualifyLead(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The lead and the DISQUALIFY reason.' }) input: DisqualifyLeadInput,
  ): Promise<LeadModel> {
    return this.lifecycle.disqualify(actor, input);
  }

  @Mutation(() => LeadModel, {
    description: 'NEW, LOST, QUALIFIED, RETURNED or UNPLACED -> NURTURING: marketing takes the lead.',
  })
  @Policy.canOnRecord('nurture', 'Lead')
  nurtureLead(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The lead, and a note for marketing.' }) input: NurtureLeadInput,
  ): Promise<LeadModel> {
    return this.lifecycle.nurture(actor, input);
  }

  @Mutation(() => LeadModel, { description: '-> DIRECT: worked by a direct-sales user instead of a partner.' })
  @Policy.canOnRecord('routeDirect', 'Lead')
  routeDirect(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The lead and the DIRECT_SALES user who works it.' }) input: RouteDirectInput,
  ): Promise<LeadModel> {
    return this.lifecycle.routeDirect(actor, input);
  }

  @Mutation(() => LeadModel, {
    description:
      'Offers a QUALIFIED, RETURNED or UNPLACED lead to partners in a new round. Errors: CONSENT_MISSING, PARTNER_EXCLUDED, PARTNER_NOT_ACTIVE, NOT_FOUND, CONFLICT (a round is open).',
  })
  @Policy.canOnRecord('distribute', 'Lead')
  distributeLead(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The lead, the partners, the mode and the deadline of the round.' }) input: DistributeLeadInput,
  ): Promise<LeadModel> {
    return this.lifecycle.distribute(actor, input);
  }

  @Mutation(() => LeadModel, { description: "Withdraws a round's pending offers; the lead becomes UNPLACED." })
  @Policy.canOnRecord('withdraw', 'Lead')
  withdrawRound(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<LeadModel> {
    return this.lifecycle.withdrawRound(actor, id);
  }

  @Mutation(() => LeadModel, { description: 'A partner admin gives the lead to one of its people.' })
  @Policy.canOnRecord('assign', 'Lead')
  assignLead(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The lead and the rep.' }) input: AssignLeadInput,
  ): Promise<LeadModel> {
    return this.lifecycle.assign(actor, input);
  }

  @Mutation(() => LeadModel, {
    description: 'Records a step (CONTACTED, MEETING, PROPOSAL, NEGOTIATION); the lead is IN_PROGRESS.',
  })
  @Policy.canOnRecord('progress', 'Lead')
  recordProgress(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The lead, the step reached and the next step planned.' }) input: RecordProgressInput,
  ): Promise<LeadModel> {
    return this.lifecycle.recordProgress(actor, input);
  }

  @Mutation(() => LeadModel, {
    description: 'Hands the lead back with a RETURN reason code; the contact data is no longer yours.',
  })
  @Policy.canOnRecord('return', 'Lead')
  returnLead(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The lead and the RETURN reason.' }) input: ReturnLeadInput,
  ): Promise<LeadModel> {
    return this.lifecycle.returnLead(actor, input);
  }

  @Mutation(() => LeadModel, { description: 'Closes the lead WON with the deal value.' })
  @Policy.canOnRecord('closeWon', 'Lead')
  closeLeadWon(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The lead and the deal.' }) input: CloseLeadWonInput,
  ): Promise<LeadModel> {
    return this.lifecycle.closeWon(actor, input);
  }

  @Mutation(() => LeadModel, {
    description:
      'Closes the lead LOST with a LOST reason code; it waits for marketing, who take it to nurturing with nurtureLead.',
  })
  @Policy.canOnRecord('closeLost', 'Lead')
  closeLeadLost(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The lead, the LOST reason and who won instead.' }) input: CloseLeadLostInput,
  ): Promise<LeadModel> {
    return this.lifecycle.closeLost(actor, input);
  }
}
