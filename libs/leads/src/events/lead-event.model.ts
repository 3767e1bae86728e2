import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { NamedRefModel } from '../lead.model';
import { ReasonCodeModel } from '../reason-codes/reason-code.model';

/** One line of a lead's history. */
@ObjectType('LeadEvent', {
  description:
    "One line of a lead's history: an immutable step (who, when, what, why). Partners see only the lines of their own offers and holding periods.",
})
export class LeadEventModel {
  @Field(() => ID, { description: "The line's id." }) id!: string;

  @Field({ description: 'lead.created, offer.accepted, lead.won, ... (the names of the domain notes and webhooks).' })
  type!: string;

  @Field({ description: 'When the step happened.' }) occurredAt!: Date;
  @Field({ description: 'Who acted, as they were named then; LeadRelay for automatic steps.' }) actorName!: string;
  @Field({ description: "The actor's organisation: the vendor or their own partner." }) actorOrganisation!: string;
  @Field(() => NamedRefModel, {
    nullable: true,
    description: 'The partner the line concerns (its offer, its expiry, its holding period, its result), if any.',
  })
  partner!: NamedRefModel | null;
  @Field(() => ReasonCodeModel, {
    nullable: true,
    description: 'The reason given, for declines, returns, losses and disqualifications.',
  })
  reasonCode!: ReasonCodeModel | null;
  @Field(() => String, { nullable: true, description: 'The comment given with the step.' }) comment!: string | null;
  @Field(() => GraphQLJSONObject, { description: 'The facts of the step: stage, deadline, amount, ...' })
  data!: Record<string, unknown>;
}
