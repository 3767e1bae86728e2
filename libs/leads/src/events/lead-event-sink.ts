import type { EntityManager } from '@mikro-orm/postgresql';
import type { RecordedEvent } from './lead-history';

/**
 * Where a move's history lines go once written, in the same transaction: the outbox that turns
 * them into notifications and webhook deliveries. Declared here, where the lines are written, and
 * provided by the notifications lib, which sits above this one.
 */
export abstract class LeadEventSink {
  abstract publish(em: EntityManager, tenantId: string, events: readonly RecordedEvent[]): Promise<unknown>;
}
