import { graphql } from '@/shared/graphql/generated';

export const WebhookEndpointFields = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    eventTypes
    status
    disabledReason
    disabledAt
    lastSuccessAt
    consecutiveFailures
    createdAt
  }
`);

export const WebhookEndpoints = graphql(`
  query WebhookEndpoints($after: String) {
    webhookEndpoints(first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const WebhookDeliveries = graphql(`
  query WebhookDeliveries($endpointId: ID!, $after: String) {
    webhookDeliveries(endpointId: $endpointId, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        eventType
        status
        attempts
        lastResponseCode
        lastError
        lastAttemptAt
        createdAt
      }
    }
  }
`);

export const CreateWebhookEndpoint = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const EnableWebhookEndpoint = graphql(`
  mutation EnableWebhookEndpoint($id: ID!) {
    enableWebhookEndpoint(id: $id) {
      ...WebhookEndpointFields
    }
  }
`);

export const DisableWebhookEndpoint = graphql(`
  mutation DisableWebhookEndpoint($id: ID!) {
    disableWebhookEndpoint(id: $id) {
      ...WebhookEndpointFields
    }
  }
`);

export const RotateWebhookSecret = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      endpoint {
        ...WebhookEndpointFields
      }
    }
  }
`);

export const SendTestWebhook = graphql(`
  mutation SendTestWebhook($id: ID!) {
    sendTestWebhook(id: $id) {
      id
      status
    }
  }
`);

export const WebhookEventTypes = graphql(`
  query WebhookEventTypes {
    webhookEventTypes
  }
`);
