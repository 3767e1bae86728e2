import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes, randomUUID } from 'node:crypto';
import {
  type Actor,
  AppConfig,
  BadUserInputError,
  Clock,
  ConflictError,
  JobQueue,
  NotFoundError,
  type Page,
  type PageArgs,
  QUEUE,
  TenantContext,
  assertCan,
  paginate,
} from '@leadrelay/core';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookDisabledReason, WebhookEndpoint, WebhookEndpointStatus } from './webhook-endpoint.entity';
import type { CreateWebhookEndpointInput, UpdateWebhookEndpointInput, WebhookDeliveriesArgs } from './webhook.inputs';
import { WebhookDeliveryModel, WebhookEndpointModel, type WebhookEndpointWithSecretModel } from './webhook.model';
import { testPayload } from './webhook-payload';
import { WebhookTargetRefused, assertTargetAllowed, urlFormProblem } from './webhook-target';

/** How long the secret before a rotation keeps signing beside the new one. */
export const PREVIOUS_SECRET_GRACE_MS = 24 * 60 * 60 * 1000;

/** A signing secret as the standardwebhooks package takes it: `whsec_` + base64 of 32 random bytes. */
function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/**
 * The vendor admin's webhook endpoints and their deliveries. Every call is scoped to the actor's
 * tenant: another tenant's endpoint or delivery is NOT_FOUND.
 */
@Injectable()
export class WebhookEndpointService {
  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly jobs: JobQueue,
  ) {}

  list(actor: Actor, args: PageArgs): Promise<Page<WebhookEndpointModel>> {
    return this.tenants.run(actor, (em) => {
      assertCan(actor.ability, 'read', 'WebhookEndpoint');
      return paginate(
        em,
        WebhookEndpoint,
        args,
        { where: { tenantId: actor.tenantId }, orderBy: { createdAt: 'desc', id: 'desc' } },
        WebhookEndpointModel.from,
      );
    });
  }

  async create(actor: Actor, input: CreateWebhookEndpointInput): Promise<WebhookEndpointWithSecretModel> {
    // The address check may wait for DNS: before the transaction, not inside it.
    await this.assertUrlAllowed(input.url);
    return this.tenants.run(actor, async (em) => {
      const secret = newSecret();
      const endpoint = em.create(WebhookEndpoint, {
        tenantId: actor.tenantId,
        url: input.url,
        description: input.description ?? null,
        eventTypes: input.eventTypes,
        secret,
        createdByUserId: actor.userId,
      });
      assertCan(actor.ability, 'create', endpoint);
      await em.flush();
      return { endpoint: WebhookEndpointModel.from(endpoint), secret };
    });
  }

  async update(actor: Actor, input: UpdateWebhookEndpointInput): Promise<WebhookEndpointModel> {
    if (input.url !== undefined) await this.assertUrlAllowed(input.url);
    return this.change(actor, input.id, (endpoint) => {
      if (input.url !== undefined) endpoint.url = input.url;
      if (input.eventTypes !== undefined) endpoint.eventTypes = input.eventTypes;
      if (input.description !== undefined) endpoint.description = input.description;
    });
  }

  /** No more deliveries; those still waiting are given up when their turn comes. */
  disable(actor: Actor, id: string): Promise<WebhookEndpointModel> {
    return this.change(actor, id, (endpoint) => {
      if (endpoint.status === WebhookEndpointStatus.DISABLED) return;
      endpoint.status = WebhookEndpointStatus.DISABLED;
      endpoint.disabledReason = WebhookDisabledReason.BY_ADMIN;
      endpoint.disabledAt = this.clock.now();
    });
  }

  /** Deliveries again for events from now on; the failure count starts afresh. */
  enable(actor: Actor, id: string): Promise<WebhookEndpointModel> {
    return this.change(actor, id, (endpoint) => {
      endpoint.status = WebhookEndpointStatus.ENABLED;
      endpoint.disabledReason = null;
      endpoint.disabledAt = null;
      endpoint.consecutiveFailures = 0;
    });
  }

  /** A new secret, shown once; the old one keeps signing beside it for a day so the receiver can switch. */
  rotateSecret(actor: Actor, id: string): Promise<WebhookEndpointWithSecretModel> {
    return this.tenants.run(actor, async (em) => {
      const endpoint = await this.findInScope(em, actor, id);
      assertCan(actor.ability, 'update', endpoint);
      const secret = newSecret();
      endpoint.previousSecret = endpoint.secret;
      endpoint.previousSecretExpiresAt = new Date(this.clock.now().getTime() + PREVIOUS_SECRET_GRACE_MS);
      endpoint.secret = secret;
      await em.flush();
      return { endpoint: WebhookEndpointModel.from(endpoint), secret };
    });
  }

  /** A `webhook.test` delivery, sent and retried like any other. */
  sendTest(actor: Actor, id: string): Promise<WebhookDeliveryModel> {
    return this.tenants.run(actor, async (em) => {
      const endpoint = await this.findInScope(em, actor, id);
      assertCan(actor.ability, 'update', endpoint);
      if (endpoint.status !== WebhookEndpointStatus.ENABLED) {
        throw new ConflictError('This endpoint is disabled. Enable it first, then send a test.');
      }
      const now = this.clock.now();
      const delivery = em.create(WebhookDelivery, {
        id: randomUUID(),
        tenantId: actor.tenantId,
        endpoint,
        eventType: testPayload(endpoint.id, now).type,
        eventId: null,
        payload: testPayload(endpoint.id, now),
        status: WebhookDeliveryStatus.PENDING,
      });
      await em.flush();
      await this.jobs.send(em, QUEUE.webhook, { tenantId: actor.tenantId, deliveryId: delivery.id });
      return WebhookDeliveryModel.from(delivery);
    });
  }

  deliveries(actor: Actor, args: WebhookDeliveriesArgs): Promise<Page<WebhookDeliveryModel>> {
    return this.tenants.run(actor, async (em) => {
      assertCan(actor.ability, 'read', 'WebhookEndpoint');
      if (args.endpointId) await this.findInScope(em, actor, args.endpointId);
      return paginate(
        em,
        WebhookDelivery,
        args,
        {
          where: {
            tenantId: actor.tenantId,
            ...(args.endpointId ? { endpoint: args.endpointId } : {}),
            ...(args.status ? { status: args.status } : {}),
          },
          orderBy: { createdAt: 'desc', id: 'desc' },
        },
        WebhookDeliveryModel.from,
      );
    });
  }

  private change(actor: Actor, id: string, apply: (endpoint: WebhookEndpoint) => void): Promise<WebhookEndpointModel> {
    return this.tenants.run(actor, async (em) => {
      const endpoint = await this.findInScope(em, actor, id);
      assertCan(actor.ability, 'update', endpoint);
      apply(endpoint);
      await em.flush();
      return WebhookEndpointModel.from(endpoint);
    });
  }

  /** The endpoint in the actor's tenant; anything else is NOT_FOUND, so that its existence does not leak. */
  private async findInScope(em: EntityManager, actor: Actor, id: string): Promise<WebhookEndpoint> {
    const endpoint = await em.findOne(WebhookEndpoint, { tenantId: actor.tenantId, id });
    if (!endpoint) throw new NotFoundError('Webhook endpoint', id);
    return endpoint;
  }

  /** http(s) only, and an address LeadRelay may call (checked again at every delivery). */
  private async assertUrlAllowed(url: string): Promise<void> {
    const problem = urlFormProblem(url);
    if (problem) throw BadUserInputError.of('url', problem);
    try {
      await assertTargetAllowed(new URL(url), this.config.WEBHOOK_ALLOW_PRIVATE_TARGETS);
    } catch (error) {
      if (error instanceof WebhookTargetRefused) throw BadUserInputError.of('url', error.message);
      throw error;
    }
  }
}
