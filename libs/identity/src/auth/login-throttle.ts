import { Injectable } from '@nestjs/common';
import type { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimits, TooManyRequestsError } from '@leadrelay/core';

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;

/**
 * Slows down password guessing without handing an attacker a lock on someone else's account
 * (OWASP Authentication Cheat Sheet, "Login Throttling" with device-bound counting, the address
 * standing in for the device). Failed logins are counted three ways, in PostgreSQL (table
 * `rate_limit`), so every API instance sees the same counts:
 *
 * - per e-mail and address: 5 failures in 15 minutes refuse that e-mail from that address for the
 *   rest of the window. The owner, from any other address, is not affected.
 * - per address: 50 failures in 15 minutes refuse that address for any e-mail (password spraying).
 * - per e-mail, from every address together: 100 failures in an hour (a guess from many addresses)
 *   refuse the e-mail from addresses it has not logged in from in the last 30 days; from a known
 *   address the right password still passes.
 *
 * A successful login clears its pair's count and marks the address as known for the e-mail;
 * setting a password through a mailed link clears the e-mail's count and that of its pair.
 */
@Injectable()
export class LoginThrottle {
  static readonly FAILURES_PER_PAIR = 5;
  static readonly FAILURES_PER_ADDRESS = 50;
  static readonly FAILURES_PER_ACCOUNT = 100;

  private readonly byPair: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;
  private readonly byAccount: RateLimiterPostgres;
  private readonly knownAddresses: RateLimiterPostgres;

  constructor(limits: RateLimits) {
    this.byPair = limits.limiter({
      keyPrefix: 'login-pair',
      points: LoginThrottle.FAILURES_PER_PAIR,
      durationSeconds: 15 * MINUTE,
    });
    this.byAddress = limits.limiter({
      keyPrefix: 'login-address',
      points: LoginThrottle.FAILURES_PER_ADDRESS,
      durationSeconds: 15 * MINUTE,
    });
    this.byAccount = limits.limiter({
      keyPrefix: 'login-account',
      points: LoginThrottle.FAILURES_PER_ACCOUNT,
      durationSeconds: 60 * MINUTE,
    });
    this.knownAddresses = limits.limiter({ keyPrefix: 'login-known', points: 1, durationSeconds: 30 * DAY });
  }

  /** Refuses the attempt if its pair or its address has used up its failures, or the e-mail has from an unknown address. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const pair = pairKey(email, address);
    const [forPair, forAddress, forAccount] = await Promise.all([
      this.byPair.get(pair),
      this.byAddress.get(address),
      this.byAccount.get(email),
    ]);
    refuseIfSpent(forPair, LoginThrottle.FAILURES_PER_PAIR);
    refuseIfSpent(forAddress, LoginThrottle.FAILURES_PER_ADDRESS);
    if (spent(forAccount, LoginThrottle.FAILURES_PER_ACCOUNT) && !(await this.knownAddresses.get(pair))) {
      refuseIfSpent(forAccount, LoginThrottle.FAILURES_PER_ACCOUNT);
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([
      this.byPair.penalty(pairKey(email, address), 1),
      this.byAddress.penalty(address, 1),
      this.byAccount.penalty(email, 1),
    ]);
  }

  async recordSuccess(email: string, address: string): Promise<void> {
    const pair = pairKey(email, address);
    await Promise.all([this.byPair.delete(pair), this.knownAddresses.set(pair, 1, 30 * DAY)]);
  }

  /** The owner proved the mailbox: the new password may be tried at once, from this address and any other. */
  async recordPasswordSet(email: string, address: string): Promise<void> {
    await Promise.all([this.byAccount.delete(email), this.byPair.delete(pairKey(email, address))]);
  }
}

const pairKey = (email: string, address: string) => `${email} ${address}`;

const spent = (state: RateLimiterRes | null, limit: number): state is RateLimiterRes =>
  state !== null && state.consumedPoints >= limit;

function refuseIfSpent(state: RateLimiterRes | null, limit: number): void {
  if (spent(state, limit)) throw new TooManyRequestsError(Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
}
