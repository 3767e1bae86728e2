import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@leadrelay/core';

export enum WebhookEndpointStatus {
  ENABLED = 'ENABLED',
  DISABLED = 'DISABLED',
}

/** Why an endpoint no longer receives deliveries. */
export enum WebhookDisabledReason {
  /** A vendor admin switched it off. */
  BY_ADMIN = 'BY_ADMIN',
  /** The receiver answered 410 Gone: it asked not to be called again. */
  GONE = 'GONE',
  /** A delivery failed on every attempt for about three days and nothing reached the endpoint meanwhile. */
  FAILING = 'FAILING',
}

/**
 * A URL of the vendor's own systems that receives the lead events it subscribed to, signed after
 * the Standard Webhooks convention. The signing secret is kept (it is needed for every delivery)
 * but never shown again after creation or rotation; after a rotation the previous secret keeps
 * signing beside the new one for a grace period, so the receiver can switch without losing a call.
 */
@Entity()
@Index({ properties: ['tenantId', 'status'] })
export class WebhookEndpoint extends TenantOwnedEntity {
  @Property({ length: 2000 })
  url!: string;

  @Property({ length: 200, nullable: true })
  description?: string | null;

  /** LeadEventType values ('lead.won', ...). */
  @Property({ type: 'text[]' })
  eventTypes!: string[];

  /** `whsec_` + base64 of 32 random bytes, as the standardwebhooks package takes it. */
  @Property({ length: 100, hidden: true })
  secret!: string;

  /** The secret before the last rotation, still signing until `previousSecretExpiresAt`. */
  @Property({ length: 100, nullable: true, hidden: true })
  previousSecret?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt?: Date | null;

  @Enum({ items: () => WebhookEndpointStatus, nativeEnumName: 'webhook_endpoint_status' })
  status: WebhookEndpointStatus & Opt = WebhookEndpointStatus.ENABLED;

  @Enum({ items: () => WebhookDisabledReason, nativeEnumName: 'webhook_disabled_reason', nullable: true })
  disabledReason?: WebhookDisabledReason | null;

  @Property({ type: 'timestamptz', nullable: true })
  disabledAt?: Date | null;

  /** Failed attempts since the last successful one, over all deliveries. */
  @Property({ type: 'integer' })
  consecutiveFailures: number & Opt = 0;

  @Property({ type: 'timestamptz', nullable: true })
  lastSuccessAt?: Date | null;

  @Property({ type: 'uuid', nullable: true })
  createdByUserId?: string | null;
}
