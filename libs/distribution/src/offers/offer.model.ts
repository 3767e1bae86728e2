import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type Actor, Connection } from '@leadrelay/core';
import {
  EmployeeBand,
  type Lead,
  type LeadTeaser,
  LeadModel,
  LeadStage,
  LeadSource,
  NamedRefModel,
  ReasonCodeModel,
  RequestType,
  teaserOf,
} from '@leadrelay/leads';
import { DistributionMode } from '../rounds/round.entity';
import { type Offer, OfferStatus } from './offer.entity';

registerEnumType(OfferStatus, {
  name: 'OfferStatus',
  description: 'Where an offer stands: PENDING, then exactly one of the others.',
  valuesMap: {
    PENDING: { description: "Waiting for the partner's answer until its deadline." },
    ACCEPTED: { description: 'The partner accepted: it holds the lead.' },
    DECLINED: { description: 'The partner declined, with a DECLINE reason code.' },
    EXPIRED: { description: 'The deadline passed without an answer.' },
    WITHDRAWN: { description: 'The vendor pulled the offer back.' },
    CLOSED: { description: 'Another partner accepted first in the shared round.' },
  },
});
registerEnumType(DistributionMode, {
  name: 'DistributionMode',
  description: 'EXCLUSIVE: to one partner. SHARED: to several at once; the first to accept wins.',
  valuesMap: {
    EXCLUSIVE: { description: 'Offered to one partner.' },
    SHARED: { description: 'Offered to several partners at once; the first to accept wins, the other offers close.' },
  },
});

/** The lead's teaser (`LeadTeaser` in leads' lead-teaser.ts) as a GraphQL type. */
@ObjectType('OfferTeaser', {
  description: 'What a partner sees of a lead before it accepts: never the contact person nor the exact address.',
})
export class TeaserModel implements LeadTeaser {
  @Field(() => EmployeeBand, { nullable: true, description: 'How many people the company employs.' })
  companySize!: EmployeeBand | null;
  @Field(() => String, { nullable: true, description: "The company's industry." }) industry!: string | null;
  @Field({ description: "The company's country, ISO 3166-1 alpha-2." }) country!: string;
  @Field(() => String, { nullable: true, description: 'The first two characters of the postal code, e.g. "20".' })
  postalArea!: string | null;
  @Field(() => String, { nullable: true, description: "The company's city." }) city!: string | null;
  @Field(() => String, { nullable: true, description: 'The product line asked about.' }) productLine!: string | null;
  @Field(() => RequestType, { description: 'What kind of request it was.' }) requestType!: RequestType;
  @Field(() => String, { nullable: true, description: 'When the lead plans to buy, as given.' }) timeframe!: string | null;
  @Field(() => Float, { nullable: true, description: "The budget the lead named, in the tenant's currency." }) budget!:
    number | null;
  @Field(() => Int, { nullable: true, description: 'The qualification score, 0 to 100.' }) score!: number | null;
  @Field(() => String, { nullable: true, description: 'The qualification grade, A (best) to D.' }) grade!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The lead's cell in the fit/engagement matrix, e.g. A1 (grade A-D, engagement 1-3); never the rules behind it.",
  })
  cell!: string | null;
  @Field(() => LeadSource, { description: 'Where the lead came from.' }) source!: LeadSource;

  /** The one teaser rule (leads' lead-teaser.ts), as GraphQL serves it. */
  static from(lead: Lead): TeaserModel {
    return teaserOf(lead);
  }
}

@ObjectType('Offer', {
  description:
    'A lead offered to one partner in one round, with an acceptance deadline. A partner sees only the offers made to it.',
})
export class OfferModel {
  @Field(() => ID, { description: "The offer's id." }) id!: string;
  @Field(() => ID, { description: 'The lead offered.' }) leadId!: string;
  @Field(() => ID, { description: 'The round the offer belongs to (pass to withdrawRound).' }) roundId!: string;
  @Field(() => DistributionMode, { description: 'Whether the round went to this partner alone or to several.' })
  mode!: DistributionMode;
  @Field(() => OfferStatus, { description: 'Where the offer stands.' }) status!: OfferStatus;
  @Field(() => NamedRefModel, { description: 'The partner the offer is made to.' }) partner!: NamedRefModel;
  @Field({ description: 'When the offer was made.' }) offeredAt!: Date;
  @Field({ description: 'The acceptance deadline.' }) expiresAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When the partner accepted or declined.' }) respondedAt!: Date | null;
  @Field(() => ReasonCodeModel, { nullable: true, description: 'The reason the partner gave for declining.' })
  declineReason!: ReasonCodeModel | null;
  @Field(() => String, { nullable: true, description: 'The comment the partner gave for declining.' }) declineComment!:
    string | null;
  @Field(() => TeaserModel, { description: 'What the partner may see of the lead before accepting.' }) teaser!: TeaserModel;
  @Field(() => LeadModel, {
    nullable: true,
    description: 'The full lead, contact data included: only for the vendor and for the partner that holds the lead.',
  })
  lead!: LeadModel | null;

  /** Not fields: what the permission rules of `allowedActions` need. */
  tenantId!: string;
  leadStage!: LeadStage;

  /** Needs `lead.holdingPartner`, `lead.owner`, `partner`, `round` and `declineReason` populated. */
  static from(offer: Offer, viewer: Actor): OfferModel {
    const lead = offer.lead.getEntity();
    const reason = offer.declineReason?.getEntity();
    return OfferModel.of(
      {
        id: offer.id,
        tenantId: offer.tenantId,
        roundId: offer.round.id,
        mode: offer.round.getEntity().mode,
        status: offer.status,
        partner: { id: offer.partner.id, name: offer.partner.getEntity().name },
        offeredAt: offer.offeredAt,
        expiresAt: offer.expiresAt,
        respondedAt: offer.respondedAt ?? null,
        declineReason: reason ? ReasonCodeModel.from(reason) : null,
        declineComment: offer.declineComment ?? null,
      },
      lead,
      () => LeadModel.from(lead),
      viewer,
    );
  }

  /**
   * The offer's own fields with its lead: the teaser always, the full lead (`leadModel`) only if the
   * viewer may read it. `from` of the entities, and the set-based accept from what it wrote.
   */
  static of(
    offer: Omit<OfferModel, 'leadId' | 'leadStage' | 'teaser' | 'lead'>,
    lead: Lead,
    leadModel: () => LeadModel,
    viewer: Actor,
  ): OfferModel {
    // The visibility rule (leads' lead-visibility.ts), as the viewer's ability to read the lead.
    const mayReadLead = viewer.ability.can('read', lead);
    return {
      ...offer,
      leadId: lead.id,
      leadStage: lead.stage,
      teaser: TeaserModel.from(lead),
      lead: mayReadLead ? leadModel() : null,
    };
  }
}

@ObjectType({ description: 'A page of offers.' })
export class OfferConnection extends Connection(OfferModel) {}
