import type { EmployeeBand, Lead, LeadSource, RequestType } from './lead.entity';

/**
 * What a partner may know of a lead before accepting it (shared/domain.md, "What each side may
 * see"): enough to decide, nothing that identifies the person or the exact place: no contact name,
 * e-mail or phone, no street or website, the postal code only as its area. The one teaser: the
 * GraphQL `OfferTeaser` and the partner mails both take it from `teaserOf`.
 */
export interface LeadTeaser {
  companySize: EmployeeBand | null;
  industry: string | null;
  country: string;
  /** The first two characters of the postal code, e.g. "20". */
  postalArea: string | null;
  city: string | null;
  productLine: string | null;
  requestType: RequestType;
  timeframe: string | null;
  budget: number | null;
  score: number | null;
  grade: string | null;
  /** The fit/engagement matrix cell, e.g. A1: never the rules behind it. */
  cell: string | null;
  source: LeadSource;
}

/** What the teaser is made of: a loaded `Lead`, or a lean row shaped like one (see the offers' reads). */
export interface TeaserSource {
  company: Pick<Lead['company'], 'employeeBand' | 'industry' | 'country' | 'postalCode' | 'city'>;
  interest: Pick<Lead['interest'], 'productLine' | 'requestType' | 'timeframe' | 'budget'>;
  scoring: Pick<Lead['scoring'], 'cell'>;
  score?: Lead['score'];
  grade?: Lead['grade'];
  source: Lead['source'];
}

export function teaserOf(lead: TeaserSource): LeadTeaser {
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
