import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { type Actor, type ActorIdentity, Clock } from '@leadrelay/core';

/**
 * How long an instance believes a checked session before it looks at the database again: a session
 * ended or a member removed or changed on another instance takes effect there within this bound.
 * On the instance that ends it (logout, password change, member removed or changed) at once.
 */
export const SESSION_CACHE_MS = 1_000;
/** At most this many tokens are remembered; the least recently used go first. */
export const SESSION_CACHE_SIZE = 10_000;

/**
 * The actors of recently checked access tokens, so that a burst of requests with one token costs
 * one verification of its signature and one session check a second instead of one of each per
 * request (issue 9), and its ability is built once for that second, not on every request. Keyed by
 * the token itself (which names its session, membership, user and expiry); timed by the injected
 * clock; an entry never outlives its token's expiry.
 */
@Injectable()
export class SessionCache {
  private readonly actors: LRUCache<string, Actor>;

  constructor(private readonly clock: Clock) {
    this.actors = new LRUCache<string, Actor>({
      max: SESSION_CACHE_SIZE,
      ttl: SESSION_CACHE_MS,
      ttlAutopurge: false,
      perf: { now: () => clock.now().getTime() },
    });
  }

  /** The actor of a token verified and checked within the bound, or undefined: then verify and check it. */
  known(token: string): Actor | undefined {
    return this.actors.get(token);
  }

  /**
   * Who a verified token's session belongs to, with the ability built from it: remembered, or
   * checked by `check`. The rules are the code's, the same for the whole process, so the ability
   * made at the check is the one every request of that second would build. Shared by those
   * requests: frozen. `expiresAt`: the token's expiry (ms), past which it is not remembered.
   */
  async actorOf(token: string, expiresAt: number, check: () => Promise<Actor | null>): Promise<Actor | null> {
    const known = this.actors.get(token);
    if (known) return known;
    const actor = await check();
    if (!actor) return null;
    const shared = Object.freeze(actor);
    const ttl = Math.min(SESSION_CACHE_MS, expiresAt - this.clock.now().getTime());
    if (ttl > 0) this.actors.set(token, shared, { ttl });
    return shared;
  }

  /** Forgets the actors that `ended` says are over: the next request checks the database again. */
  forget(ended: (actor: ActorIdentity) => boolean): void {
    for (const [key, actor] of this.actors.entries()) {
      if (ended(actor)) this.actors.delete(key);
    }
  }
}
