import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Connection } from '@leadrelay/core';
import { type WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookDisabledReason, type WebhookEndpoint, WebhookEndpointStatus } from './webhook-endpoint.entity';

registerEnumType(WebhookEndpointStatus, {
  name: 'WebhookEndpointStatus',
  description: 'Whether an endpoint receives deliveries.',
  valuesMap: {
    ENABLED: { description: 'Receives deliveries.' },
    DISABLED: { description: 'Receives none; see disabledReason.' },
  },
});
registerEnumType(WebhookDisabledReason, {
  name: 'WebhookDisabledReason',
  description:
    'BY_ADMIN: switched off by a vendor admin. GONE: the receiver answered 410 Gone. FAILING: a delivery failed on every attempt for about three days and nothing reached the endpoint meanwhile.',
  valuesMap: {
    BY_ADMIN: { description: 'A vendor admin switched it off.' },
    GONE: { description: 'The receiver answered 410 Gone.' },
    FAILING: {
      description: 'A delivery failed on every attempt for about three days and nothing reached the endpoint meanwhile.',
    },
  },
});
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING: waiting for its first attempt or a retry. SUCCEEDED: answered 2xx. FAILED: every attempt failed, 410 Gone, or the endpoint was disabled first.',
  valuesMap: {
    PENDING: { description: 'Waiting for its first attempt or a retry.' },
    SUCCEEDED: { description: 'The endpoint answered 2xx.' },
    FAILED: { description: 'Every attempt failed, the endpoint answered 410, or it was disabled first.' },
  },
});

@ObjectType('WebhookEndpoint', {
  description: 'A URL of your own systems that receives lead events, signed after the Standard Webhooks convention.',
})
export class WebhookEndpointModel {
  @Field(() => ID, { description: "The endpoint's id." }) id!: string;
  @Field({ description: 'Where the deliveries are posted.' }) url!: string;
  @Field(() => String, { nullable: true, description: 'What the endpoint is for.' }) description!: string | null;
  @Field(() => [String], { description: "The event types it receives: 'lead.won', 'offer.accepted', ..." })
  eventTypes!: string[];
  @Field(() => WebhookEndpointStatus, { description: 'Whether it receives deliveries.' }) status!: WebhookEndpointStatus;
  @Field(() => WebhookDisabledReason, { nullable: true, description: 'Why it was switched off.' })
  disabledReason!: WebhookDisabledReason | null;
  @Field(() => Date, { nullable: true, description: 'When it was switched off.' }) disabledAt!: Date | null;
  @Field(() => Int, { description: 'Failed attempts since the last successful one.' }) consecutiveFailures!: number;
  @Field(() => Date, { nullable: true, description: 'When a delivery last succeeded.' }) lastSuccessAt!: Date | null;
  @Field(() => Date, {
    nullable: true,
    description: 'Until then deliveries carry a second signature made with the secret before the last rotation.',
  })
  previousSecretExpiresAt!: Date | null;
  @Field({ description: 'When the endpoint was created.' }) createdAt!: Date;

  static from(endpoint: WebhookEndpoint): WebhookEndpointModel {
    return {
      id: endpoint.id,
      url: endpoint.url,
      description: endpoint.description ?? null,
      eventTypes: endpoint.eventTypes,
      status: endpoint.status,
      disabledReason: endpoint.disabledReason ?? null,
      disabledAt: endpoint.disabledAt ?? null,
      consecutiveFailures: endpoint.consecutiveFailures,
      lastSuccessAt: endpoint.lastSuccessAt ?? null,
      previousSecretExpiresAt: endpoint.previousSecretExpiresAt ?? null,
      createdAt: endpoint.createdAt,
    };
  }
}

@ObjectType({ description: 'A page of webhook endpoints.' })
export class WebhookEndpointConnection extends Connection(WebhookEndpointModel) {}

@ObjectType('WebhookEndpointWithSecret', { description: 'An endpoint with its signing secret, shown this once.' })
export class WebhookEndpointWithSecretModel {
  @Field(() => WebhookEndpointModel, { description: 'The endpoint.' }) endpoint!: WebhookEndpointModel;

  @Field({
    description:
      'The signing secret (whsec_...). Shown only in this answer: store it in the receiving system, which verifies the webhook-signature header with it.',
  })
  secret!: string;
}

@ObjectType('WebhookDelivery', { description: 'One event sent (or to be sent) to one endpoint.' })
export class WebhookDeliveryModel {
  @Field(() => ID, { description: 'Also the webhook-id header: the same on every attempt.' }) id!: string;
  @Field(() => ID, { description: 'The endpoint it goes to.' }) endpointId!: string;
  @Field({ description: "'lead.won', ..., or 'webhook.test'." }) eventType!: string;
  @Field(() => ID, { nullable: true, description: 'The history line it reports; null for a test.' }) eventId!: string | null;
  @Field(() => WebhookDeliveryStatus, { description: 'Where the delivery stands.' }) status!: WebhookDeliveryStatus;
  @Field(() => Int, { description: 'How many times it was posted.' }) attempts!: number;
  @Field(() => Int, { nullable: true, description: 'The HTTP status of the last answer; null when none came.' })
  lastResponseCode!: number | null;
  @Field(() => String, { nullable: true, description: 'What went wrong at the last attempt.' }) lastError!: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was last posted.' }) lastAttemptAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the endpoint answered 2xx.' }) deliveredAt!: Date | null;
  @Field(() => GraphQLJSONObject, { description: 'The JSON body sent: type, timestamp and data.' })
  payload!: Record<string, unknown>;
  @Field({ description: 'When the delivery was written.' }) createdAt!: Date;

  static from(delivery: WebhookDelivery): WebhookDeliveryModel {
    return {
      id: delivery.id,
      endpointId: delivery.endpoint.id,
      eventType: delivery.eventType,
      eventId: delivery.eventId ?? null,
      status: delivery.status,
      attempts: delivery.attempts,
      lastResponseCode: delivery.lastResponseCode ?? null,
      lastError: delivery.lastError ?? null,
      lastAttemptAt: delivery.lastAttemptAt ?? null,
      deliveredAt: delivery.deliveredAt ?? null,
      payload: { ...delivery.payload },
      createdAt: delivery.createdAt,
    };
  }
}

@ObjectType({ description: 'A page of webhook deliveries.' })
export class WebhookDeliveryConnection extends Connection(WebhookDeliveryModel) {}
