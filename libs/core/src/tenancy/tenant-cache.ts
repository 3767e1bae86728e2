import { LRUCache } from 'lru-cache';
import type { Clock } from '../clock/clock';

/**
 * How long an instance believes what it read of a tenant's configuration (its scoring model, its
 * routing policy) before it reads it again: a save on another instance takes effect there within
 * this bound; on the instance that saves, at once (`forget`).
 */
export const TENANT_CACHE_MS = 1_000;
/** At most this many tenants are remembered; the least recently used go first. */
export const TENANT_CACHE_SIZE = 1_000;

/**
 * One piece of each tenant's configuration, remembered between requests for `TENANT_CACHE_MS` by
 * the injected clock (tests move it), so that a post to /intake/leads does not read the scoring model
 * and the routing policy again (issue 11). The values are shared by the requests of that second:
 * deep-frozen. A read that was under way when the tenant was forgotten is not remembered (it may
 * have seen the old configuration).
 */
export class TenantCache<T> {
  private readonly entries: LRUCache<string, { value: T }>;
  /** Counts the forgets: a read remembers its value only when none came while it was reading. */
  private forgets = 0;

  constructor(private readonly clock: Clock) {
    this.entries = new LRUCache<string, { value: T }>({
      max: TENANT_CACHE_SIZE,
      ttl: TENANT_CACHE_MS,
      ttlAutopurge: false,
      // The clock read at every look-up (not remembered for a millisecond of real time): tests move it.
      ttlResolution: 0,
      perf: { now: () => clock.now().getTime() },
    });
  }

  /** The tenant's value read within the bound, or what `read` reads now (then remembered, frozen). */
  async get(tenantId: string, read: () => Promise<T>): Promise<T> {
    const known = this.entries.get(tenantId);
    if (known) return known.value;
    const forgets = this.forgets;
    const value = deepFreeze(await read());
    if (forgets === this.forgets) this.entries.set(tenantId, { value });
    return value;
  }

  /** After a save: the next request of this instance reads the tenant's configuration again. */
  forget(tenantId: string): void {
    this.forgets += 1;
    this.entries.delete(tenantId);
  }
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
