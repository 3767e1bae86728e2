import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import type { Opt, Ref } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@leadrelay/core';
import { WebhookEndpoint } from './webhook-endpoint.entity';

export enum WebhookDeliveryStatus {
  /** Waiting for its first attempt or for a retry. */
  PENDING = 'PENDING',
  /** The endpoint answered 2xx. */
  SUCCEEDED = 'SUCCEEDED',
  /** Every attempt failed, the endpoint answered 410, or it was disabled before the delivery went out. */
  FAILED = 'FAILED',
}

/** The JSON body of a delivery, fixed when the event happens so that every attempt sends the same bytes. */
export interface WebhookPayload {
  type: string;
  timestamp: string;
  data: Record<string, unknown>;
}

/**
 * One event for one endpoint, written in the transaction of the change that caused it (see
 * `WebhookFanOut`) and sent by the worker with retries. Its id is the `webhook-id` header: the same
 * on every attempt, so the receiver can drop repeats.
 */
@Entity()
@Index({ properties: ['tenantId', 'endpoint', 'createdAt'] })
export class WebhookDelivery extends TenantOwnedEntity {
  @ManyToOne(() => WebhookEndpoint, { ref: true, deleteRule: 'cascade' })
  endpoint!: Ref<WebhookEndpoint>;

  /** 'lead.won', ..., or 'webhook.test'. */
  @Property({ length: 64 })
  eventType!: string;

  /** The history line it reports; null for a test delivery. */
  @Property({ type: 'uuid', nullable: true })
  eventId?: string | null;

  @Property({ type: 'jsonb' })
  payload!: WebhookPayload;

  @Enum({ items: () => WebhookDeliveryStatus, nativeEnumName: 'webhook_delivery_status' })
  status: WebhookDeliveryStatus & Opt = WebhookDeliveryStatus.PENDING;

  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  @Property({ type: 'integer', nullable: true })
  lastResponseCode?: number | null;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  lastAttemptAt?: Date | null;

  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt?: Date | null;
}
