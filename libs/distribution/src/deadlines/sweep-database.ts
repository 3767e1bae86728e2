import type { EntityManager } from '@mikro-orm/postgresql';
import type { Kysely } from 'kysely';

type Timestamp = Date | string;

/**
 * The columns the set-based deadline sweep and the set-based accept (offers/offer-acceptance.ts)
 * read and write, as Kysely sees them (SQL names). Only these: the entities stay the schema's definition (MikroORM's `InferClassEntityDB` does not
 * infer tables from decorated classes); a column renamed there fails the sweep's tests.
 */
export interface SweepDatabase {
  lead: {
    id: string;
    tenant_id: string;
    stage: string;
    updated_at: Timestamp;
    version: number;
    holding_partner_id: string | null;
    owner_id: string | null;
    progress_stage: string | null;
    last_progress_at: Timestamp | null;
    accepted_at: Timestamp | null;
    work_reminder_due_at: Timestamp | null;
    escalation_due_at: Timestamp | null;
    work_reminded_at: Timestamp | null;
    escalated_at: Timestamp | null;
  };
  offer: {
    id: string;
    tenant_id: string;
    lead_id: string;
    round_id: string;
    partner_id: string;
    status: string;
    offered_at: Timestamp;
    expires_at: Timestamp;
    responded_at: Timestamp | null;
    responded_by_user_id: string | null;
    decline_reason_id: string | null;
    decline_comment: string | null;
    remind_halfway_at: Timestamp | null;
    remind_before_end_at: Timestamp | null;
    halfway_reminded_at: Timestamp | null;
    before_end_reminded_at: Timestamp | null;
  };
  round: {
    id: string;
    tenant_id: string;
    lead_id: string;
    mode: string;
    status: string;
    closed_at: Timestamp | null;
  };
  tenant: {
    id: string;
    name: string;
    locale: string;
    time_zone: string;
    stored_settings: object;
    created_at: Timestamp;
  };
  partner: { id: string; tenant_id: string; name: string };
  user_account: { id: string; name: string };
}

/**
 * The transaction's Kysely, typed for the sweep. MikroORM brings its own copy of kysely (a patch
 * version apart from the project's), so its `Kysely` is a different class to the type checker; the
 * builders are the same API.
 */
export function sweepDatabase(em: EntityManager): Kysely<SweepDatabase> {
  return em.getKysely() as unknown as Kysely<SweepDatabase>;
}
