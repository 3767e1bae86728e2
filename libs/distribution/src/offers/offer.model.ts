import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type Actor, Connection } from '@leadrelay/core';
import {
  EmployeeBand,
  type Lead,
  LeadModel,
  LeadStage,
  LeadSource,
  NamedRefModel,
  ReasonCodeModel,
  RequestType,
} from '@leadrelay/leads';
import { DistributionMode } from '../rounds/round.entity';
import { type Offer, OfferStatus } from './offer.entity';

registerEnumType(OfferStatus, { name: 'OfferStatus' });
registerEnumType(DistributionMode, {
  name: 'DistributionMode',
  description: 'EXCLUSIVE: to one partner. SHARED: to several at once; the first to accept wins.',
});

/**
 * What a partner may know of a lead before accepting it: enough to decide, nothing that
 * identifies the person or the exact place (no contact name, e-mail, phone, street or website).
 */
@ObjectType('OfferTeaser')
export class TeaserModel {
  @Field(() => EmployeeBand, { nullable: true }) companySize!: EmployeeBand | null;
  @Field(() => String, { nullable: true }) industry!: string | null;
  @Field() country!: string;
  @Field(() => String, { nullable: true, description: 'The first two characters of the postal code, e.g. "20".' })
  postalArea!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) productLine!: string | null;
  @Field(() => RequestType) requestType!: RequestType;
  @Field(() => String, { nullable: true }) timeframe!: string | null;
  @Field(() => Float, { nullable: true }) budget!: number | null;
  @Field(() => Int, { nullable: true }) score!: number | null;
  @Field(() => String, { nullable: true }) grade!: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The lead's cell in the fit/engagement matrix, e.g. A1 (grade A-D, engagement 1-3); never the rules behind it.",
  })
  cell!: string | null;
  @Field(() => LeadSource) source!: LeadSource;

  static from(lead: Lead): TeaserModel {
    return {
      companySize: lead.company.employeeBand ?? null,
      industry: lead.company.industry ?? null,
      country: lead.company.country,
      postalArea: lead.company.postalCode ? lead.company.postalCode.replace(/\s/g, '').slice(0, 2) : null,
      city: lead.company.city ?? null,
      productLine: lead.interest.productLine ?? null,
      requestType: lead.interest.requestType,
      timeframe: lead.interest.timeframe ?? null,
      budget: lead.interest.budget == null ? null : Number(lead.interest.budget),
      score: lead.score ?? null,
      grade: lead.grade ?? null,
      cell: lead.scoring.cell ?? null,
      source: lead.source,
    };
  }
}

@ObjectType('Offer')
export class OfferModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) leadId!: string;
  @Field(() => ID) roundId!: string;
  @Field(() => DistributionMode) mode!: DistributionMode;
  @Field(() => OfferStatus) status!: OfferStatus;
  @Field(() => NamedRefModel, { description: 'The partner the offer is made to.' }) partner!: NamedRefModel;
  @Field() offeredAt!: Date;
  @Field({ description: 'The acceptance deadline.' }) expiresAt!: Date;
  @Field(() => Date, { nullable: true }) respondedAt!: Date | null;
  @Field(() => ReasonCodeModel, { nullable: true }) declineReason!: ReasonCodeModel | null;
  @Field(() => String, { nullable: true }) declineComment!: string | null;
  @Field(() => TeaserModel) teaser!: TeaserModel;
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
    // The visibility rule (leads' lead-visibility.ts), as the viewer's ability to read the lead.
    const mayReadLead = viewer.ability.can('read', lead);
    return {
      id: offer.id,
      tenantId: offer.tenantId,
      leadId: lead.id,
      leadStage: lead.stage,
      roundId: offer.round.id,
      mode: offer.round.getEntity().mode,
      status: offer.status,
      partner: { id: offer.partner.id, name: offer.partner.getEntity().name },
      offeredAt: offer.offeredAt,
      expiresAt: offer.expiresAt,
      respondedAt: offer.respondedAt ?? null,
      declineReason: reason ? ReasonCodeModel.from(reason) : null,
      declineComment: offer.declineComment ?? null,
      teaser: TeaserModel.from(lead),
      lead: mayReadLead ? LeadModel.from(lead) : null,
    };
  }
}

@ObjectType()
export class OfferConnection extends Connection(OfferModel) {}
