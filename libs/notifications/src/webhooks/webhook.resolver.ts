import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor, CurrentActor, IdArgs, PageArgs, Policy } from '@leadrelay/core';
import { WebhookEndpointService } from './webhook-endpoint.service';
import {
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WEBHOOK_EVENT_TYPES,
  WebhookDeliveriesArgs,
} from './webhook.inputs';
import {
  WebhookDeliveryConnection,
  WebhookDeliveryModel,
  WebhookEndpointConnection,
  WebhookEndpointModel,
  WebhookEndpointWithSecretModel,
} from './webhook.model';

@Resolver(() => WebhookEndpointModel)
export class WebhookResolver {
  constructor(private readonly webhooks: WebhookEndpointService) {}

  @Query(() => WebhookEndpointConnection, { description: "The tenant's webhook endpoints (vendor admins)." })
  @Policy.can('read', 'WebhookEndpoint')
  webhookEndpoints(@CurrentActor() actor: Actor, @Args() args: PageArgs): Promise<WebhookEndpointConnection> {
    return this.webhooks.list(actor, args);
  }

  @Query(() => [String], {
    description:
      "The event types an endpoint can subscribe to ('lead.created', 'offer.accepted', ...), in the order of a lead's life.",
  })
  @Policy.can('read', 'WebhookEndpoint')
  webhookEventTypes(): string[] {
    return [...WEBHOOK_EVENT_TYPES];
  }

  @Query(() => WebhookDeliveryConnection, { description: 'Deliveries, newest first, with their attempts and last answer.' })
  @Policy.can('read', 'WebhookEndpoint')
  webhookDeliveries(@CurrentActor() actor: Actor, @Args() args: WebhookDeliveriesArgs): Promise<WebhookDeliveryConnection> {
    return this.webhooks.deliveries(actor, args);
  }

  @Mutation(() => WebhookEndpointWithSecretModel, {
    description: 'Registers an endpoint for the given event types. The signing secret is shown only in this answer.',
  })
  @Policy.can('create', 'WebhookEndpoint')
  createWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The URL and the event types.' }) input: CreateWebhookEndpointInput,
  ): Promise<WebhookEndpointWithSecretModel> {
    return this.webhooks.create(actor, input);
  }

  @Mutation(() => WebhookEndpointModel, { description: "Changes an endpoint's URL, event types or description (vendor admins)." })
  @Policy.canOnRecord('update', 'WebhookEndpoint')
  updateWebhookEndpoint(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The endpoint and the fields to change.' }) input: UpdateWebhookEndpointInput,
  ): Promise<WebhookEndpointModel> {
    return this.webhooks.update(actor, input);
  }

  @Mutation(() => WebhookEndpointModel, { description: 'No more deliveries; waiting ones are given up.' })
  @Policy.canOnRecord('update', 'WebhookEndpoint')
  disableWebhookEndpoint(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<WebhookEndpointModel> {
    return this.webhooks.disable(actor, id);
  }

  @Mutation(() => WebhookEndpointModel, {
    description: 'Deliveries again, for events from now on (also after LeadRelay disabled it).',
  })
  @Policy.canOnRecord('update', 'WebhookEndpoint')
  enableWebhookEndpoint(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<WebhookEndpointModel> {
    return this.webhooks.enable(actor, id);
  }

  @Mutation(() => WebhookEndpointWithSecretModel, {
    description: 'A new signing secret, shown only in this answer; the previous one keeps signing beside it for 24 hours.',
  })
  @Policy.canOnRecord('update', 'WebhookEndpoint')
  rotateWebhookSecret(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<WebhookEndpointWithSecretModel> {
    return this.webhooks.rotateSecret(actor, id);
  }

  @Mutation(() => WebhookDeliveryModel, { description: "Sends a 'webhook.test' event to the endpoint." })
  @Policy.canOnRecord('update', 'WebhookEndpoint')
  sendTestWebhook(@CurrentActor() actor: Actor, @Args() { id }: IdArgs): Promise<WebhookDeliveryModel> {
    return this.webhooks.sendTest(actor, id);
  }
}
