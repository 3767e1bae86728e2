import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type Locale, enumLabel, translate } from '@leadrelay/core';
import { PartnerModel, PartnerTier } from '@leadrelay/partners';
import { ExclusionReason, FitReason, type FitLine } from './candidate-filters';
import type { CandidateList, PartnerRow, RankedCandidate } from './candidate-partners.service';
import type { Performance, Weight } from './fair-share';

registerEnumType(FitReason, {
  name: 'CandidateFitReason',
  description: 'Why a partner fits a lead.',
  valuesMap: {
    TERRITORY: { description: "Its territory covers the lead's postal code, or the whole country." },
    TERRITORY_WIDENED: { description: 'Nobody covers the postal code: it covers the widened postal area.' },
    PRODUCT_LINE: { description: "It serves the lead's product line." },
    INDUSTRY: { description: "It serves the lead's industry as well." },
    TIER: { description: "Its tier may get leads of the lead's grade." },
    CAPACITY: { description: 'It holds fewer open leads than its capacity.' },
  },
});
registerEnumType(ExclusionReason, {
  name: 'CandidateExclusionReason',
  description: 'Why a partner in the lead’s country is not a candidate (the first rule that leaves it out).',
  valuesMap: {
    NOT_ACTIVE: { description: 'It is not ACTIVE.' },
    ABSENT: { description: 'It is in an absence.' },
    OUT_OF_TERRITORY: { description: "Its territory does not reach the lead's country." },
    NO_COMPETENCY: { description: "It does not serve the lead's product line (or, where others do, its industry)." },
    TIER_NOT_FOR_GRADE: { description: "Its tier does not get leads of the lead's grade (routing policy)." },
    AT_CAPACITY: { description: 'It holds as many open leads as its capacity.' },
    DECLINED_BEFORE: { description: 'It declined an offer of this lead.' },
    RETURNED_BEFORE: { description: 'It returned this lead.' },
    EXPIRED_BEFORE: { description: 'It let an offer of this lead expire.' },
    NEARER_CANDIDATES: { description: "Other candidates cover the lead's postal code more closely." },
  },
});

@ObjectType('CandidateReason', { description: 'One reason, coded and in words.' })
export class CandidateReasonModel {
  @Field(() => FitReason, { description: 'What fits.' }) reason!: FitReason;
  @Field({ description: 'What it is about: the postal area, product line, industry, tier, or open leads / capacity.' })
  detail!: string;
  @Field({ description: "The reason in the viewer's language." }) label!: string;
}

@ObjectType('PartnerPerformance', {
  description:
    'How a partner did over the recent window; a measure is null while there is too little data (a new partner is neutral).',
})
export class PartnerPerformanceModel {
  @Field(() => Float, { nullable: true, description: 'Accepted of answered offers (accepted, declined, expired), 0 to 1.' })
  acceptanceRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Median business hours from offer to acceptance.' })
  medianHoursToAccept!: number | null;
  @Field(() => Float, { nullable: true, description: 'Won of closed leads, 0 to 1.' }) winRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Returned of accepted leads, 0 to 1.' }) returnRate!: number | null;
}

@ObjectType('RoutingWeight', {
  description: "The weight a partner's fair share is measured by: its tier's, times its performance factor.",
})
export class RoutingWeightModel {
  @Field(() => Float, { description: "The tier's weight: GOLD 3, SILVER 2, BRONZE 1." }) tierWeight!: number;
  @Field(() => Float, { description: 'From performance, bounded to 0.5..1.5 (1 is neutral).' }) performanceFactor!: number;
  @Field(() => Float, { description: 'tierWeight × performanceFactor.' }) weight!: number;
  @Field(() => PartnerPerformanceModel, { description: 'The measures the factor comes from.' })
  performance!: PartnerPerformanceModel;
  @Field(() => Int, { description: 'The window the measures cover, in days.' }) windowDays!: number;

  static from(weight: Weight & { performance: Performance }, windowDays: number): RoutingWeightModel {
    return { ...weight, performance: { ...weight.performance }, windowDays };
  }
}

@ObjectType('CandidateRanking', { description: 'Why a candidate ranks where it does: how far it is below its fair share.' })
export class CandidateRankingModel {
  @Field(() => RoutingWeightModel, { description: 'The weight in force.' }) weight!: RoutingWeightModel;
  @Field(() => Float, { description: "Its weight over all candidates' weight, 0 to 1." }) share!: number;
  @Field(() => Int, { description: 'Offers it received in the window since it became available.' }) received!: number;
  @Field(() => Date, {
    nullable: true,
    description: 'When it became available within the window (joined, or back from absence); null: all of it.',
  })
  availableSince!: Date | null;
  @Field(() => Float, { description: 'Offers it is below its fair share (negative: above); the furthest below goes first.' })
  deficit!: number;
  @Field({ description: "The ranking in the viewer's language." }) label!: string;
}

@ObjectType('PartnerCandidate', { description: 'A partner the lead can be offered to, at its rank.' })
export class PartnerCandidateModel {
  @Field(() => Int, { description: '1 goes first.' }) rank!: number;
  @Field(() => PartnerModel, { description: 'The partner.' }) partner!: PartnerModel;
  @Field(() => [CandidateReasonModel], { description: 'Why it fits.' }) fits!: CandidateReasonModel[];
  @Field(() => CandidateRankingModel, { description: 'Why it ranks here.' }) ranking!: CandidateRankingModel;
}

@ObjectType('ExcludedPartner', { description: "A partner in the lead's country that is not a candidate, and why." })
export class ExcludedPartnerModel {
  @Field(() => PartnerModel, { description: 'The partner.' }) partner!: PartnerModel;
  @Field(() => ExclusionReason, { description: 'The first rule that leaves it out.' }) reason!: ExclusionReason;
  @Field(() => String, {
    nullable: true,
    description: 'What the rule found: its status, absence end, open leads / capacity, ...',
  })
  detail!: string | null;
  @Field({ description: "The reason in the viewer's language." }) label!: string;
}

@ObjectType('CandidatePartners', { description: 'The partners a lead can be offered to, ranked, with the reasons.' })
export class CandidatePartnersModel {
  @Field(() => ID, { description: 'The lead.' }) leadId!: string;
  @Field({
    description: 'The lead agreed to be passed on to partners; without it no offer can be made (the list is what would fit).',
  })
  consentGiven!: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      "Null when candidates cover the lead's postal code; else the shorter postal area they were found in ('' = the whole country).",
  })
  widenedTo!: string | null;
  @Field(() => String, { nullable: true, description: "The widening in the viewer's language; null when not widened." })
  wideningLabel!: string | null;
  @Field(() => [PartnerCandidateModel], { description: 'Ranked, best first.' }) candidates!: PartnerCandidateModel[];
  @Field(() => [ExcludedPartnerModel], { description: "Partners in the lead's country left out, each with its reason." })
  excluded!: ExcludedPartnerModel[];

  /** The labels (the explanations in words, the costliest part) are made only when a query asks for them: getters. */
  static from(list: CandidateList, locale: Locale): CandidatePartnersModel {
    const partnerOf = (row: PartnerRow) => PartnerModel.from(row as never);
    return {
      leadId: list.lead.id,
      consentGiven: list.consentGiven,
      widenedTo: list.widening?.area ?? null,
      wideningLabel: list.widening
        ? translate(locale, list.widening.area ? 'routing.widened.area' : 'routing.widened.country', {
            area: list.widening.area,
            country: list.lead.country,
          })
        : null,
      candidates: list.candidates.map((c) => candidateOf(c, list.windowDays, locale, partnerOf)),
      excluded: list.excluded.map((e) => ({
        partner: partnerOf(e.partner),
        reason: e.reason,
        detail: e.detail,
        get label() {
          return translate(locale, `routing.excluded.${e.reason}`, { detail: e.detail ?? '' });
        },
      })),
    };
  }
}

function candidateOf(
  c: RankedCandidate,
  windowDays: number,
  locale: Locale,
  partnerOf: (row: PartnerRow) => PartnerModel,
): PartnerCandidateModel {
  return {
    rank: c.share.rank,
    partner: partnerOf(c.partner),
    fits: c.fits.map((fit: FitLine) => ({
      ...fit,
      get label() {
        return translate(locale, `routing.fit.${fit.reason}`, {
          detail: fit.reason === FitReason.TIER ? enumLabel(locale, 'PartnerTier', fit.detail as PartnerTier) : fit.detail,
        });
      },
    })),
    ranking: {
      weight: RoutingWeightModel.from(c.weight, windowDays),
      share: Math.round(c.share.share * 1000) / 1000,
      received: c.share.received,
      availableSince: c.partner.availableSince,
      deficit: c.share.deficit,
      get label() {
        return translate(locale, c.share.deficit >= 0 ? 'routing.rank.below' : 'routing.rank.above', {
          rank: c.share.rank,
          received: c.share.received,
          days: windowDays,
          deficit: Math.abs(c.share.deficit).toFixed(1),
          weight: c.weight.weight.toFixed(2),
        });
      },
    },
  };
}
