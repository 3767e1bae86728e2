import type { RecordedEvent } from '@leadrelay/leads';
import type { WebhookPayload } from './webhook-delivery.entity';

/** The type of the delivery `sendTestWebhook` makes; not a lead event. */
export const WEBHOOK_TEST_EVENT = 'webhook.test';

/**
 * The facts of a history line that may leave LeadRelay. An allow-list, so that a fact added to an
 * event later stays inside until someone decides otherwise: never the contact person, never the
 * names of people (`to` of an assignment), never free text (comments, the competitor's name).
 */
const SHARED_FACTS = [
  'amount',
  'currency',
  'closedOn',
  'mode',
  'expiresAt',
  'score',
  'grade',
  'progressStage',
  'nextStepAt',
  'followUp',
  'roundId',
  'cause',
  'source',
  'after',
] as const;

export interface PayloadContext {
  /** The lead's stage once the change is committed. */
  stage: string | null;
  partner: { id: string; name: string } | null;
  reason: { key: string; kind: string } | null;
}

/** The body of every delivery of one event: `type`, `timestamp` (when it happened) and `data`. */
export function webhookPayload(event: RecordedEvent, context: PayloadContext): WebhookPayload {
  const facts = Object.fromEntries(
    SHARED_FACTS.filter((key) => event.data[key] !== undefined).map((key) => [key, event.data[key]] as const),
  );
  return {
    type: event.type,
    timestamp: event.occurredAt.toISOString(),
    data: {
      eventId: event.id,
      leadId: event.leadId,
      stage: context.stage,
      partner: context.partner,
      offerId: event.offerId,
      reason: context.reason,
      ...facts,
    },
  };
}

export function testPayload(endpointId: string, at: Date): WebhookPayload {
  return { type: WEBHOOK_TEST_EVENT, timestamp: at.toISOString(), data: { endpointId } };
}
