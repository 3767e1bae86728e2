import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { AppConfig, TooManyRequestsError } from '@leadrelay/core';

const WINDOW_SECONDS = 15 * 60;

/**
 * Slows down guessing: after too many failed logins for one e-mail address (or from one network
 * address) within 15 minutes, further attempts are refused until the window has passed. The counts
 * live in PostgreSQL (table `rate_limit`), so every API instance sees the same ones.
 */
@Injectable()
export class LoginThrottle implements OnModuleDestroy {
  static readonly FAILURES_PER_EMAIL = 5;
  static readonly FAILURES_PER_ADDRESS = 50;

  private readonly logger = new Logger(LoginThrottle.name);
  private readonly pool: Pool;
  private readonly byEmail: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(config: AppConfig) {
    this.pool = new Pool({ connectionString: config.DATABASE_URL, max: 2 });
    // An idle connection dropped by the server (restart, failover) is replaced on next use.
    this.pool.on('error', (error) => this.logger.warn(`login throttle connection lost: ${error.message}`));
    const common = { storeClient: this.pool, tableName: 'rate_limit', tableCreated: true, duration: WINDOW_SECONDS };
    this.byEmail = new RateLimiterPostgres({ ...common, keyPrefix: 'email', points: LoginThrottle.FAILURES_PER_EMAIL });
    this.byAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'address', points: LoginThrottle.FAILURES_PER_ADDRESS });
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

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
