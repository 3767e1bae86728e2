import { Args, Context, Info, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import {
  type Actor,
  Clock,
  CurrentActor,
  type GraphQLContext,
  IdArgs,
  Policy,
  requestLoader,
  selectedFields,
} from '@leadrelay/core';
import { LeadEventModel, LeadService } from '@leadrelay/leads';
import { LeadLifecycleService } from '../lead-lifecycle.service';
import { OfferMove, allowedOfferMoves } from '../lifecycle';
import { OfferStatus } from './offer.entity';
import { DeclineOfferInput } from '../lifecycle.inputs';
import { OffersArgs } from './offer.args';
import { OfferConnection, OfferModel } from './offer.model';
import { OfferService } from './offer.service';

@Resolver(() => OfferModel)
export class OfferResolver {
  constructor(
    private readonly offerService: OfferService,
    private readonly lifecycle: LeadLifecycleService,
    private readonly leadService: LeadService,
    private readonly clock: Clock,
  ) {}

  @Query(() => OfferConnection, {
    description: "A partner user: its partner's offers. A vendor user: every offer of the tenant.",
  })
  @Policy.can('read', 'Offer')
  offers(@CurrentActor() actor: Actor, @Args() args: OffersArgs, @Info() info: GraphQLResolveInfo): Promise<OfferConnection> {
    return this.offerService.list(actor, args, {
      nodeFields: selectedFields(info, 'nodes'),
      totalCount: selectedFields(info).has('totalCount'),
    });
  }

  @Mutation(() => OfferModel, {
    description:
      'Accepts an offer: the first accept wins. Errors: OFFER_EXPIRED, OFFER_TAKEN (another partner was first), OFFER_NOT_PENDING.',
  })
  @Policy.canOnRecord('accept', 'Offer')
  acceptOffer(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<OfferModel> {
    return this.lifecycle.acceptOffer(actor, id);
  }

  @Mutation(() => OfferModel, { description: 'Declines an offer with a DECLINE reason code.' })
  @Policy.canOnRecord('decline', 'Offer')
  declineOffer(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The offer and the DECLINE reason.' }) input: DeclineOfferInput,
  ): Promise<OfferModel> {
    return this.lifecycle.declineOffer(actor, input);
  }

  @Mutation(() => OfferModel, { description: 'The vendor pulls one pending offer back.' })
  @Policy.canOnRecord('withdraw', 'Offer')
  withdrawOffer(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<OfferModel> {
    return this.lifecycle.withdrawOffer(actor, id);
  }

  @ResolveField(() => [LeadEventModel], {
    description: "The lead's history as the viewer may see it: a partner only the lines of its own offers and holding period.",
  })
  history(
    @Parent() offer: OfferModel,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLContext,
  ): Promise<LeadEventModel[]> {
    return requestLoader(context, 'lead.events', (ids) => this.leadService.eventsOf(actor, ids), [] as LeadEventModel[]).load(
      offer.leadId,
    );
  }

  @ResolveField(() => [OfferMove], {
    description:
      'What you may do with this offer now (the mutations that will work): ACCEPT and DECLINE for the partner while it is pending and before its deadline, WITHDRAW for the channel manager. Show exactly these buttons.',
  })
  allowedActions(@Parent() offer: OfferModel, @CurrentActor() actor: Actor): OfferMove[] {
    return allowedOfferMoves(
      actor,
      {
        tenantId: offer.tenantId,
        partnerId: offer.partner.id,
        pending: offer.status === OfferStatus.PENDING,
        expiresAt: offer.expiresAt,
      },
      offer.leadStage,
      this.clock.now(),
    );
  }
}
