import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig, TooManyRequestsError } from '@leadrelay/core';

const WINDOW_SECONDS = 60 * 60;

/**
 * Keeps `requestPasswordReset` from flooding a mailbox or the mail server: a few requests per
 * e-mail address and a few dozen per network address within an hour. Every request counts, whether
 * the e-mail has an account or not, so the limit tells nothing about it. The counts live in
 * PostgreSQL (table `rate_limit`, as the login's), so every API instance sees the same ones.
 */
@Injectable()
export class PasswordResetThrottle implements OnModuleDestroy {
  static readonly REQUESTS_PER_EMAIL = 3;
  static readonly REQUESTS_PER_ADDRESS = 20;

  private readonly logger = new Logger(PasswordResetThrottle.name);
  private readonly pool: Pool;
  private readonly byEmail: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(config: AppConfig) {
    this.pool = new Pool({ connectionString: config.DATABASE_URL, max: 2 });
    // An idle connection dropped by the server (restart, failover) is replaced on next use.
    this.pool.on('error', (error) => this.logger.warn(`password reset throttle connection lost: ${error.message}`));
    const common = { storeClient: this.pool, tableName: 'rate_limit', tableCreated: true, duration: WINDOW_SECONDS };
    this.byEmail = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'reset-email',
      points: PasswordResetThrottle.REQUESTS_PER_EMAIL,
    });
    this.byAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'reset-address',
      points: PasswordResetThrottle.REQUESTS_PER_ADDRESS,
    });
  }

  /** Counts one request; refuses it when this e-mail or address has had its share of the hour. */
  async consume(email: string, address: string): Promise<void> {
    const results = await Promise.allSettled([this.byEmail.consume(email), this.byAddress.consume(address)]);
    const refused = results.flatMap((result) =>
      result.status === 'rejected' && result.reason instanceof RateLimiterRes ? [result.reason] : [],
    );
    if (refused.length) {
      throw new TooManyRequestsError(Math.ceil(Math.max(...refused.map((r) => r.msBeforeNext)) / 1000));
    }
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) {
      throw (failed as PromiseRejectedResult).reason;
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
