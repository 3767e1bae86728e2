import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, IdArgs, Policy } from '@leadrelay/core';
import { PartnerConnection, PartnerModel } from './partner.model';
import { CreatePartnerInput, PartnersArgs, UpdatePartnerInput } from './partner.inputs';
import { PartnerService } from './partner.service';

@Resolver(() => PartnerModel)
export class PartnerResolver {
  constructor(private readonly partnerService: PartnerService) {}

  @Query(() => PartnerConnection, { description: "The tenant's partners; a partner user sees only its own." })
  @Policy.can('read', 'Partner')
  partners(@CurrentActor() actor: Actor, @Args() args: PartnersArgs): Promise<PartnerConnection> {
    return this.partnerService.list(actor, args);
  }

  @Query(() => PartnerModel, { description: 'One partner; a partner user finds only its own (NOT_FOUND otherwise).' })
  @Policy.canOnRecord('read', 'Partner')
  partner(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<PartnerModel> {
    return this.partnerService.get(actor, id);
  }

  @Mutation(() => PartnerModel, { description: 'Adds a partner organisation to the tenant (vendor admins).' })
  @Policy.can('create', 'Partner')
  createPartner(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new partner.' }) input: CreatePartnerInput,
  ): Promise<PartnerModel> {
    return this.partnerService.create(actor, input);
  }

  @Mutation(() => PartnerModel, { description: 'Changes a partner; set status PAUSED to pause it, ENDED to end it.' })
  @Policy.canOnRecord('update', 'Partner')
  updatePartner(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The partner and the fields to change.' }) input: UpdatePartnerInput,
  ): Promise<PartnerModel> {
    return this.partnerService.update(actor, input);
  }
}
