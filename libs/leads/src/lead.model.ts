import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@leadrelay/core';
import { ReasonFollowUp } from './reason-codes/reason-code.entity';
import { EmployeeBand, type Lead, LeadSource, ProgressStage, RequestType } from './lead.entity';
import { LeadStage } from './lead-stage';
import { LeadScoreModel } from './scoring/scoring-model.model';

registerEnumType(LeadStage, {
  name: 'LeadStage',
  description: 'Where a lead stands in its life, from intake to its result.',
  valuesMap: {
    NEW: { description: 'Just came in (intake); not yet qualified.' },
    QUALIFIED: { description: 'Scored above the threshold (marketing-qualified); ready to distribute or route to direct sales.' },
    NURTURING: { description: 'With marketing for nurturing: scored too low, or returned or lost and taken back by marketing.' },
    DISQUALIFIED: { description: 'Rejected by the vendor with a DISQUALIFY reason code; not worked.' },
    DIRECT: { description: 'Kept in direct sales (e.g. a key account) and worked by a DIRECT_SALES user.' },
    OFFERED: { description: 'Offered in a round to one or several partners, waiting for an acceptance.' },
    UNPLACED: {
      description: 'The last round ended with no acceptance (declined, expired or withdrawn): waits for the channel manager.',
    },
    ACCEPTED: { description: 'A partner accepted the offer and holds the lead; no progress recorded yet.' },
    IN_PROGRESS: { description: 'The holding partner records progress (contacted, meeting, proposal, negotiation).' },
    RETURNED: {
      description: 'The partner handed the lead back with a RETURN reason code; waits for the channel manager or marketing.',
    },
    WON: { description: 'Closed won by the partner (deal value, currency, close date).' },
    LOST: { description: "Closed lost by the partner with a LOST reason code; waits in marketing's nurture queue." },
  },
});
registerEnumType(LeadSource, {
  name: 'LeadSource',
  description: 'Where a lead came from; kept for good, so that conversion is measured per source.',
  valuesMap: {
    WEB_FORM: { description: 'A form on a web site.' },
    TRADE_FAIR: { description: 'Met at a trade fair.' },
    PURCHASED_LIST: { description: 'From a purchased address list.' },
    CAMPAIGN: { description: 'A marketing campaign.' },
    REFERRAL: { description: 'Recommended by a customer or contact.' },
    PARTNER_REGISTERED: { description: 'Registered by a partner.' },
    API: { description: 'Posted by another system through the intake API.' },
    OTHER: { description: 'Any other source.' },
  },
});
registerEnumType(RequestType, {
  name: 'RequestType',
  description: 'How strong the interest is: a plain question scores lower than a request for a quote.',
  valuesMap: {
    INQUIRY: { description: 'A plain question.' },
    QUOTE_REQUEST: { description: 'A request for a quote.' },
    DEMO: { description: 'A request for a demonstration.' },
  },
});
registerEnumType(ProgressStage, {
  name: 'ProgressStage',
  description: "The partner's steps while working a lead.",
  valuesMap: {
    CONTACTED: { description: 'The partner reached the contact person.' },
    MEETING: { description: 'A meeting took place or is set.' },
    PROPOSAL: { description: 'A proposal was sent.' },
    NEGOTIATION: { description: 'The deal is being negotiated.' },
  },
});
registerEnumType(EmployeeBand, {
  name: 'EmployeeBand',
  description: 'Employees: MICRO 1-9, SMALL 10-49, MEDIUM 50-249, LARGE 250-999, ENTERPRISE 1000 and more.',
  valuesMap: {
    MICRO: { description: '1 to 9 employees.' },
    SMALL: { description: '10 to 49 employees.' },
    MEDIUM: { description: '50 to 249 employees.' },
    LARGE: { description: '250 to 999 employees.' },
    ENTERPRISE: { description: '1000 employees and more.' },
  },
});

@ObjectType('Company', {
  description: 'The customer company a lead is about. Partners see only its size, industry and region before they accept.',
})
export class CompanyModel {
  @Field({ description: "The company's name." }) name!: string;
  @Field(() => String, { nullable: true, description: "Its industry, in the tenant's words (e.g. Mechanical engineering)." })
  industry!: string | null;
  @Field(() => EmployeeBand, { nullable: true, description: 'How many people it employs.' }) employeeBand!: EmployeeBand | null;
  @Field(() => Float, {
    nullable: true,
    description: "Annual revenue in the tenant's currency, whole units (scoring rules compare it).",
  })
  annualRevenue!: number | null;
  @Field(() => String, { nullable: true, description: 'Its web address or domain.' }) website!: string | null;
  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. DE.' }) country!: string;
  @Field(() => String, { nullable: true, description: 'Postal code.' }) postalCode!: string | null;
  @Field(() => String, { nullable: true, description: 'City.' }) city!: string | null;
  @Field(() => String, { nullable: true, description: 'Street and number.' }) street!: string | null;
}

@ObjectType('ContactPerson', {
  description: 'The person to contact: personal data, seen by the vendor and by the partner that holds the lead.',
})
export class ContactPersonModel {
  @Field(() => String, { nullable: true, description: 'First name of the contact person.' }) firstName!: string | null;
  @Field({ description: 'Last name of the contact person.' }) lastName!: string;
  @Field(() => String, { nullable: true, description: "The contact person's e-mail address." }) email!: string | null;
  @Field(() => String, { nullable: true, description: 'Phone number, as given.' }) phone!: string | null;
  @Field(() => String, { nullable: true, description: 'Job title, e.g. Head of Purchasing.' }) position!: string | null;
  @Field({ description: 'Whether the contact person decides the purchase.' }) decisionMaker!: boolean;
}

@ObjectType('Interest', { description: 'What the lead is interested in.' })
export class InterestModel {
  @Field(() => String, { nullable: true, description: 'The product line asked about.' }) productLine!: string | null;
  @Field(() => String, { nullable: true, description: 'What the lead asked or needs, in its own words.' }) description!:
    string | null;
  @Field(() => Float, { nullable: true, description: "The budget the lead named, in the tenant's currency, whole units." })
  budget!: number | null;
  @Field(() => String, { nullable: true, description: 'When the lead plans to buy, as given (e.g. Q3).' }) timeframe!:
    string | null;
  @Field(() => RequestType, { description: 'What kind of request it was: a question, a quote request or a demo.' })
  requestType!: RequestType;
}

@ObjectType('Consent', { description: "The lead's consent to have its data passed on to partners." })
export class ConsentModel {
  @Field({ description: 'The lead agreed to have its data passed on to partners.' }) given!: boolean;
  @Field(() => Date, { nullable: true, description: 'When the consent was given.' }) givenAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'The wording the lead agreed to.' }) wording!: string | null;
}

@ObjectType('WonDeal', { description: 'The deal a partner closed as won.' })
export class WonDealModel {
  @Field(() => Float, { description: 'The deal value in `currency`.' }) amount!: number;
  @Field({ description: 'ISO 4217 currency code, e.g. EUR.' }) currency!: string;
  @Field({ description: 'The day the deal was closed, YYYY-MM-DD.' }) closedOn!: string;
}

/** A partner or person as a lead names them: just who. */
@ObjectType('NamedRef', { description: 'A partner or a person, as a lead or a history line names them.' })
export class NamedRefModel {
  @Field(() => ID, { description: 'Its id.' }) id!: string;
  @Field({ description: "Its name (a partner's, or a person's full name)." }) name!: string;
}

/**
 * The whole lead, contact data included: for the vendor, and for the partner that holds it.
 * Before acceptance a partner sees an `OfferTeaser`, never this.
 */
@ObjectType('Lead', {
  description:
    'A qualified sales lead, contact data included: seen by vendor users, and by the partner that holds it (before acceptance a partner sees an OfferTeaser instead).',
})
export class LeadModel {
  @Field(() => ID, { description: "The lead's id." }) id!: string;
  @Field(() => LeadSource, { description: 'Where the lead came from.' }) source!: LeadSource;
  @Field(() => String, { nullable: true, description: 'The campaign, fair or list it came from.' }) sourceDetail!: string | null;
  @Field(() => CompanyModel, { description: 'The customer company.' }) company!: CompanyModel;
  @Field(() => ContactPersonModel, { description: 'The person to contact.' }) contact!: ContactPersonModel;
  @Field(() => InterestModel, { description: 'What the lead is interested in.' }) interest!: InterestModel;
  @Field(() => ConsentModel, { description: 'Whether and how the lead agreed to be passed on to partners.' })
  consent!: ConsentModel;
  @Field(() => LeadStage, { description: 'Where the lead stands in its life.' }) stage!: LeadStage;
  @Field(() => Int, { nullable: true, description: "Fit 0-100 in force: the scoring model's, or the person's who qualified it." })
  score!: number | null;
  @Field(() => String, { nullable: true, description: 'A (best) to D, from fit; in force like score.' }) grade!: string | null;
  @Field(() => LeadScoreModel, {
    nullable: true,
    description: 'Fit, engagement and matrix cell by the scoring model; null before scoring.',
  })
  scoring!: LeadScoreModel | null;
  @Field({ description: 'The company already has a won lead.' }) existingCustomer!: boolean;
  @Field(() => String, { nullable: true, description: "The lead's id in the vendor's own systems." }) externalReference!:
    string | null;
  @Field(() => NamedRefModel, { nullable: true, description: 'The partner that holds the lead now.' })
  holdingPartner!: NamedRefModel | null;
  @Field(() => NamedRefModel, { nullable: true, description: 'The person working the lead.' })
  owner!: NamedRefModel | null;
  @Field(() => Date, { nullable: true, description: 'When the holding partner accepted the offer.' }) acceptedAt!: Date | null;
  @Field(() => ProgressStage, { nullable: true, description: "The holding partner's last recorded step." })
  progressStage!: ProgressStage | null;
  @Field(() => Date, { nullable: true, description: 'When the holding partner last recorded progress.' })
  lastProgressAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the holding partner plans its next step.' }) nextStepAt!: Date | null;
  @Field(() => WonDealModel, { nullable: true, description: 'The deal, once the lead is closed as won.' })
  won!: WonDealModel | null;
  @Field(() => String, { nullable: true, description: 'Who won the deal instead, for a lead closed as lost.' })
  lostToCompetitor!: string | null;
  @Field(() => Date, { nullable: true, description: 'When the lead was closed as won or lost.' }) closedAt!: Date | null;
  @Field(() => ReasonFollowUp, {
    nullable: true,
    description: 'For a RETURNED lead: what its return reason says should follow.',
  })
  pendingFollowUp!: ReasonFollowUp | null;
  @Field(() => Int, { description: 'Pass back with updateLead; a stale version is refused with CONFLICT.' }) version!: number;
  @Field({ description: 'When the lead came in.' }) createdAt!: Date;
  @Field({ description: 'When the lead last changed.' }) updatedAt!: Date;

  /** Not a field: the tenant, for the permission rules that resolve `allowedActions`. */
  tenantId!: string;

  /** Needs `holdingPartner` and `owner` populated. */
  static from(lead: Lead): LeadModel {
    const partner = lead.holdingPartner?.getEntity();
    const owner = lead.owner?.getEntity();
    return {
      id: lead.id,
      tenantId: lead.tenantId,
      source: lead.source,
      sourceDetail: lead.sourceDetail ?? null,
      company: {
        name: lead.company.name,
        industry: lead.company.industry ?? null,
        employeeBand: lead.company.employeeBand ?? null,
        annualRevenue: lead.company.annualRevenue == null ? null : Number(lead.company.annualRevenue),
        website: lead.company.website ?? null,
        country: lead.company.country,
        postalCode: lead.company.postalCode ?? null,
        city: lead.company.city ?? null,
        street: lead.company.street ?? null,
      },
      contact: {
        firstName: lead.contact.firstName ?? null,
        lastName: lead.contact.lastName,
        email: lead.contact.email ?? null,
        phone: lead.contact.phone ?? null,
        position: lead.contact.position ?? null,
        decisionMaker: lead.contact.decisionMaker,
      },
      interest: {
        productLine: lead.interest.productLine ?? null,
        description: lead.interest.description ?? null,
        budget: lead.interest.budget == null ? null : Number(lead.interest.budget),
        timeframe: lead.interest.timeframe ?? null,
        requestType: lead.interest.requestType,
      },
      consent: { given: lead.consent.given, givenAt: lead.consent.givenAt ?? null, wording: lead.consent.wording ?? null },
      stage: lead.stage,
      score: lead.score ?? null,
      grade: lead.grade ?? null,
      scoring: LeadScoreModel.from(lead.scoring),
      existingCustomer: lead.existingCustomer,
      externalReference: lead.externalReference ?? null,
      holdingPartner: partner ? { id: partner.id, name: partner.name } : null,
      owner: owner ? { id: owner.id, name: owner.name } : null,
      acceptedAt: lead.acceptedAt ?? null,
      progressStage: lead.progressStage ?? null,
      lastProgressAt: lead.lastProgressAt ?? null,
      nextStepAt: lead.nextStepAt ?? null,
      won:
        lead.won.amount != null && lead.won.currency && lead.won.closedOn
          ? { amount: Number(lead.won.amount), currency: lead.won.currency, closedOn: lead.won.closedOn }
          : null,
      lostToCompetitor: lead.lostToCompetitor ?? null,
      closedAt: lead.closedAt ?? null,
      pendingFollowUp: lead.pendingFollowUp ?? null,
      version: lead.version,
      createdAt: lead.createdAt,
      updatedAt: lead.updatedAt,
    };
  }
}

/** Up to this many leads a list's `totalCount` is exact; above, PostgreSQL's estimate (lead-reads.ts), but for a search. */
export const EXACT_COUNT_UP_TO = 1000;

@ObjectType({ description: 'A page of leads.' })
export class LeadConnection extends Connection(LeadModel) {
  @Field({
    description:
      `Whether \`totalCount\` is exact. It is for lists of up to ${EXACT_COUNT_UP_TO.toLocaleString('en')} leads; a longer list's ` +
      "count is PostgreSQL's estimate from its statistics (usually within a few percent), so that no page reads a whole tenant's leads to count them. " +
      'A search (`filter.search`) is always counted exactly.',
  })
  totalCountExact!: boolean;
}

/** Another lead of the tenant that looks like the same person or company. */
@ObjectType('DuplicateMatch', {
  description: 'Another lead of the tenant that looks like the same person or company (nothing is merged).',
})
export class DuplicateMatchModel {
  @Field(() => ID, { description: "The other lead's id." }) leadId!: string;
  @Field(() => [String], { description: 'What matched: EMAIL, DOMAIN, COMPANY_NAME.' }) matchedOn!: string[];
  @Field({ description: "The other lead's company name." }) companyName!: string;
  @Field(() => LeadStage, { description: 'Where the other lead stands.' }) stage!: LeadStage;
  @Field({ description: 'When the other lead came in.' }) createdAt!: Date;
}
