import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import type { ActorIdentity, Locale } from '@leadrelay/core';
import { type HistoryLine, type LeadRow, type LeadStage, historyLinesInsert } from '@leadrelay/leads';
import type { SweepDatabase } from '../deadlines/sweep-database';
import { HoldingPeriod, type WorkDeadlines } from '../holding/holding-period';
import type { DistributionMode } from '../rounds/round.entity';
import type { OfferStatus } from './offer.entity';
import type { OfferModel } from './offer.model';

/**
 * The statements of an accept as set-based SQL in the move's transaction (issue 9: an accept was 27
 * statements of MikroORM's unit of work, 70-100 ms alone): lock the lead, read the offer as it
 * stands under the lock, write the answer (the offers, the round and the lead in one statement).
 * The rules (who may, from which stage, which errors, the holding record) stay with the lifecycle
 * service and its table; these only read and write rows.
 */

/**
 * Locks the row of the lead the offer belongs to (SELECT ... FOR UPDATE), the lock every move on
 * the lead and the deadline sweep take, so that concurrent accepts of one round are serialized, and
 * returns the row as it stands under the lock (every column). The offer is looked for in the
 * actor's scope (a partner user: its own partner's offers); none is NOT_FOUND.
 */
export function lockLeadOfOffer(db: Kysely<SweepDatabase>, actor: ActorIdentity, offerId: string) {
  return db
    .selectFrom('lead')
    .selectAll()
    .where('tenant_id', '=', actor.tenantId)
    .where('id', '=', (eb) =>
      eb
        .selectFrom('offer')
        .select('offer.lead_id')
        .where('offer.tenant_id', '=', actor.tenantId)
        .where('offer.id', '=', offerId)
        .$if(Boolean(actor.partnerId), (q) => q.where('offer.partner_id', '=', actor.partnerId!)),
    )
    .forUpdate()
    .executeTakeFirst() as Promise<(AcceptedLeadRow & { stage: LeadStage; version: number }) | undefined>;
}

/** The offer as it stands once its lead is locked, with what answering it needs. */
export interface OfferToAnswer {
  id: string;
  tenant_id: string;
  lead_id: string;
  round_id: string;
  partner_id: string;
  status: OfferStatus;
  offered_at: Date;
  expires_at: Date;
  mode: DistributionMode;
  partner_name: string;
  /** The tenant's row (its calendar, its name), for `em.map`. */
  tenant_name: string;
  tenant_locale: Locale;
  tenant_time_zone: string;
  tenant_stored_settings: object;
  tenant_created_at: Date;
  /** The round's other pending offers: a shared round's, which an accept closes. */
  others: { id: string; partner_id: string }[];
}

/**
 * Reads the offer after its lead's lock (a statement of its own, so that it sees what a move that
 * held the lock before committed), with its round's mode, its partner's name, the tenant and the
 * round's other pending offers: one statement.
 */
export async function readOfferToAnswer(db: Kysely<SweepDatabase>, tenantId: string, offerId: string): Promise<OfferToAnswer> {
  const row = await db
    .selectFrom('offer as o')
    .innerJoin('round as r', 'r.id', 'o.round_id')
    .innerJoin('partner as p', 'p.id', 'o.partner_id')
    .innerJoin('tenant as t', 't.id', 'o.tenant_id')
    .select([
      'o.id',
      'o.tenant_id',
      'o.lead_id',
      'o.round_id',
      'o.partner_id',
      'o.status',
      'o.offered_at',
      'o.expires_at',
      'r.mode',
      'p.name as partner_name',
      't.name as tenant_name',
      't.locale as tenant_locale',
      't.time_zone as tenant_time_zone',
      't.stored_settings as tenant_stored_settings',
      't.created_at as tenant_created_at',
    ])
    .select(
      sql<
        OfferToAnswer['others']
      >`(select coalesce(json_agg(json_build_object('id', x.id, 'partner_id', x.partner_id) order by x.offered_at, x.id), '[]'::json)
        from offer x where x.round_id = o.round_id and x.status = 'PENDING' and x.id <> o.id)`.as('others'),
    )
    .where('o.tenant_id', '=', tenantId)
    .where('o.id', '=', offerId)
    .executeTakeFirstOrThrow();
  // MikroORM's connection hands timestamps back as text.
  return {
    ...(row as unknown as OfferToAnswer),
    offered_at: new Date(row.offered_at),
    expires_at: new Date(row.expires_at),
    tenant_created_at: new Date(row.tenant_created_at),
  };
}

/** The lead's row as `writeAcceptance` wrote it (every column). */
export type AcceptedLeadRow = LeadRow & Record<string, unknown>;

/**
 * The lead's columns an accept sets (its version goes up by one besides): the stage, its holding
 * begun (`HoldingPeriod.beginning`), `updated_at`. `writeAcceptance` writes them; the lifecycle
 * service gives the outbox the lead with them before that statement runs.
 */
export function acceptedLeadColumns(offer: OfferToAnswer, userId: string, stage: LeadStage, at: Date, deadlines: WorkDeadlines) {
  return { stage, ...HoldingPeriod.beginning(offer.partner_id, userId, at, deadlines), updated_at: at };
}

/**
 * The accept's writes in one statement: the offer ACCEPTED and the round's other pending offers
 * CLOSED (one update), the round ACCEPTED, the lead moved to `stage` with its holding begun
 * (`HoldingPeriod.beginning`), and its history `lines` (`historyLinesInsert`). Returns the lead's row as written (`returning *`), its new owner's
 * name and the ids of the offers answered. Statement-level triggers (`partner_load`) see each table's one change.
 */
export async function writeAcceptance(
  db: Kysely<SweepDatabase>,
  accept: {
    offer: OfferToAnswer;
    userId: string;
    stage: LeadStage;
    at: Date;
    deadlines: WorkDeadlines;
    lines: readonly HistoryLine[];
  },
): Promise<{ lead: AcceptedLeadRow; ownerName: string; answered: string[] }> {
  const { offer, userId, stage, at, deadlines, lines } = accept;
  const row = await db
    // A data-modifying common table expression runs to its end whether or not the query reads it.
    .with('lines', () => sql`(${historyLinesInsert(lines)})`)
    .with('answered', (db) =>
      db
        .updateTable('offer')
        .set({
          status: sql`(case when id = ${offer.id}::uuid then 'ACCEPTED' else 'CLOSED' end)::offer_status`,
          responded_at: at,
          responded_by_user_id: sql`case when id = ${offer.id}::uuid then ${userId}::uuid else responded_by_user_id end`,
        })
        .where('tenant_id', '=', offer.tenant_id)
        .where('round_id', '=', offer.round_id)
        .where('status', '=', 'PENDING')
        .returning('id'),
    )
    .with('settled', (db) =>
      db
        .updateTable('round')
        .set({ status: 'ACCEPTED', closed_at: at })
        .where('tenant_id', '=', offer.tenant_id)
        .where('id', '=', offer.round_id)
        .returning('id'),
    )
    .with('moved', (db) =>
      db
        .updateTable('lead')
        .set((eb) => ({ ...acceptedLeadColumns(offer, userId, stage, at, deadlines), version: eb('lead.version', '+', 1) }))
        .where('tenant_id', '=', offer.tenant_id)
        .where('id', '=', offer.lead_id)
        .returningAll(),
    )
    .selectFrom('moved')
    .selectAll('moved')
    .select(sql<string[]>`(select coalesce(json_agg(answered.id), '[]'::json) from answered)`.as('answered_offers'))
    .select(sql<number>`(select count(*)::int from settled)`.as('settled_rounds'))
    .select((eb) => eb.selectFrom('user_account').select('name').where('id', '=', userId).as('new_owner_name'))
    .executeTakeFirstOrThrow();
  const {
    answered_offers: answered,
    settled_rounds: settled,
    new_owner_name: ownerName,
    ...lead
  } = row as typeof row & { answered_offers: string[]; settled_rounds: number; new_owner_name: string };
  // Under the lead's lock nothing else answers this round's offers: what was read is what was written.
  if (settled !== 1 || answered.length !== offer.others.length + 1 || !answered.includes(offer.id)) {
    throw new Error(
      `Accepting offer ${offer.id}: answered ${answered.length} offers and ${settled} rounds, expected ${offer.others.length + 1} and 1`,
    );
  }
  return { lead: lead as unknown as AcceptedLeadRow, ownerName, answered };
}

/** What a decline writes: the reason, and whether the round ends with it (its last pending offer, nothing accepted). */
export interface Decline {
  offer: OfferToAnswer;
  userId: string;
  reasonCodeId: string;
  comment: string | null;
  at: Date;
  /** The round ends UNPLACED and its lead moves to `stage` (the table's END_ROUND_UNPLACED); null: the round stays open. */
  unplaced: { stage: LeadStage } | null;
  lines: readonly HistoryLine[];
}

/**
 * A decline's writes in one statement: the offer DECLINED with its reason, when it was the round's
 * last pending offer the round UNPLACED and the lead moved to `unplaced.stage`, and its history
 * `lines`. Checks that what was read under the lead's lock is what was written.
 */
export async function writeDecline(db: Kysely<SweepDatabase>, decline: Decline): Promise<void> {
  const { offer, userId, reasonCodeId, comment, at, unplaced, lines } = decline;
  const ends = Boolean(unplaced);
  const row = await db
    .with('lines', () => sql`(${historyLinesInsert(lines)})`)
    .with('answered', (db) =>
      db
        .updateTable('offer')
        .set({
          status: 'DECLINED',
          responded_at: at,
          responded_by_user_id: userId,
          decline_reason_id: reasonCodeId,
          decline_comment: comment,
        })
        .where('tenant_id', '=', offer.tenant_id)
        .where('id', '=', offer.id)
        .where('status', '=', 'PENDING')
        .returning('id'),
    )
    .with('settled', (db) =>
      db
        .updateTable('round')
        .set({ status: 'UNPLACED', closed_at: at })
        .where('tenant_id', '=', offer.tenant_id)
        .where('id', '=', offer.round_id)
        .where('status', '=', 'OPEN')
        .where(sql<boolean>`${ends}::boolean`)
        .returning('id'),
    )
    .with('moved', (db) =>
      db
        .updateTable('lead')
        .set((eb) => ({ stage: unplaced?.stage ?? eb.ref('lead.stage'), updated_at: at, version: eb('lead.version', '+', 1) }))
        .where('tenant_id', '=', offer.tenant_id)
        .where('id', '=', offer.lead_id)
        .where(sql<boolean>`${ends}::boolean`)
        .returning('id'),
    )
    .selectNoFrom([
      sql<number>`(select count(*)::int from answered)`.as('answered'),
      sql<number>`(select count(*)::int from settled)`.as('settled'),
      sql<number>`(select count(*)::int from moved)`.as('moved'),
    ])
    .executeTakeFirstOrThrow();
  const expected = ends ? 1 : 0;
  // Under the lead's lock nothing else answers this round's offers: what was read is what was written.
  if (row.answered !== 1 || row.settled !== expected || row.moved !== expected) {
    throw new Error(
      `Declining offer ${offer.id}: answered ${row.answered}, settled ${row.settled} rounds, moved ${row.moved} leads; expected 1, ${expected}, ${expected}`,
    );
  }
}

/**
 * The offer as its answer leaves it, for `OfferModel.of`: the row read under the lock with the
 * answer's status and moment, and a decline's reason and comment.
 */
export function answeredOffer(
  offer: OfferToAnswer,
  status: OfferStatus,
  respondedAt: Date,
  decline: Pick<OfferModel, 'declineReason' | 'declineComment'> = { declineReason: null, declineComment: null },
): Omit<OfferModel, 'leadId' | 'leadStage' | 'teaser' | 'lead'> {
  return {
    id: offer.id,
    tenantId: offer.tenant_id,
    roundId: offer.round_id,
    mode: offer.mode,
    status,
    partner: { id: offer.partner_id, name: offer.partner_name },
    offeredAt: offer.offered_at,
    expiresAt: offer.expires_at,
    respondedAt,
    ...decline,
  };
}
