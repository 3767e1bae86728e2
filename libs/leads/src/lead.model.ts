import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection } from '@leadrelay/core';
import { ReasonFollowUp } from './reason-codes/reason-code.entity';
import { EmployeeBand, type Lead, LeadSource, ProgressStage, RequestType } from './lead.entity';
import { LeadStage } from './lead-stage';
import { LeadScoreModel } from './scoring/scoring-model.model';

registerEnumType(LeadStage, { name: 'LeadStage' });
registerEnumType(LeadSource, { name: 'LeadSource' });
registerEnumType(RequestType, { name: 'RequestType' });
registerEnumType(ProgressStage, { name: 'ProgressStage' });
registerEnumType(EmployeeBand, {
  name: 'EmployeeBand',
  description: 'Employees: MICRO 1-9, SMALL 10-49, MEDIUM 50-249, LARGE 250-999, ENTERPRISE 1000 and more.',
});

@ObjectType('Company')
export class CompanyModel {
  @Field() name!: string;
  @Field(() => String, { nullable: true }) industry!: string | null;
  @Field(() => EmployeeBand, { nullable: true }) employeeBand!: EmployeeBand | null;
  @Field(() => Float, {
    nullable: true,
    description: "Annual revenue in the tenant's currency, whole units (scoring rules compare it).",
  })
  annualRevenue!: number | null;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field() country!: string;
  @Field(() => String, { nullable: true }) postalCode!: string | null;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => String, { nullable: true }) street!: string | null;
}

@ObjectType('ContactPerson')
export class ContactPersonModel {
  @Field(() => String, { nullable: true }) firstName!: string | null;
  @Field() lastName!: string;
  @Field(() => String, { nullable: true }) email!: string | null;
  @Field(() => String, { nullable: true }) phone!: string | null;
  @Field(() => String, { nullable: true }) position!: string | null;
  @Field() decisionMaker!: boolean;
}

@ObjectType('Interest')
export class InterestModel {
  @Field(() => String, { nullable: true }) productLine!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Float, { nullable: true }) budget!: number | null;
  @Field(() => String, { nullable: true }) timeframe!: string | null;
  @Field(() => RequestType) requestType!: RequestType;
}

@ObjectType('Consent')
export class ConsentModel {
  @Field({ description: 'The lead agreed to have its data passed on to partners.' }) given!: boolean;
  @Field(() => Date, { nullable: true }) givenAt!: Date | null;
  @Field(() => String, { nullable: true }) wording!: string | null;
}

@ObjectType('WonDeal')
export class WonDealModel {
  @Field(() => Float) amount!: number;
  @Field() currency!: string;
  @Field() closedOn!: string;
}

/** A partner or person as a lead names them: just who. */
@ObjectType('NamedRef')
export class NamedRefModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

/**
 * The whole lead, contact data included: for the vendor, and for the partner that holds it.
 * Before acceptance a partner sees an `OfferTeaser`, never this.
 */
@ObjectType('Lead')
export class LeadModel {
  @Field(() => ID) id!: string;
  @Field(() => LeadSource) source!: LeadSource;
  @Field(() => String, { nullable: true }) sourceDetail!: string | null;
  @Field(() => CompanyModel) company!: CompanyModel;
  @Field(() => ContactPersonModel) contact!: ContactPersonModel;
  @Field(() => InterestModel) interest!: InterestModel;
  @Field(() => ConsentModel) consent!: ConsentModel;
  @Field(() => LeadStage) stage!: LeadStage;
  @Field(() => Int, { nullable: true, description: "Fit 0-100 in force: the scoring model's, or the person's who qualified it." })
  score!: number | null;
  @Field(() => String, { nullable: true, description: 'A (best) to D, from fit; in force like score.' }) grade!: string | null;
  @Field(() => LeadScoreModel, {
    nullable: true,
    description: 'Fit, engagement and matrix cell by the scoring model; null before scoring.',
  })
  scoring!: LeadScoreModel | null;
  @Field({ description: 'The company already has a won lead.' }) existingCustomer!: boolean;
  @Field(() => String, { nullable: true }) externalReference!: string | null;
  @Field(() => NamedRefModel, { nullable: true, description: 'The partner that holds the lead now.' })
  holdingPartner!: NamedRefModel | null;
  @Field(() => NamedRefModel, { nullable: true, description: 'The person working the lead.' })
  owner!: NamedRefModel | null;
  @Field(() => Date, { nullable: true }) acceptedAt!: Date | null;
  @Field(() => ProgressStage, { nullable: true }) progressStage!: ProgressStage | null;
  @Field(() => Date, { nullable: true }) lastProgressAt!: Date | null;
  @Field(() => Date, { nullable: true }) nextStepAt!: Date | null;
  @Field(() => WonDealModel, { nullable: true }) won!: WonDealModel | null;
  @Field(() => String, { nullable: true }) lostToCompetitor!: string | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => ReasonFollowUp, {
    nullable: true,
    description: 'For a RETURNED lead: what its return reason says should follow.',
  })
  pendingFollowUp!: ReasonFollowUp | null;
  @Field(() => Int, { description: 'Pass back with updateLead; a stale version is refused with CONFLICT.' }) version!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;

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

@ObjectType()
export class LeadConnection extends Connection(LeadModel) {}

/** Another lead of the tenant that looks like the same person or company. */
@ObjectType('DuplicateMatch')
export class DuplicateMatchModel {
  @Field(() => ID) leadId!: string;
  @Field(() => [String], { description: 'What matched: EMAIL, DOMAIN, COMPANY_NAME.' }) matchedOn!: string[];
  @Field() companyName!: string;
  @Field(() => LeadStage) stage!: LeadStage;
  @Field() createdAt!: Date;
}
