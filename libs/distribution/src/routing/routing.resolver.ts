import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, IdArgs, Policy, isPartnerRole } from '@leadrelay/core';
import { PartnerModel } from '@leadrelay/partners';
import { CandidatePartnersModel, RoutingWeightModel } from './candidate-partners.model';
import { PartnerAbsenceModel, RoutingPolicyModel } from './routing-policy.model';
import {
  CandidatePartnersArgs,
  PartnerAbsencesArgs,
  SchedulePartnerAbsenceInput,
  UpdateRoutingPolicyInput,
} from './routing.inputs';
import { RoutingService } from './routing.service';

@Resolver(() => CandidatePartnersModel)
export class RoutingResolver {
  constructor(private readonly routing: RoutingService) {}

  @Query(() => CandidatePartnersModel, {
    description:
      'The partners a lead can be offered to, ranked by fair share, each with why it fits and why it ranks there, and those left out with why (vendor users who may distribute it).',
  })
  @Policy.canOnRecord('distribute', 'Lead')
  candidatePartners(
    @CurrentActor() actor: Actor,
    @Args() { leadId, language }: CandidatePartnersArgs,
  ): Promise<CandidatePartnersModel> {
    return this.routing.candidatePartners(actor, leadId, language);
  }

  @Query(() => RoutingPolicyModel, { description: "The tenant's routing policy (vendor users)." })
  @Policy.can('read', 'RoutingPolicy')
  routingPolicy(@CurrentActor() actor: Actor): Promise<RoutingPolicyModel> {
    return this.routing.policy(actor);
  }

  @Mutation(() => RoutingPolicyModel, { description: "Changes the tenant's routing policy (vendor admin)." })
  @Policy.can('update', 'RoutingPolicy')
  updateRoutingPolicy(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'What to change.' }) input: UpdateRoutingPolicyInput,
  ): Promise<RoutingPolicyModel> {
    return this.routing.updatePolicy(actor, input);
  }

  @Query(() => [PartnerAbsenceModel], {
    description: "A partner's absences not yet over (vendor users; a partner's users: their own).",
  })
  @Policy.can('read', 'PartnerAbsence')
  partnerAbsences(@CurrentActor() actor: Actor, @Args() { partnerId }: PartnerAbsencesArgs): Promise<PartnerAbsenceModel[]> {
    return this.routing.absences(actor, partnerId);
  }

  @Mutation(() => PartnerAbsenceModel, {
    description:
      'Sets a time in which the partner gets no offers (partner admin for its own partner, vendor admin, channel manager).',
  })
  @Policy.canOnRecord('create', 'PartnerAbsence')
  schedulePartnerAbsence(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The partner, from and until when.' }) input: SchedulePartnerAbsenceInput,
  ): Promise<PartnerAbsenceModel> {
    return this.routing.scheduleAbsence(actor, input);
  }

  @Mutation(() => PartnerAbsenceModel, { description: 'Removes an absence; the partner gets offers again at once.' })
  @Policy.canOnRecord('delete', 'PartnerAbsence')
  cancelPartnerAbsence(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<PartnerAbsenceModel> {
    return this.routing.cancelAbsence(actor, id);
  }
}

/** The weight in force for each partner, readable by vendor users. */
@Resolver(() => PartnerModel)
export class PartnerRoutingWeightResolver {
  constructor(private readonly routing: RoutingService) {}

  @ResolveField(() => RoutingWeightModel, {
    nullable: true,
    description:
      'The weight its fair share of leads is measured by now: tier times performance (vendor users; null for partners).',
  })
  routingWeight(@Parent() partner: PartnerModel, @CurrentActor() actor: Actor): Promise<RoutingWeightModel> | null {
    if (isPartnerRole(actor.role)) return null;
    return this.routing.weightOf(actor, partner);
  }
}
