import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventActor, LeadHistory } from '../events/lead-history';
import type { Lead } from '../lead.entity';

/** The moves scoring may make by itself on a NEW lead. */
export type AutomaticMove = 'QUALIFY' | 'NURTURE';

/**
 * Moves a lead as the system after scoring, by the lifecycle table: declared here, where scoring
 * runs, and provided by the distribution lib, which owns the table and sits above this one.
 */
export abstract class AutomaticQualification {
  /** Moves `lead` if the table lets the system take `move` from its stage, with its history line; false if not. */
  abstract move(lead: Lead, move: AutomaticMove, history: LeadHistory, by: EventActor, data: Record<string, unknown>): boolean;

  /** After the system qualified `lead`, in the same transaction: routing takes it (AUTOMATIC mode) or leaves it. */
  abstract qualified(em: EntityManager, lead: Lead, history: LeadHistory): Promise<void>;

  /** Runs `work`, the bulk intake of new leads in `em`'s transaction, with routing reading what it needs once for all of them. */
  abstract inBatch<T>(em: EntityManager, work: () => Promise<T>): Promise<T>;
}
