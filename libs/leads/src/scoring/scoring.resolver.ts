import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import {
  type Actor,
  CurrentActor,
  type GraphQLContext,
  type Locale,
  Policy,
  isPartnerRole,
  requestLoader,
} from '@leadrelay/core';
import { LeadModel } from '../lead.model';
import { ScoreExplanationModel, ScoringModelModel } from './scoring-model.model';
import { RecordEngagementInput, ScoreExplanationArgs, ScoringModelArgs, UpdateScoringModelInput } from './scoring.inputs';
import { ScoringService, explainScore } from './scoring.service';

@Resolver(() => ScoringModelModel)
export class ScoringModelResolver {
  constructor(private readonly scoring: ScoringService) {}

  @Query(() => ScoringModelModel, {
    description: "The tenant's scoring model in force, or a version saved before (vendor users).",
  })
  @Policy.can('read', 'ScoringModel')
  scoringModel(@CurrentActor() actor: Actor, @Args() { version }: ScoringModelArgs): Promise<ScoringModelModel> {
    return this.scoring.model(actor, version);
  }

  @Mutation(() => ScoringModelModel, {
    description:
      'Saves the scoring model as its next version (vendor admin). Leads are re-scored by it when their data changes or an engagement is recorded.',
  })
  @Policy.can('update', 'ScoringModel')
  updateScoringModel(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The whole model, as it should be from now on.' }) input: UpdateScoringModelInput,
  ): Promise<ScoringModelModel> {
    return this.scoring.update(actor, input);
  }

  @Mutation(() => LeadModel, {
    description:
      "Records something the lead's contact did (newsletter click, page visit, webinar, download) and re-scores the lead.",
  })
  @Policy.canOnRecord('update', 'Lead')
  recordEngagement(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The lead, what its contact did and when.' }) input: RecordEngagementInput,
  ): Promise<LeadModel> {
    return this.scoring.recordEngagement(actor, input);
  }
}

/** The explanation of a lead's score: for vendor users; partners see grade and cell, never the rules. */
@Resolver(() => LeadModel)
export class LeadScoreExplanationResolver {
  constructor(private readonly scoring: ScoringService) {}

  @ResolveField(() => ScoreExplanationModel, {
    nullable: true,
    description:
      "Every rule that fired, with its points, per axis, in the viewer's language (vendor users; null for partners and for a lead not scored).",
  })
  async scoreExplanation(
    @Parent() lead: LeadModel,
    @CurrentActor() actor: Actor,
    @Context() context: GraphQLContext,
    @Args() { language }: ScoreExplanationArgs,
  ): Promise<ScoreExplanationModel | null> {
    if (isPartnerRole(actor.role) || !lead.scoring) return null;
    const locale: Locale =
      language ??
      (await requestLoader(
        context,
        'viewer.language',
        async () => new Map([[actor.userId, await this.scoring.languageOf(actor)]]),
        undefined as Locale | undefined,
      ).load(actor.userId))!;
    return explainScore(lead.scoring, locale);
  }
}
