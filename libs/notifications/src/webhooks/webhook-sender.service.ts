import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { AppConfig, Clock, JobQueue, QUEUE, Role, Tenant, TenantContext } from '@leadrelay/core';
import { Membership, readerLocale } from '@leadrelay/identity';
import { NotificationKind } from '../notification-kind';
import { Notification, NotificationStatus } from '../notification.entity';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookDisabledReason, WebhookEndpoint, WebhookEndpointStatus } from './webhook-endpoint.entity';
import { assertLiteralAllowed, guardedLookup } from './webhook-target';

/** How long one attempt may take, from connecting to the response's status line. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

export interface WebhookAttempt {
  tenantId: string;
  deliveryId: string;
  /** pg-boss's count of earlier failures of this job, and how many it allows. */
  retryCount: number;
  retryLimit: number;
}

/** What one attempt came to; anything that pg-boss should retry is thrown instead. */
export type WebhookAttemptResult =
  /** Nothing to do: the delivery is gone or no longer pending. */
  | 'SKIPPED'
  | 'SUCCEEDED'
  /** The endpoint was disabled before this attempt; the delivery is given up. */
  | 'ENDPOINT_DISABLED'
  /** The receiver answered 410 Gone: the endpoint is disabled. */
  | 'GONE'
  /** The last allowed attempt failed too. */
  | 'GAVE_UP';

interface Response {
  code: number | null;
  error: string | null;
}

/** The `webhook-signature` header: one `v1,` signature per secret still valid (two during a rotation). */
export function signatureHeader(secrets: readonly string[], id: string, at: Date, body: string): string {
  return secrets.map((secret) => new Webhook(secret).sign(id, at, body)).join(' ');
}

/**
 * Sends one webhook delivery, the way `NotificationDelivery` sends a mail: it reads what to send in
 * one short transaction, makes the call outside any transaction, and records the outcome in a
 * second one. A 2xx answer is success; 410 Gone disables the endpoint; any other answer, a timeout
 * or a refused address is recorded and rethrown, so that pg-boss retries with backoff (about three
 * days, see QUEUE_SETTINGS). When the last attempt fails and nothing has reached the endpoint since
 * the delivery was made, the endpoint is disabled; either way of disabling mails the vendor admins.
 */
@Injectable()
export class WebhookSender {
  private readonly logger = new Logger(WebhookSender.name);

  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  async deliver(attempt: WebhookAttempt): Promise<WebhookAttemptResult> {
    const prepared = await this.tenants.run(attempt.tenantId, async (em) => {
      const delivery = await em.findOne(
        WebhookDelivery,
        { tenantId: attempt.tenantId, id: attempt.deliveryId },
        { populate: ['endpoint'] },
      );
      if (!delivery || delivery.status !== WebhookDeliveryStatus.PENDING) return null;
      const endpoint = delivery.endpoint.getEntity();
      if (endpoint.status !== WebhookEndpointStatus.ENABLED) {
        delivery.status = WebhookDeliveryStatus.FAILED;
        delivery.lastError = 'The endpoint was disabled before this delivery went out.';
        return 'ENDPOINT_DISABLED' as const;
      }
      const now = this.clock.now();
      const secrets = [endpoint.secret];
      if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && endpoint.previousSecretExpiresAt > now) {
        secrets.push(endpoint.previousSecret);
      }
      return { url: endpoint.url, secrets, payload: delivery.payload, createdAt: delivery.createdAt };
    });
    if (prepared === null) return 'SKIPPED';
    if (prepared === 'ENDPOINT_DISABLED') return prepared;

    const body = JSON.stringify(prepared.payload);
    const response = await this.post(prepared.url, attempt.deliveryId, prepared.secrets, body);
    const code = response.code;
    if (code !== null && code >= 200 && code < 300) {
      await this.recordSuccess(attempt, code);
      return 'SUCCEEDED';
    }
    if (code === 410) {
      await this.recordGone(attempt, prepared.url);
      return 'GONE';
    }
    const problem = response.error ?? `The endpoint answered ${code}.`;
    const final = attempt.retryCount >= attempt.retryLimit;
    await this.recordFailure(attempt, response, final, prepared.createdAt, prepared.url);
    this.logger.warn(`webhook delivery ${attempt.deliveryId}: ${problem}${final ? ' (gave up)' : ' (will retry)'}`);
    if (final) return 'GAVE_UP';
    throw new Error(`Webhook delivery ${attempt.deliveryId} failed: ${problem}`);
  }

  /** One POST; never throws: a failure to connect, a refused address or a timeout is an `error`. */
  private post(target: string, id: string, secrets: readonly string[], body: string): Promise<Response> {
    const allowPrivate = this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS;
    const url = new URL(target);
    try {
      assertLiteralAllowed(url, allowPrivate);
    } catch (error) {
      return Promise.resolve({ code: null, error: (error as Error).message });
    }
    const at = this.clock.now();
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    return new Promise<Response>((resolve) => {
      const request = send(
        url,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'user-agent': 'LeadRelay-Webhooks/1',
            'webhook-id': id,
            'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
            'webhook-signature': signatureHeader(secrets, id, at, body),
          },
          // The connection goes to the address the lookup checked (see guardedLookup); a fresh one each time.
          lookup: guardedLookup(allowPrivate),
          agent: false,
          signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
        },
        (response) => {
          // Only the status counts; the body is read and dropped. Redirects are not followed.
          response.resume();
          response.on('error', () => undefined);
          resolve({ code: response.statusCode ?? null, error: null });
        },
      );
      request.on('error', (error: Error) => {
        const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
        resolve({ code: null, error: timedOut ? `No answer within ${WEBHOOK_TIMEOUT_MS / 1000} seconds.` : error.message });
      });
      request.end(body);
    });
  }

  private recordSuccess(attempt: WebhookAttempt, code: number): Promise<void> {
    return this.tenants.run(attempt.tenantId, async (em) => {
      const now = this.clock.now();
      const delivery = await this.updateDelivery(em, attempt, {
        status: WebhookDeliveryStatus.SUCCEEDED,
        lastResponseCode: code,
        lastError: null,
        deliveredAt: now,
      });
      await em.nativeUpdate(
        WebhookEndpoint,
        { tenantId: attempt.tenantId, id: delivery.endpoint.id },
        { consecutiveFailures: 0, lastSuccessAt: now },
      );
    });
  }

  private recordGone(attempt: WebhookAttempt, url: string): Promise<void> {
    return this.tenants.run(attempt.tenantId, async (em) => {
      const delivery = await this.updateDelivery(em, attempt, {
        status: WebhookDeliveryStatus.FAILED,
        lastResponseCode: 410,
        lastError: 'The endpoint answered 410 Gone and was disabled.',
      });
      await this.failedOnce(em, attempt.tenantId, delivery.endpoint.id);
      await this.disable(em, attempt.tenantId, delivery.endpoint.id, url, WebhookDisabledReason.GONE, { code: 410, error: null });
    });
  }

  private recordFailure(
    attempt: WebhookAttempt,
    response: Response,
    final: boolean,
    createdAt: Date,
    url: string,
  ): Promise<void> {
    return this.tenants.run(attempt.tenantId, async (em) => {
      const delivery = await this.updateDelivery(em, attempt, {
        status: final ? WebhookDeliveryStatus.FAILED : WebhookDeliveryStatus.PENDING,
        lastResponseCode: response.code,
        lastError: response.error,
      });
      await this.failedOnce(em, attempt.tenantId, delivery.endpoint.id);
      if (final) {
        await this.disable(em, attempt.tenantId, delivery.endpoint.id, url, WebhookDisabledReason.FAILING, response, createdAt);
      }
    });
  }

  private async updateDelivery(
    em: EntityManager,
    attempt: WebhookAttempt,
    changes: Partial<Pick<WebhookDelivery, 'status' | 'lastResponseCode' | 'lastError' | 'deliveredAt'>>,
  ): Promise<WebhookDelivery> {
    const delivery = await em.findOneOrFail(WebhookDelivery, { tenantId: attempt.tenantId, id: attempt.deliveryId });
    Object.assign(delivery, changes, { attempts: attempt.retryCount + 1, lastAttemptAt: this.clock.now() });
    await em.flush();
    return delivery;
  }

  private async failedOnce(em: EntityManager, tenantId: string, endpointId: string): Promise<void> {
    await em.execute(
      `update webhook_endpoint set consecutive_failures = consecutive_failures + 1 where tenant_id = ? and id = ?`,
      [tenantId, endpointId],
    );
  }

  /**
   * Disables the endpoint unless it already is (or, given `unlessSucceededSince`, unless a delivery
   * to it has succeeded since then), and mails the vendor admins in the same transaction: exactly
   * once, however many deliveries fail at the same moment.
   */
  private async disable(
    em: EntityManager,
    tenantId: string,
    endpointId: string,
    url: string,
    reason: WebhookDisabledReason,
    last: Response,
    unlessSucceededSince?: Date,
  ): Promise<void> {
    const changed = await em.nativeUpdate(
      WebhookEndpoint,
      {
        tenantId,
        id: endpointId,
        status: WebhookEndpointStatus.ENABLED,
        ...(unlessSucceededSince ? { $or: [{ lastSuccessAt: null }, { lastSuccessAt: { $lt: unlessSucceededSince } }] } : {}),
      },
      { status: WebhookEndpointStatus.DISABLED, disabledReason: reason, disabledAt: this.clock.now() },
    );
    if (changed === 0) return;
    this.logger.warn(`webhook endpoint ${endpointId} of tenant ${tenantId} disabled: ${reason}`);
    await this.mailVendorAdmins(em, tenantId, { endpointId, url, reason, lastResponseCode: last.code, lastError: last.error });
  }

  /** A WEBHOOK_DISABLED notification to every vendor admin, with its delivery job: the outbox's way. */
  private async mailVendorAdmins(
    em: EntityManager,
    tenantId: string,
    webhook: NonNullable<Notification['data']['webhook']>,
  ): Promise<void> {
    const tenant = await em.findOneOrFail(Tenant, { id: tenantId });
    const admins = await em.find(Membership, { tenantId, role: Role.VENDOR_ADMIN }, { populate: ['user'] });
    const rows = admins.map((membership) => {
      const user = membership.user.getEntity();
      return Object.assign(new Notification(), {
        id: randomUUID(),
        tenantId,
        kind: NotificationKind.WEBHOOK_DISABLED,
        userId: user.id,
        email: user.email,
        recipientName: user.name,
        locale: readerLocale(user, tenant),
        leadEventId: null,
        data: { leadId: null, webhook },
        status: NotificationStatus.PENDING,
        attempts: 0,
        createdAt: this.clock.now(),
      });
    });
    if (rows.length === 0) return;
    await em.insertMany(Notification, rows);
    await this.jobs.sendMany(
      em,
      QUEUE.notification,
      rows.map((row) => ({ data: { tenantId, notificationId: row.id } })),
    );
  }
}
