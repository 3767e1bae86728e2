import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';
import { PgBoss, type Job, type WorkOptions } from 'pg-boss';
import { AppConfig } from '../config/app-config';
import { JOB_SCHEMA, type QueueName } from './queues';

export const JOB_QUEUE_OPTIONS = Symbol('JOB_QUEUE_OPTIONS');

export interface JobQueueOptions {
  poolSize: number;
  supervise: boolean;
}

export interface JobOptions {
  startAfter?: Date;
  /** At most one queued job with this key per queue. */
  singletonKey?: string;
  /** Higher goes first among waiting jobs of the queue (default 0). */
  priority?: number;
}

/**
 * pg-boss for the API (which only sends) and the worker (which also works and supervises).
 * `send` writes the job in the caller's transaction: the job exists exactly when the change does.
 */
@Injectable()
export class JobQueue implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly boss: PgBoss;

  constructor(config: AppConfig, @Inject(JOB_QUEUE_OPTIONS) options: JobQueueOptions) {
    this.boss = new PgBoss({
      connectionString: config.DATABASE_URL,
      schema: JOB_SCHEMA,
      application_name: 'leadrelay-jobs',
      max: options.poolSize,
      migrate: false,
      createSchema: false,
      schedule: false,
      // Maintenance (retrying jobs whose worker died, cleaning up) runs in the worker.
      supervise: options.supervise,
      superviseIntervalSeconds: config.JOB_SUPERVISE_SECONDS,
    });
    this.boss.on('error', (error: Error) => this.logger.error(`job queue: ${error.message}`));
  }

  async onModuleInit(): Promise<void> {
    await this.boss.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss.stop({ graceful: true, timeout: 10_000 });
  }

  /** Sends a job inside `em`'s open transaction. */
  async send(em: EntityManager, queue: QueueName, data: object, options: JobOptions = {}): Promise<void> {
    const kysely = em.getKysely();
    await this.boss.send(queue, data, {
      startAfter: options.startAfter,
      singletonKey: options.singletonKey,
      // pg-boss refuses a priority key that holds no integer.
      ...(options.priority !== undefined ? { priority: options.priority } : {}),
      db: { executeSql: async (text: string, values?: unknown[]) => kysely.executeQuery(CompiledQuery.raw(text, values ?? [])) },
    });
  }

  /** Sends many jobs at once inside `em`'s open transaction. */
  async sendMany(
    em: EntityManager,
    queue: QueueName,
    jobs: { data: object; startAfter?: Date; singletonKey?: string }[],
  ): Promise<void> {
    if (jobs.length === 0) return;
    const kysely = em.getKysely();
    await this.boss.insert(queue, jobs, {
      db: { executeSql: async (text: string, values?: unknown[]) => kysely.executeQuery(CompiledQuery.raw(text, values ?? [])) },
    });
  }

  work<T extends object>(queue: QueueName, options: WorkOptions, handler: (jobs: Job<T>[]) => Promise<unknown>): Promise<string> {
    return this.boss.work<T>(queue, options, handler);
  }

  async stopWorking(queue: QueueName): Promise<void> {
    await this.boss.offWork(queue, { wait: true });
  }
}
