import { Injectable } from '@nestjs/common';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { RateLimits, TooManyRequestsError } from '@leadrelay/core';

const WINDOW_SECONDS = 15 * 60;

/**
 * Slows down guessing: after too many failed logins for one e-mail address (or from one network
 * address) within 15 minutes, further attempts are refused until the window has passed. The counts
 * live in PostgreSQL (table `rate_limit`), so every API instance sees the same ones.
 */
@Injectable()
export class LoginThrottle {
  static readonly FAILURES_PER_EMAIL = 5;
  static readonly FAILURES_PER_ADDRESS = 50;

  private readonly byEmail: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(limits: RateLimits) {
    const durationSeconds = WINDOW_SECONDS;
    this.byEmail = limits.limiter({ keyPrefix: 'email', points: LoginThrottle.FAILURES_PER_EMAIL, durationSeconds });
    this.byAddress = limits.limiter({ keyPrefix: 'address', points: LoginThrottle.FAILURES_PER_ADDRESS, durationSeconds });
  }

  /** Refuses the attempt if this e-mail or address has used up its failures. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const [forEmail, forAddress] = await Promise.all([this.byEmail.get(email), this.byAddress.get(address)]);
    const spent = [
      [forEmail, LoginThrottle.FAILURES_PER_EMAIL],
      [forAddress, LoginThrottle.FAILURES_PER_ADDRESS],
    ] as const;
    for (const [state, limit] of spent) {
      if (state && state.consumedPoints >= limit) {
        throw new TooManyRequestsError(Math.ceil(state.msBeforeNext / 1000));
      }
    }
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.byEmail.penalty(email, 1), this.byAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.byEmail.delete(email);
  }
}
