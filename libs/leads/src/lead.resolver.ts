import { Args, Context, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  type Actor,
  CurrentActor,
  type GraphQLContext,
  IdArgs,
  Policy,
  isPartnerRole,
  requestLoader,
  selectedFields,
} from '@leadrelay/core';
import { LeadEventModel } from './events/lead-event.model';
import { CreateLeadInput, LeadsArgs, UpdateLeadInput } from './lead.inputs';
import { DuplicateMatchModel, LeadConnection, LeadModel } from './lead.model';
import { LeadService } from './lead.service';

@Resolver(() => LeadModel)
export class LeadResolver {
  constructor(private readonly leadService: LeadService) {}

  @Query(() => LeadConnection, {
    description:
      'Vendor users: all leads of the tenant. Partner admins: the leads their partner holds; sales reps: those assigned to them.',
  })
  @Policy.can('read', 'Lead')
  leads(@CurrentActor() actor: Actor, @Args() args: LeadsArgs, @Info() info: GraphQLResolveInfo): Promise<LeadConnection> {
    const selected = selectedFields(info);
    return this.leadService.list(actor, args, selected.has('totalCount') || selected.has('totalCountExact'));
  }

  @Query(() => LeadModel, {
    description: 'One lead, contact data included: for vendor users, and for the partner that holds it (NOT_FOUND otherwise).',
  })
  @Policy.canOnRecord('read', 'Lead')
  async lead(
    @CurrentActor() actor: Actor,
    @Args() { id }: IdArgs,
    @Info() info: GraphQLResolveInfo,
    @Context() context: GraphQLContext,
  ): Promise<LeadModel> {
    if (!selectedFields(info).has('events')) return this.leadService.get(actor, id);
    // The lead and its history in one transaction; `events` below then finds them in the loader.
    const { lead, events } = await this.leadService.getWithEvents(actor, id);
    this.eventsLoader(actor, context).prime(lead.id, events);
    return lead;
  }

  @Mutation(() => LeadModel, {
    description: 'Brings a lead in by hand (vendor users); it starts NEW, checked for duplicates and existing customers.',
  })
  @Policy.can('create', 'Lead')
  createLead(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The lead.' }) input: CreateLeadInput,
  ): Promise<LeadModel> {
    return this.leadService.create(actor, input);
  }

  @Mutation(() => LeadModel, { description: 'Changes the lead data; needs the version you read (CONFLICT if it is stale).' })
  @Policy.canOnRecord('update', 'Lead')
  updateLead(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The lead, the version you read, and the parts to replace.' }) input: UpdateLeadInput,
  ): Promise<LeadModel> {
    return this.leadService.update(actor, input);
  }

  @ResolveField(() => [LeadEventModel], {
    description: "The lead's history. A partner sees only the lines of its own offers and holding period.",
  })
  events(@Parent() lead: LeadModel, @CurrentActor() actor: Actor, @Context() context: GraphQLContext): Promise<LeadEventModel[]> {
    return this.eventsLoader(actor, context).load(lead.id);
  }

  private eventsLoader(actor: Actor, context: GraphQLContext) {
    return requestLoader(context, 'lead.events', (ids) => this.leadService.eventsOf(actor, ids), [] as LeadEventModel[]);
  }

  @ResolveField(() => [DuplicateMatchModel], {
    description:
      'Other leads of the tenant with the same e-mail, web domain or company name (vendor users only; empty for partners).',
  })
  duplicates(
    @Parent() lead: LeadModel,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLContext,
  ): Promise<DuplicateMatchModel[]> {
    if (isPartnerRole(actor.role)) return Promise.resolve([]);
    return requestLoader(
      context,
      'lead.duplicates',
      (ids) => this.leadService.duplicatesOf(actor, ids),
      [] as DuplicateMatchModel[],
    ).load(lead.id);
  }
}
