import type { EntityManager } from '@mikro-orm/postgresql';
import { type JobQueue, JOB_SCHEMA, QUEUE } from '@leadrelay/core';

/** How often a tenant's engaged leads are re-scored: daily, the finest half-life being days. */
export const RESCORE_INTERVAL_MS = 86_400_000;

/**
 * Makes sure the tenant's next re-score is queued, in `em`'s transaction: sends one unless one is
 * waiting already (a singleton key alone does not keep pg-boss's standard queues to one job).
 */
export async function scheduleRescore(em: EntityManager, jobs: JobQueue, tenantId: string, now: Date): Promise<void> {
  const [waiting] = await em.execute<{ found: boolean }[]>(
    `select exists (select 1 from ${JOB_SCHEMA}.job where name = ? and state in ('created', 'retry') and data->>'tenantId' = ?) as found`,
    [QUEUE.rescore, tenantId],
  );
  if (waiting!.found) return;
  await jobs.send(em, QUEUE.rescore, { tenantId }, { startAfter: new Date(now.getTime() + RESCORE_INTERVAL_MS) });
}
