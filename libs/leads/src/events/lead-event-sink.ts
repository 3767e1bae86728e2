import type { EntityManager } from '@mikro-orm/postgresql';
import type { Lead } from '../lead.entity';
import type { RecordedEvent } from './lead-history';

/**
 * Where a move's history lines go once written, in the same transaction: the outbox that turns
 * them into notifications and webhook deliveries. Declared here, where the lines are written, and
 * provided by the notifications lib, which sits above this one.
 */
export abstract class LeadEventSink {
  /** `leads`: leads of the events the caller holds as they are written (a bulk intake's, outside its unit of work). */
  abstract publish(
    em: EntityManager,
    tenantId: string,
    events: readonly RecordedEvent[],
    leads?: readonly Lead[],
  ): Promise<unknown>;
}
