import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, type GraphQLContext, IdArgs, Policy } from '@leadrelay/core';
import { CreateReasonCodeInput, ReasonCodeModel, ReasonCodesArgs, UpdateReasonCodeInput } from './reason-code.model';
import { ReasonCodeService } from './reason-code.service';

@Resolver(() => ReasonCodeModel)
export class ReasonCodeResolver {
  constructor(private readonly reasonCodeService: ReasonCodeService) {}

  @ResolveField(() => String, { description: "The label in the viewer's language." })
  async label(
    @Parent() code: ReasonCodeModel,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLContext,
  ): Promise<string> {
    const locale = await this.reasonCodeService.viewerLocale(actor, context);
    return code.labels.find((label) => label.locale === locale)?.text ?? code.labels[0]!.text;
  }

  @Query(() => [ReasonCodeModel], { description: "The tenant's reason codes, optionally of one kind." })
  @Policy.can('read', 'ReasonCode')
  reasonCodes(@CurrentActor() actor: Actor, @Args() { kind, includeRetired }: ReasonCodesArgs): Promise<ReasonCodeModel[]> {
    return this.reasonCodeService.list(actor, kind, includeRetired);
  }

  @Mutation(() => ReasonCodeModel, { description: "Adds a reason code to the tenant's catalogue (vendor admins)." })
  @Policy.can('create', 'ReasonCode')
  createReasonCode(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The new reason code.' }) input: CreateReasonCodeInput,
  ): Promise<ReasonCodeModel> {
    return this.reasonCodeService.create(actor, input);
  }

  @Mutation(() => ReasonCodeModel, {
    description: 'Changes the labels, comment rule or follow-up of a reason code (vendor admins).',
  })
  @Policy.canOnRecord('update', 'ReasonCode')
  updateReasonCode(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The reason code and the fields to change.' }) input: UpdateReasonCodeInput,
  ): Promise<ReasonCodeModel> {
    return this.reasonCodeService.update(actor, input);
  }

  @Mutation(() => ReasonCodeModel, { description: 'Retires a code: it can no longer be chosen, and old events keep it.' })
  @Policy.canOnRecord('update', 'ReasonCode')
  retireReasonCode(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<ReasonCodeModel> {
    return this.reasonCodeService.retire(actor, id);
  }
}
