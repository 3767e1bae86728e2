import { Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { TooManyRequestsError } from '../errors/domain-error';

export interface LimitOptions {
  /** Names the counts in the shared table, e.g. 'login-email'. */
  keyPrefix: string;
  points: number;
  durationSeconds: number;
}

/**
 * Rate limits that every API instance shares: rate-limiter-flexible's counters in PostgreSQL
 * (table `rate_limit`, created by the initial migration), over one small pool of connections.
 */
@Injectable()
export class RateLimits implements OnModuleDestroy {
  private readonly logger = new Logger(RateLimits.name);
  private readonly pool: Pool;

  constructor(config: AppConfig) {
    this.pool = new Pool({ connectionString: config.DATABASE_URL, max: 2 });
    // An idle connection dropped by the server (restart, failover) is replaced on next use.
    this.pool.on('error', (error) => this.logger.warn(`rate-limit connection lost: ${error.message}`));
  }

  limiter({ keyPrefix, points, durationSeconds }: LimitOptions): RateLimiterPostgres {
    return new RateLimiterPostgres({
      storeClient: this.pool,
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix,
      points,
      duration: durationSeconds,
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}

/** Counts one attempt against each limiter; refuses with TOO_MANY_REQUESTS when any is spent. */
export async function consumeAll(attempts: [RateLimiterPostgres, string][]): Promise<void> {
  const results = await Promise.allSettled(attempts.map(([limiter, key]) => limiter.consume(key)));
  const refused = results.flatMap((result) =>
    result.status === 'rejected' && result.reason instanceof RateLimiterRes ? [result.reason] : [],
  );
  if (refused.length) {
    throw new TooManyRequestsError(Math.ceil(Math.max(...refused.map((r) => r.msBeforeNext)) / 1000));
  }
  const failed = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failed) throw failed.reason;
}
