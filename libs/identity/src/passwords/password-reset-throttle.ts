import { Injectable } from '@nestjs/common';
import type { RateLimiterPostgres } from 'rate-limiter-flexible';
import { RateLimits, consumeAll } from '@leadrelay/core';

const WINDOW_SECONDS = 60 * 60;

/**
 * Keeps `requestPasswordReset` from flooding a mailbox or the mail server: a few requests per
 * e-mail address and a few dozen per network address within an hour. Every request counts, whether
 * the e-mail has an account or not, so the limit tells nothing about it. The counts live in
 * PostgreSQL (table `rate_limit`, as the login's), so every API instance sees the same ones.
 */
@Injectable()
export class PasswordResetThrottle {
  static readonly REQUESTS_PER_EMAIL = 3;
  static readonly REQUESTS_PER_ADDRESS = 20;

  private readonly byEmail: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(limits: RateLimits) {
    const durationSeconds = WINDOW_SECONDS;
    this.byEmail = limits.limiter({
      keyPrefix: 'reset-email',
      points: PasswordResetThrottle.REQUESTS_PER_EMAIL,
      durationSeconds,
    });
    this.byAddress = limits.limiter({
      keyPrefix: 'reset-address',
      points: PasswordResetThrottle.REQUESTS_PER_ADDRESS,
      durationSeconds,
    });
  }

  /** Counts one request; refuses it when this e-mail or address has had its share of the hour. */
  consume(email: string, address: string): Promise<void> {
    return consumeAll([
      [this.byEmail, email],
      [this.byAddress, address],
    ]);
  }
}
