import { createHash } from 'node:crypto';
import { PartnerTier } from '@leadrelay/partners';

/**
 * Fair ranking among a lead's candidates, as pure arithmetic: each partner has a weight (its
 * tier's, times a bounded factor from its measured performance), its fair share of the offers
 * made to the candidates is its weight over theirs, and the one furthest below its share goes
 * first. A partner that becomes available later (new, or back from absence) starts at the level
 * the others have reached then, so it is neither flooded nor starved, and keeps its share after.
 */

/** A tier's base weight: a GOLD partner's fair share is three times a BRONZE one's. */
export const TIER_WEIGHTS: Readonly<Record<PartnerTier, number>> = {
  [PartnerTier.GOLD]: 3,
  [PartnerTier.SILVER]: 2,
  [PartnerTier.BRONZE]: 1,
};

/** The performance factor stays within these bounds: no partner is shut out, none takes all. */
export const FACTOR_BOUNDS = { min: 0.5, max: 1.5 } as const;

/** Fewer answered offers (or closed leads) than this and a measure does not count: a new partner is neutral. */
export const MIN_SAMPLE = 5;

/** How a partner did over the recent window; a measure is null without enough data. */
export interface Performance {
  /** Accepted of answered offers (accepted, declined, expired). */
  acceptanceRate: number | null;
  /** Median business hours from offer to acceptance. */
  medianHoursToAccept: number | null;
  /** Won of closed (won or lost). */
  winRate: number | null;
  /** Returned of accepted. */
  returnRate: number | null;
}

export interface Weight {
  tierWeight: number;
  /** FACTOR_BOUNDS.min..max; 1 is neutral. */
  performanceFactor: number;
  /** tierWeight × performanceFactor. */
  weight: number;
}

/**
 * The factor from performance: each measure moves it from 1 by how far it lies from a typical
 * value (acceptance 70 %, answer within 8 business hours, win 30 %, return 10 %), then bounded.
 */
export function weightOf(tier: PartnerTier, performance: Performance): Weight {
  let factor = 1;
  if (performance.acceptanceRate !== null) factor += 0.5 * (performance.acceptanceRate - 0.7);
  if (performance.medianHoursToAccept !== null)
    factor += 0.1 * Math.max(-2, Math.min(1, (8 - performance.medianHoursToAccept) / 8));
  if (performance.winRate !== null) factor += 0.5 * (performance.winRate - 0.3);
  if (performance.returnRate !== null) factor -= 0.5 * (performance.returnRate - 0.1);
  const performanceFactor = Math.round(Math.min(FACTOR_BOUNDS.max, Math.max(FACTOR_BOUNDS.min, factor)) * 1000) / 1000;
  const tierWeight = TIER_WEIGHTS[tier];
  return { tierWeight, performanceFactor, weight: tierWeight * performanceFactor };
}

export interface ShareInput {
  partnerId: string;
  weight: number;
  /** Offers made to it since it became available (within the window). */
  received: number;
  /**
   * Offers per unit of weight it is credited with at the moment it became available: 0 for a
   * partner available all the window, else the weighted level of the other candidates then.
   */
  baseline: number;
}

export interface RankedShare extends ShareInput {
  /** weight over the candidates' total weight. */
  share: number;
  /** baseline + received / weight: offers per unit of weight. The lowest goes first. */
  level: number;
  /** How many offers it is below the candidates' weighted level (negative: above). */
  deficit: number;
  /** 1 = goes first. */
  rank: number;
  /** The deterministic tie-break: a hash of lead and partner, no bias to older partners. */
  tieBreak: string;
}

/** The weighted level of a set of partners: their offers per unit of weight. */
export function weightedLevel(entries: { weight: number; level: number }[]): number {
  const total = entries.reduce((sum, e) => sum + e.weight, 0);
  return total > 0 ? entries.reduce((sum, e) => sum + e.weight * e.level, 0) / total : 0;
}

/** The candidates in the order they get the lead: furthest below fair share first, ties by the hash of lead and partner. */
export function rankByFairShare(leadId: string, inputs: ShareInput[]): RankedShare[] {
  const total = inputs.reduce((sum, input) => sum + input.weight, 0);
  const levelled = inputs.map((input) => ({ ...input, level: input.baseline + input.received / input.weight }));
  const fairLevel = weightedLevel(levelled);
  const ranked = levelled.map((input) => ({
    ...input,
    share: total > 0 ? input.weight / total : 0,
    deficit: Math.round((fairLevel - input.level) * input.weight * 100) / 100,
    tieBreak: createHash('sha256').update(`${leadId}:${input.partnerId}`).digest('hex').slice(0, 16),
    rank: 0,
  }));
  ranked.sort((a, b) => a.level - b.level || (a.tieBreak < b.tieBreak ? -1 : 1));
  ranked.forEach((entry, index) => (entry.rank = index + 1));
  return ranked;
}
