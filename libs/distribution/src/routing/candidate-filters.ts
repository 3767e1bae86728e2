import { PartnerStatus, PartnerTier, type Territory } from '@leadrelay/partners';

/**
 * Which partners may be offered a lead, as pure rules over facts read beforehand: ACTIVE, not
 * absent, in the lead's territory, with its competency, of a tier allowed for its grade, with free
 * capacity, and not one that declined or returned it. Every partner gets its reasons: why it fits,
 * or the first rule that leaves it out.
 */

/** What routing looks at on a lead. */
export interface RoutedLeadFacts {
  country: string;
  postalCode: string | null;
  productLine: string | null;
  industry: string | null;
  grade: string | null;
}

/** What routing looks at on a partner, with its load and its past with this lead. */
export interface PartnerFacts {
  id: string;
  tier: PartnerTier;
  status: PartnerStatus;
  territories: Territory[];
  competencies: string[];
  capacity: number;
  /** Leads it holds (ACCEPTED, IN_PROGRESS) plus offers pending with it. */
  openLeads: number;
  /** The end of the absence it is in now, if any. */
  absentUntil: Date | null;
  /** It declined an offer of this lead, returned it, or let an offer of it expire, before. */
  refused: 'DECLINED' | 'RETURNED' | 'EXPIRED' | null;
}

/** Which tiers may get leads of each grade; a grade not named (or a lead without grade) goes to every tier. */
export type TiersByGrade = Partial<Record<string, PartnerTier[]>>;

export enum ExclusionReason {
  NOT_ACTIVE = 'NOT_ACTIVE',
  ABSENT = 'ABSENT',
  OUT_OF_TERRITORY = 'OUT_OF_TERRITORY',
  NO_COMPETENCY = 'NO_COMPETENCY',
  TIER_NOT_FOR_GRADE = 'TIER_NOT_FOR_GRADE',
  AT_CAPACITY = 'AT_CAPACITY',
  DECLINED_BEFORE = 'DECLINED_BEFORE',
  RETURNED_BEFORE = 'RETURNED_BEFORE',
  EXPIRED_BEFORE = 'EXPIRED_BEFORE',
  /** In the territory, but candidates nearer the lead's postal code were found. */
  NEARER_CANDIDATES = 'NEARER_CANDIDATES',
}

export enum FitReason {
  /** Its territory covers the lead's postal code (or the whole country). */
  TERRITORY = 'TERRITORY',
  /** Nobody covers the postal code: it covers the widened area. */
  TERRITORY_WIDENED = 'TERRITORY_WIDENED',
  PRODUCT_LINE = 'PRODUCT_LINE',
  INDUSTRY = 'INDUSTRY',
  TIER = 'TIER',
  CAPACITY = 'CAPACITY',
}

export interface FitLine {
  reason: FitReason;
  /** What the line is about: the prefix or country, product line, industry, tier, or `open/capacity`. */
  detail: string;
}

export interface Candidate {
  partnerId: string;
  fits: FitLine[];
}

export interface Excluded {
  partnerId: string;
  reason: ExclusionReason;
  detail: string | null;
}

/** How far the territory was widened to find candidates: null when the postal code itself is covered. */
export interface Widening {
  /** The postal area candidates cover: a shorter prefix of the lead's postal code, '' for the whole country. */
  area: string;
}

export interface CandidateSelection {
  candidates: Candidate[];
  excluded: Excluded[];
  widening: Widening | null;
}

/** Case-insensitive, accent-sensitive equality; one collator for all (localeCompare with options builds one each call). */
const collator = new Intl.Collator(undefined, { sensitivity: 'accent' });
const same = (a: string, b: string) => collator.compare(a, b) === 0;

/**
 * Whether any of a partner's competencies is `wanted` (case-insensitive), each distinct competency
 * compared once within one selection: partners mostly name the same few, and a collator's compare
 * is the costliest step of the filters.
 */
function competencyMatcher(wanted: string | null): (competencies: string[]) => boolean {
  if (!wanted) return () => false;
  const known = new Map<string, boolean>();
  const matches = (competency: string) => {
    let found = known.get(competency);
    if (found === undefined) {
      found = same(competency, wanted);
      known.set(competency, found);
    }
    return found;
  };
  return (competencies) => competencies.some(matches);
}

/** The first rule, apart from territory and industry, that leaves the partner out; null when none does. */
function firstExclusion(
  lead: RoutedLeadFacts,
  partner: PartnerFacts,
  tiers: TiersByGrade,
  servesProductLine: (competencies: string[]) => boolean,
): Excluded | null {
  const out = (reason: ExclusionReason, detail: string | null = null): Excluded => ({ partnerId: partner.id, reason, detail });
  if (partner.status !== PartnerStatus.ACTIVE) return out(ExclusionReason.NOT_ACTIVE, partner.status);
  if (partner.absentUntil) return out(ExclusionReason.ABSENT, partner.absentUntil.toISOString());
  if (lead.productLine && !servesProductLine(partner.competencies)) {
    return out(ExclusionReason.NO_COMPETENCY, lead.productLine);
  }
  const allowed = lead.grade ? tiers[lead.grade] : undefined;
  if (allowed && !allowed.includes(partner.tier)) return out(ExclusionReason.TIER_NOT_FOR_GRADE, `${partner.tier}/${lead.grade}`);
  if (partner.openLeads >= partner.capacity) return out(ExclusionReason.AT_CAPACITY, `${partner.openLeads}/${partner.capacity}`);
  if (partner.refused === 'DECLINED') return out(ExclusionReason.DECLINED_BEFORE);
  if (partner.refused === 'RETURNED') return out(ExclusionReason.RETURNED_BEFORE);
  if (partner.refused === 'EXPIRED') return out(ExclusionReason.EXPIRED_BEFORE);
  return null;
}

/** The lead's postal code as territories are matched against it: without spaces. */
function postalCodeOf(lead: RoutedLeadFacts): string {
  return (lead.postalCode ?? '').replace(/\s+/g, '');
}

/**
 * How near the partner's territory comes to the lead: the postal code's length when it covers the
 * code (a prefix of it, or the whole country), else the length of the longest start of the code
 * that one of its prefixes shares (0: same country only); null outside the lead's country.
 */
export function territoryNearness(lead: RoutedLeadFacts, territories: Territory[]): number | null {
  return nearness(lead.country, postalCodeOf(lead), territories);
}

function nearness(country: string, code: string, territories: Territory[]): number | null {
  let best: number | null = null;
  for (const territory of territories) {
    if (territory.country !== country) continue;
    if (territory.postalCodePrefixes.length === 0) return code.length;
    for (const prefix of territory.postalCodePrefixes) {
      if (code.startsWith(prefix)) return code.length;
      let shared = 0;
      while (shared < prefix.length && shared < code.length && prefix[shared] === code[shared]) shared += 1;
      best = Math.max(best ?? 0, shared);
    }
  }
  return best;
}

/**
 * The candidates for a lead. Territory first by the postal code; when no otherwise eligible partner
 * covers it, widened one digit at a time down to the whole country, and the selection says how far.
 * When some candidates serve the lead's industry too, only those stay.
 */
export function selectCandidates(lead: RoutedLeadFacts, partners: PartnerFacts[], tiers: TiersByGrade): CandidateSelection {
  const excluded: Excluded[] = [];
  const eligible: { partner: PartnerFacts; nearness: number }[] = [];
  const code = postalCodeOf(lead);
  const servesProductLine = competencyMatcher(lead.productLine);
  for (const partner of partners) {
    const near = nearness(lead.country, code, partner.territories);
    if (near === null) {
      excluded.push({ partnerId: partner.id, reason: ExclusionReason.OUT_OF_TERRITORY, detail: lead.country });
      continue;
    }
    const exclusion = firstExclusion(lead, partner, tiers, servesProductLine);
    if (exclusion) excluded.push(exclusion);
    else eligible.push({ partner, nearness: near });
  }
  const nearest = Math.max(-1, ...eligible.map((e) => e.nearness));
  const widening = nearest >= 0 && nearest < code.length ? { area: code.slice(0, nearest) } : null;
  let chosen = eligible.filter((e) => e.nearness === nearest);
  for (const e of eligible) {
    if (e.nearness !== nearest) {
      excluded.push({ partnerId: e.partner.id, reason: ExclusionReason.NEARER_CANDIDATES, detail: code.slice(0, e.nearness) });
    }
  }
  const servesIndustryOf = competencyMatcher(lead.industry);
  const servesIndustry = (p: PartnerFacts) => servesIndustryOf(p.competencies);
  if (chosen.some((e) => servesIndustry(e.partner))) {
    for (const e of chosen) {
      if (!servesIndustry(e.partner)) {
        excluded.push({ partnerId: e.partner.id, reason: ExclusionReason.NO_COMPETENCY, detail: lead.industry });
      }
    }
    chosen = chosen.filter((e) => servesIndustry(e.partner));
  }
  const candidates = chosen.map(({ partner }): Candidate => {
    const fits: FitLine[] = [
      widening
        ? { reason: FitReason.TERRITORY_WIDENED, detail: widening.area || lead.country }
        : { reason: FitReason.TERRITORY, detail: code ? `${lead.country}-${code}` : lead.country },
    ];
    if (lead.productLine) fits.push({ reason: FitReason.PRODUCT_LINE, detail: lead.productLine });
    if (servesIndustry(partner)) fits.push({ reason: FitReason.INDUSTRY, detail: lead.industry! });
    fits.push({ reason: FitReason.TIER, detail: partner.tier });
    fits.push({ reason: FitReason.CAPACITY, detail: `${partner.openLeads}/${partner.capacity}` });
    return { partnerId: partner.id, fits };
  });
  return { candidates, excluded, widening };
}
