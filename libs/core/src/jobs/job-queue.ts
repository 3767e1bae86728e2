import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CompiledQuery } from 'kysely';
import { escapeLiteral } from 'pg';
import { PgBoss, type Job, type WorkOptions } from 'pg-boss';
import { AppConfig } from '../config/app-config';
import { JOB_SCHEMA, type QueueName } from './queues';

/** A job as `sendMany` and a batch take it. */
interface BatchedJob extends JobOptions {
  data: object;
}

/**
 * The rows some jobs name (the outbox's notifications, webhook deliveries), to be written with them
 * (`sendManyWith`): an insert whose one parameter (`$1`) is `json`, the rows as JSON text.
 */
export interface RowsOfJobs {
  sql: string;
  json: string;
}

/** What a batch under way (`inBatch`) holds back for its end: the rows its jobs name, in order, and its jobs by queue. */
interface Batch {
  rows: RowsOfJobs[];
  jobs: Map<QueueName, Map<string, BatchedJob>>;
}

/**
 * Up to this many characters of values (JSON) a batch's rows and jobs go in one round trip, written
 * into the statements; above it, with their values as parameters, one round trip each. Writing a
 * value in is `pg`'s `escapeLiteral`, a character at a time (about 80 ms a megabyte here): more than
 * a round trip costs once the value is past some tens of kilobytes. An accept or a post writes a
 * few kilobytes; a sweep's burst of 10,000 expiries megabytes (bench:deadlines' burst was a second
 * later written in).
 */
export const WRITTEN_IN_UP_TO = 64 * 1024;

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
  /** What the batches under way (`inBatch`) hold back, by their transaction's entity manager. */
  private readonly batches = new WeakMap<EntityManager, Batch>();

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

  /**
   * Runs `work` (a bulk change in `em`'s transaction, or a move that sends jobs to several queues)
   * with every job it sends, and the rows they name (`sendManyWith`), held back and written at its
   * end, in one round trip (`insertHeld`): the statements do not grow with the jobs nor with their
   * queues. A job sent twice within the batch (same queue, data, start, key and priority) is written
   * once. Within a batch already under way, just runs `work`.
   */
  async inBatch<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
    if (this.batches.has(em)) return work();
    const held: Batch = { rows: [], jobs: new Map() };
    this.batches.set(em, held);
    try {
      const result = await work();
      await this.insertHeld(em, held);
      return result;
    } finally {
      this.batches.delete(em);
    }
  }

  /** Sends a job inside `em`'s open transaction. */
  async send(em: EntityManager, queue: QueueName, data: object, options: JobOptions = {}): Promise<void> {
    if (this.hold(em, queue, [{ data, ...options }])) return;
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
  async sendMany(em: EntityManager, queue: QueueName, jobs: BatchedJob[]): Promise<void> {
    if (jobs.length === 0 || this.hold(em, queue, jobs)) return;
    await this.insert(em, queue, jobs);
  }

  /**
   * Writes `rows` (the rows the jobs name) and sends the jobs inside `em`'s open transaction, in one
   * round trip (in a batch, at its end with the rest).
   */
  async sendManyWith(em: EntityManager, rows: RowsOfJobs, queue: QueueName, jobs: BatchedJob[]): Promise<void> {
    const batch = this.batches.get(em);
    if (batch) {
      batch.rows.push(rows);
      this.hold(em, queue, jobs);
      return;
    }
    await this.insertHeld(em, { rows: [rows], jobs: new Map([[queue, new Map(jobs.map((job, i) => [String(i), job]))]]) });
  }

  /** In a batch (`inBatch`): keeps the jobs for its end and says so. */
  private hold(em: EntityManager, queue: QueueName, jobs: BatchedJob[]): boolean {
    const held = this.batches.get(em)?.jobs;
    if (!held) return false;
    const ofQueue = held.get(queue) ?? new Map<string, BatchedJob>();
    held.set(queue, ofQueue);
    for (const job of jobs) {
      const key = JSON.stringify([job.data, job.startAfter?.getTime() ?? null, job.singletonKey ?? null, job.priority ?? null]);
      if (!ofQueue.has(key)) ofQueue.set(key, job);
    }
    return true;
  }

  /**
   * A batch's rows and jobs: one queue's jobs alone as pg-boss inserts them; else the rows' inserts
   * and each queue's insert as pg-boss writes it (its statement with its one value, the jobs as
   * JSON). Up to `WRITTEN_IN_UP_TO` characters of values they go in one round trip, each value
   * written in as a literal (as pg-boss's own `flow` writes its inserts) and sent together as one
   * simple query in `em`'s transaction; above it each statement goes with its value as a parameter.
   */
  private async insertHeld(em: EntityManager, held: Batch): Promise<void> {
    const queues = [...held.jobs].filter(([, jobs]) => jobs.size > 0);
    if (held.rows.length === 0 && queues.length <= 1) {
      for (const [queue, jobs] of queues) await this.insert(em, queue, [...jobs.values()]);
      return;
    }
    const statements = held.rows.map((rows) => ({ text: rows.sql, values: [rows.json] as unknown[] }));
    for (const [queue, jobs] of queues) {
      await this.boss.insert(queue, [...jobs.values()], {
        db: {
          executeSql: async (text: string, values?: unknown[]) => {
            statements.push({ text, values: values ?? [] });
            return { rows: [] };
          },
        },
      });
    }
    const kysely = em.getKysely();
    const written = statements.reduce((length, { values }) => length + String(values[0]).length, 0);
    if (written > WRITTEN_IN_UP_TO) {
      for (const { text, values } of statements) await kysely.executeQuery(CompiledQuery.raw(text, values));
      return;
    }
    const inOne = statements.map(({ text, values }) => withValueWrittenIn(text, values)).join(';\n');
    await kysely.executeQuery(CompiledQuery.raw(inOne, []));
  }

  private async insert(em: EntityManager, queue: QueueName, jobs: BatchedJob[]): Promise<void> {
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

/**
 * An insert with its one parameter (JSON text: pg-boss's jobs, the rows they name) written in as a
 * literal (`pg`'s `escapeLiteral`). Refuses a statement of another shape, so that a pg-boss that
 * changes its insert fails here, loudly, instead of writing something else.
 */
function withValueWrittenIn(text: string, values: readonly unknown[]): string {
  const [json] = values;
  if (values.length !== 1 || typeof json !== 'string' || text.split('$1').length !== 2 || /\$([02-9]|1\d)/.test(text)) {
    throw new Error(`Not an insert with one JSON value, as pg-boss's and the outbox's are: ${text.slice(0, 200)}`);
  }
  return text.replace('$1', () => escapeLiteral(json));
}
