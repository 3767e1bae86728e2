import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Pool, type QueryConfig } from 'pg';
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
export class RateLimits implements OnApplicationShutdown {
  private readonly logger = new Logger(RateLimits.name);
  private readonly pool: Pool;

  constructor(config: AppConfig) {
    this.pool = new Pool({ connectionString: config.DATABASE_URL, max: 2 });
    // An idle connection dropped by the server (restart, failover) is replaced on next use.
    this.pool.on('error', (error) => this.logger.warn(`rate-limit connection lost: ${error.message}`));
  }

  limiter({ keyPrefix, points, durationSeconds }: LimitOptions): RateLimiterPostgres {
    // rate-limiter-flexible names its statements, and a named prepared statement lives in the
    // server session, which pgbouncer in transaction mode hands to another client after each
    // query ("prepared statement already exists"): the same SQL, sent unnamed.
    const unnamed = { query: (query: QueryConfig) => this.pool.query({ text: query.text, values: query.values }) };
    return new RateLimiterPostgres({
      storeClient: unnamed,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix,
      points,
      duration: durationSeconds,
    });
  }

  // At application shutdown, not module destroy: after the HTTP server has let the requests in flight finish.
  async onApplicationShutdown(): Promise<void> {
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
