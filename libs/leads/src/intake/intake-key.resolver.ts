import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, IdArgs, Policy } from '@leadrelay/core';
import { CreateIntakeKeyInput, CreatedIntakeKeyModel, IntakeKeyModel } from './intake-key.model';
import { IntakeKeyService } from './intake-key.service';

@Resolver(() => IntakeKeyModel)
export class IntakeKeyResolver {
  constructor(private readonly intakeKeyService: IntakeKeyService) {}

  @Query(() => [IntakeKeyModel], { description: "The tenant's intake keys, revoked ones included (vendor admins)." })
  @Policy.can('read', 'IntakeKey')
  intakeKeys(@CurrentActor() actor: Actor): Promise<IntakeKeyModel[]> {
    return this.intakeKeyService.list(actor);
  }

  @Mutation(() => CreatedIntakeKeyModel, {
    description: 'A key for POST /intake/leads. The secret is shown only in this answer.',
  })
  @Policy.can('create', 'IntakeKey')
  createIntakeKey(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'What the key is for and the source its leads get.' }) input: CreateIntakeKeyInput,
  ): Promise<CreatedIntakeKeyModel> {
    return this.intakeKeyService.create(actor, input);
  }

  @Mutation(() => IntakeKeyModel, { description: 'The key stops working at once.' })
  @Policy.canOnRecord('update', 'IntakeKey')
  revokeIntakeKey(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<IntakeKeyModel> {
    return this.intakeKeyService.revoke(actor, id);
  }
}
