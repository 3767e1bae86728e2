import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobQueue, QUEUE, QUEUE_SETTINGS } from '@leadrelay/core';
import { DueWorkService, LeadReofferService } from '@leadrelay/distribution';
import { LeadRescoreService } from '@leadrelay/leads';
import { NotificationDelivery, WebhookSender } from '@leadrelay/notifications';

interface TenantJob {
  tenantId: string;
}

interface NotificationJob extends TenantJob {
  notificationId: string;
}

interface ReofferJob extends TenantJob {
  leadId: string;
}

interface WebhookJob extends TenantJob {
  deliveryId: string;
}

/**
 * What the worker does: works each queue with a few jobs at a time. pg-boss hands a job to one
 * worker only; a worker that dies leaves its jobs to be retried after their expiry.
 */
@Injectable()
export class WorkerJobs implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkerJobs.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly dueWork: DueWorkService,
    private readonly delivery: NotificationDelivery,
    private readonly webhooks: WebhookSender,
    private readonly reoffers: LeadReofferService,
    private readonly rescores: LeadRescoreService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<TenantJob>(
      QUEUE.dueWork,
      { batchSize: 1, localConcurrency: 2, pollingIntervalSeconds: 0.5 },
      async ([job]) => {
        await this.dueWork.run(job!.data.tenantId);
      },
    );
    await this.jobs.work<ReofferJob>(
      QUEUE.reoffer,
      { batchSize: 1, localConcurrency: 2, pollingIntervalSeconds: 0.5 },
      async ([job]) => {
        await this.reoffers.run(job!.data.tenantId, job!.data.leadId);
      },
    );
    await this.jobs.work<TenantJob>(
      QUEUE.rescore,
      { batchSize: 1, localConcurrency: 1, pollingIntervalSeconds: 5 },
      async ([job]) => {
        await this.rescores.run(job!.data.tenantId);
      },
    );
    await this.jobs.work<NotificationJob>(
      QUEUE.notification,
      { batchSize: 1, localConcurrency: 4, pollingIntervalSeconds: 0.5, includeMetadata: true },
      async ([job]) => {
        const { tenantId, notificationId } = job!.data;
        const retryCount = (job as { retryCount?: number }).retryCount ?? 0;
        await this.delivery.deliver({
          tenantId,
          notificationId,
          retryCount,
          retryLimit: QUEUE_SETTINGS[QUEUE.notification].retryLimit,
        });
      },
    );
    await this.jobs.work<WebhookJob>(
      QUEUE.webhook,
      { batchSize: 1, localConcurrency: 8, pollingIntervalSeconds: 0.5, includeMetadata: true },
      async ([job]) => {
        const { tenantId, deliveryId } = job!.data;
        await this.webhooks.deliver({
          tenantId,
          deliveryId,
          retryCount: (job as { retryCount?: number }).retryCount ?? 0,
          retryLimit: QUEUE_SETTINGS[QUEUE.webhook].retryLimit,
        });
      },
    );
    this.logger.log('Working the queues: deadlines, re-offers, re-scores, notifications and webhooks');
  }
}
