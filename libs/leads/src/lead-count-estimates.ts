import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { Clock } from '@leadrelay/core';

/** How long an instance keeps the planner's estimate of a long list's length. */
export const LEAD_COUNT_ESTIMATE_MS = 10_000;
/** At most this many lists' estimates are kept; the least recently used go first. */
export const LEAD_COUNT_ESTIMATES = 10_000;

/**
 * The planner's estimates of how many leads a list holds, when it holds more than can be counted
 * exactly (issue 9: `totalCount` above EXACT_COUNT_UP_TO), kept for a few seconds per list, so that
 * paging through a long list asks PostgreSQL once, not on every page. An estimate moves only when
 * the table's statistics do (autovacuum's analyze, the table's growth), and the portal shows it as
 * "about 100,000 leads"; a list that falls to the bound or below is counted exactly again at once.
 * Keyed by who reads (tenant, partner, owner: never shared between readers who see different
 * leads) and the filter; timed by the injected clock.
 */
@Injectable()
export class LeadCountEstimates {
  private readonly estimates: LRUCache<string, number>;

  constructor(clock: Clock) {
    this.estimates = new LRUCache<string, number>({
      max: LEAD_COUNT_ESTIMATES,
      ttl: LEAD_COUNT_ESTIMATE_MS,
      ttlAutopurge: false,
      perf: { now: () => clock.now().getTime() },
    });
  }

  /** The list's estimate, kept or made by `estimate` now. */
  async of(list: string, estimate: () => Promise<number>): Promise<number> {
    const known = this.estimates.get(list);
    if (known !== undefined) return known;
    const made = await estimate();
    this.estimates.set(list, made);
    return made;
  }
}
