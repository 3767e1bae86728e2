import { sql } from 'kysely';
import { type Actor, decodeListCursor, encodeListCursor, leanPage, leanSql, type Page, type TenantRead } from '@leadrelay/core';
import { type EmployeeBand, type LeadSource, type LeadStage, type RequestType, teaserOf } from '@leadrelay/leads';
import type { DistributionMode } from '../rounds/round.entity';
import type { OfferStatus } from './offer.entity';
import { OfferOrder, type OffersArgs } from './offer.args';
import type { OfferModel } from './offer.model';

/** The columns the lean read takes from its four tables (the database's names). */
interface OfferReadTables {
  offer: {
    id: string;
    tenant_id: string;
    lead_id: string;
    round_id: string;
    partner_id: string;
    status: OfferStatus;
    offered_at: Date;
    expires_at: Date;
    responded_at: Date | null;
    decline_comment: string | null;
  };
  lead: {
    id: string;
    stage: LeadStage;
    source: LeadSource;
    company_employee_band: EmployeeBand | null;
    company_industry: string | null;
    company_country: string;
    company_postal_code: string | null;
    company_city: string | null;
    interest_product_line: string | null;
    interest_request_type: RequestType;
    interest_timeframe: string | null;
    interest_budget: string | number | null;
    score: number | null;
    grade: string | null;
    scoring_cell: string | null;
  };
  partner: { id: string; name: string };
  round: { id: string; mode: DistributionMode };
}

/** The list's orders as the lean read sorts them: the same as the entity read's in OfferService. */
const LEAN_ORDER = {
  [OfferOrder.NEWEST]: { column: 'offered_at', direction: 'desc', field: 'offeredAt' },
  [OfferOrder.URGENT]: { column: 'expires_at', direction: 'asc', field: 'expiresAt' },
} as const satisfies Record<OfferOrder, { column: string; direction: 'asc' | 'desc'; field: keyof OfferModel }>;

/** The fields of an offer the lean read cannot answer: they need the full lead or the reason code. */
export const FIELDS_BEYOND_LEAN_OFFER = ['lead', 'declineReason'] as const;

/**
 * The offers list as a lean read (issue 9): one SQL statement for the page, joining only the
 * lead's teaser columns, the partner's name and the round's mode, and a count only when
 * `withCount`. No entities, no identity map, nothing to flush. The page, its order (newest or most
 * urgent first) and its cursors are those of the entity read in OfferService, so a client may switch between
 * selections from page to page. Row-level security and the partner wall hold as for every read.
 */
export async function leanOfferPage(
  read: TenantRead,
  actor: Actor,
  args: OffersArgs,
  withCount: boolean,
): Promise<Page<OfferModel>> {
  const db = leanSql<OfferReadTables>();
  const after = args.after ? decodeListCursor(args.after, 'instant') : null;
  const statuses = args.filter?.status ?? [];
  const order = LEAN_ORDER[args.orderBy];
  const key = sql.ref(`o.${order.column}`);
  // Rows after the cursor in the list's order, and (for hasPreviousPage) rows at or before it.
  const [afterCursor, atOrBeforeCursor] = order.direction === 'desc' ? (['<', '>='] as const) : (['>', '<='] as const);
  const filtered = db
    .selectFrom('offer as o')
    .where('o.tenant_id', '=', actor.tenantId)
    .$if(Boolean(actor.partnerId), (q) => q.where('o.partner_id', '=', actor.partnerId!))
    // One status as `=`: the inbox's partial index (status PENDING) is proved from it.
    .$if(statuses.length === 1, (q) => q.where('o.status', '=', statuses[0]!))
    .$if(statuses.length > 1, (q) => q.where('o.status', 'in', statuses))
    .$if(Boolean(args.filter?.leadId), (q) => q.where('o.lead_id', '=', args.filter!.leadId!));
  // Whether anything lies before the cursor, and the count: subqueries of the page's own statement
  // (one round trip less); asked alone only when the page came back empty.
  const before = after
    ? filtered
        .select('o.id')
        .where(sql<boolean>`(${key}, o.id) ${sql.raw(atOrBeforeCursor)} (${after[0]}::timestamptz, ${after[1]}::uuid)`)
        .limit(1)
    : null;
  const count = filtered.select((eb) => eb.fn.countAll<string>().as('count'));
  const rows = await read.all(
    filtered
      .$if(before !== null, (q) => q.select((eb) => eb.exists(before!).as('any_before')))
      .$if(withCount, (q) => q.select(count.as('total_count')))
      .innerJoin('lead as l', 'l.id', 'o.lead_id')
      .innerJoin('partner as p', 'p.id', 'o.partner_id')
      .innerJoin('round as r', 'r.id', 'o.round_id')
      .select([
        'o.id',
        'o.tenant_id',
        'o.lead_id',
        'o.round_id',
        'o.partner_id',
        'o.status',
        'o.offered_at',
        'o.expires_at',
        'o.responded_at',
        'o.decline_comment',
        'p.name as partner_name',
        'r.mode',
        'l.stage',
        'l.source',
        'l.company_employee_band',
        'l.company_industry',
        'l.company_country',
        'l.company_postal_code',
        'l.company_city',
        'l.interest_product_line',
        'l.interest_request_type',
        'l.interest_timeframe',
        'l.interest_budget',
        'l.score',
        'l.grade',
        'l.scoring_cell',
      ])
      .$if(after !== null, (q) =>
        q.where(sql<boolean>`(${key}, o.id) ${sql.raw(afterCursor)} (${after![0]}::timestamptz, ${after![1]}::uuid)`),
      )
      .orderBy(`o.${order.column}`, order.direction)
      .orderBy('o.id', order.direction)
      .limit(args.first + 1),
  );
  const nodes = rows.map((row): OfferModel => ({
    id: row.id,
    tenantId: row.tenant_id,
    leadId: row.lead_id,
    leadStage: row.stage,
    roundId: row.round_id,
    mode: row.mode,
    status: row.status,
    partner: { id: row.partner_id, name: row.partner_name },
    offeredAt: new Date(row.offered_at),
    expiresAt: new Date(row.expires_at),
    respondedAt: row.responded_at ? new Date(row.responded_at) : null,
    declineReason: null,
    declineComment: row.decline_comment,
    teaser: teaserOf({
      company: {
        employeeBand: row.company_employee_band,
        industry: row.company_industry,
        country: row.company_country,
        postalCode: row.company_postal_code,
        city: row.company_city,
      },
      interest: {
        productLine: row.interest_product_line,
        requestType: row.interest_request_type,
        timeframe: row.interest_timeframe,
        budget: row.interest_budget == null ? null : Number(row.interest_budget),
      },
      scoring: { cell: row.scoring_cell },
      score: row.score,
      grade: row.grade,
      source: row.source,
    }),
    lead: null,
  }));
  return leanPage(nodes, args.first, {
    cursorOf: (node) => encodeListCursor(node[order.field], node.id),
    anyBefore: before ? async () => (rows[0] ? Boolean(rows[0].any_before) : (await read.all(before)).length > 0) : null,
    count: withCount ? async () => Number(rows[0] ? rows[0].total_count : (await read.first(count))!.count) : null,
  });
}
