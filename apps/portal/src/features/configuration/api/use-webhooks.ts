import { useMutation, useQuery } from 'urql';
import {
  CreateWebhookEndpoint,
  DisableWebhookEndpoint,
  EnableWebhookEndpoint,
  RotateWebhookSecret,
  SendTestWebhook,
  WebhookDeliveries,
  WebhookEndpoints,
  WebhookEventTypes,
} from '../graphql/webhooks';

/** A new endpoint comes back inside WebhookEndpointWithSecret: the list refetches after every change. */
const ENDPOINTS_FOLLOW_CHANGES = { additionalTypenames: ['WebhookEndpoint', 'WebhookEndpointWithSecret'] };
/** A test delivery is new: the deliveries refetch after one is sent. */
const DELIVERIES_FOLLOW_CHANGES = { additionalTypenames: ['WebhookDelivery'] };

/** 50 a page: a page of 100 is beyond the API's query cost limit. */
export function useWebhookEndpoints(after: string | null) {
  const [{ data, fetching, error }] = useQuery({
    query: WebhookEndpoints,
    variables: { after },
    context: ENDPOINTS_FOLLOW_CHANGES,
  });
  return { endpoints: data?.webhookEndpoints.nodes ?? [], pageInfo: data?.webhookEndpoints.pageInfo, fetching, error };
}

/** An endpoint's deliveries, newest first; `refresh` asks again (the worker changes their status meanwhile). */
export function useWebhookDeliveries(endpointId: string, after: string | null) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WebhookDeliveries,
    variables: { endpointId, after },
    context: DELIVERIES_FOLLOW_CHANGES,
    requestPolicy: 'cache-and-network',
  });
  return {
    deliveries: data?.webhookDeliveries.nodes ?? [],
    pageInfo: data?.webhookDeliveries.pageInfo,
    fetching,
    error,
    refresh: () => refetch({ requestPolicy: 'network-only' }),
  };
}

export const useCreateWebhookEndpoint = () => useMutation(CreateWebhookEndpoint);
export const useEnableWebhookEndpoint = () => useMutation(EnableWebhookEndpoint);
export const useDisableWebhookEndpoint = () => useMutation(DisableWebhookEndpoint);
export const useRotateWebhookSecret = () => useMutation(RotateWebhookSecret);
export const useSendTestWebhook = () => useMutation(SendTestWebhook);

/** The event types an endpoint can subscribe to, as the API lists them (its validation refuses any other). */
export function useWebhookEventTypes(): string[] {
  const [{ data }] = useQuery({ query: WebhookEventTypes });
  return data?.webhookEventTypes ?? [];
}
