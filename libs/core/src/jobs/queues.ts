/**
 * LeadRelay's background work, as pg-boss queues in the same PostgreSQL (schema `pgboss`). Jobs
 * are sent inside the transaction of the change that causes them, so they exist exactly when the
 * change does; every job names its tenant, and the worker sets that tenant's context from it.
 */
export const QUEUE = {
  /** Deadlines due for one tenant: expiries, reminders, escalations (`{ tenantId }`). */
  dueWork: 'due-work',
  /** One notification to deliver by e-mail (`{ tenantId, notificationId }`). */
  notification: 'notification-delivery',
  /** One webhook delivery (`{ tenantId, deliveryId }`). */
  webhook: 'webhook-delivery',
  /** A lead whose round ended UNPLACED or that was returned to be re-offered: the router's next round (`{ tenantId, leadId }`). */
  reoffer: 'lead-reoffer',
  /** A tenant's periodic re-score of its engaged leads, as engagement fades (`{ tenantId }`); it sends its next run itself. */
  rescore: 'lead-rescore',
} as const;

export type QueueName = (typeof QUEUE)[keyof typeof QUEUE];

export interface QueueSettings {
  retryLimit: number;
  /** Seconds before the first retry; doubled each time (with jitter) when `retryBackoff`. */
  retryDelay: number;
  retryBackoff: boolean;
  retryDelayMax?: number;
  /** A job active this long without finishing (its worker died) is retried. */
  expireInSeconds: number;
}

export const QUEUE_SETTINGS: Record<QueueName, QueueSettings> = {
  [QUEUE.dueWork]: { retryLimit: 10, retryDelay: 5, retryBackoff: true, retryDelayMax: 300, expireInSeconds: 600 },
  [QUEUE.notification]: { retryLimit: 12, retryDelay: 10, retryBackoff: true, retryDelayMax: 6 * 3600, expireInSeconds: 120 },
  // About three days of retries: 1, 2, 4, ... minutes, then every 6 hours.
  [QUEUE.webhook]: { retryLimit: 20, retryDelay: 60, retryBackoff: true, retryDelayMax: 6 * 3600, expireInSeconds: 120 },
  [QUEUE.reoffer]: { retryLimit: 10, retryDelay: 5, retryBackoff: true, retryDelayMax: 300, expireInSeconds: 120 },
  [QUEUE.rescore]: { retryLimit: 10, retryDelay: 60, retryBackoff: true, retryDelayMax: 3600, expireInSeconds: 900 },
};

export const JOB_SCHEMA = 'pgboss';
