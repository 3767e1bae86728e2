import { type InferResult, type QueryCreator, sql } from 'kysely';
import { type Actor, type TenantRead, decodeListCursor, encodeListCursor, leanPage, leanSql } from '@leadrelay/core';
import type { LeadEventModel } from './events/lead-event.model';
import type { LeadEventType } from './events/lead-event-type';
import { ReasonCodeModel } from './reason-codes/reason-code.model';
import type { ReasonCodeKind, ReasonCodeLabels, ReasonFollowUp } from './reason-codes/reason-code.entity';
import type { ScoreLine } from './scoring/score-lead';
import type { EmployeeBand, LeadSource, ProgressStage, RequestType } from './lead.entity';
import { type LeadFilter, LeadOrder, type LeadsArgs } from './lead.inputs';
import { EXACT_COUNT_UP_TO, type LeadConnection, type LeadModel } from './lead.model';
import type { LeadStage } from './lead-stage';
import type { LeadCountEstimates } from './lead-count-estimates';
import { type LeadConditions, readableInFull } from './lead-visibility';

/** The columns the lean read takes (the database's names). */
export interface LeadRow {
  id: string;
  tenant_id: string;
  created_at: Date | string;
  updated_at: Date | string;
  version: number;
  source: LeadSource;
  source_detail: string | null;
  company_name: string;
  company_industry: string | null;
  company_employee_band: EmployeeBand | null;
  company_annual_revenue: string | number | null;
  company_website: string | null;
  company_country: string;
  company_postal_code: string | null;
  company_city: string | null;
  company_street: string | null;
  contact_first_name: string | null;
  contact_last_name: string;
  contact_email: string | null;
  contact_phone: string | null;
  contact_position: string | null;
  contact_decision_maker: boolean;
  interest_product_line: string | null;
  interest_description: string | null;
  interest_budget: string | number | null;
  interest_timeframe: string | null;
  interest_request_type: RequestType;
  consent_given: boolean;
  consent_given_at: Date | string | null;
  consent_wording: string | null;
  stage: LeadStage;
  score: number | null;
  grade: string | null;
  scoring_fit: number | null;
  scoring_engagement: number | null;
  scoring_grade: string | null;
  scoring_level: number | null;
  scoring_cell: string | null;
  scoring_model_version: number | null;
  scoring_lines: ScoreLine[] | null;
  scoring_scored_at: Date | string | null;
  scoring_overridden: boolean;
  existing_customer: boolean;
  external_reference: string | null;
  holding_partner_id: string | null;
  owner_id: string | null;
  accepted_at: Date | string | null;
  progress_stage: ProgressStage | null;
  last_progress_at: Date | string | null;
  next_step_at: Date | string | null;
  won_amount: string | number | null;
  won_currency: string | null;
  won_closed_on: string | Date | null;
  lost_to_competitor: string | null;
  closed_at: Date | string | null;
  pending_follow_up: ReasonFollowUp | null;
}

interface LeadReadTables {
  lead: LeadRow;
  /** A search's matches: a common table expression of the statement (`withSearchHits`). */
  hits: { id: string };
  partner: { id: string; name: string };
  user_account: { id: string; name: string };
  lead_event: {
    id: string;
    tenant_id: string;
    lead_id: string;
    partner_id: string | null;
    reason_code_id: string | null;
    type: LeadEventType;
    occurred_at: Date | string;
    position: string;
    actor_name: string;
    actor_organisation: string;
    comment: string | null;
    data: Record<string, unknown>;
  };
  reason_code: {
    id: string;
    key: string;
    kind: ReasonCodeKind;
    labels: ReasonCodeLabels;
    comment_required: boolean;
    follow_up: ReasonFollowUp;
    retired_at: Date | string | null;
  };
}

/** Every column of `LeadRow`, for the select list (an explicit list: never `lead.*`). */
const LEAD_COLUMNS = [
  'id',
  'tenant_id',
  'created_at',
  'updated_at',
  'version',
  'source',
  'source_detail',
  'company_name',
  'company_industry',
  'company_employee_band',
  'company_annual_revenue',
  'company_website',
  'company_country',
  'company_postal_code',
  'company_city',
  'company_street',
  'contact_first_name',
  'contact_last_name',
  'contact_email',
  'contact_phone',
  'contact_position',
  'contact_decision_maker',
  'interest_product_line',
  'interest_description',
  'interest_budget',
  'interest_timeframe',
  'interest_request_type',
  'consent_given',
  'consent_given_at',
  'consent_wording',
  'stage',
  'score',
  'grade',
  'scoring_fit',
  'scoring_engagement',
  'scoring_grade',
  'scoring_level',
  'scoring_cell',
  'scoring_model_version',
  'scoring_lines',
  'scoring_scored_at',
  'scoring_overridden',
  'existing_customer',
  'external_reference',
  'holding_partner_id',
  'owner_id',
  'accepted_at',
  'progress_stage',
  'last_progress_at',
  'next_step_at',
  'won_amount',
  'won_currency',
  'won_closed_on',
  'lost_to_competitor',
  'closed_at',
  'pending_follow_up',
] as const satisfies readonly (keyof LeadRow)[];

/** The list's orders, as the entity read sorted them: the key column, its direction, and the cursor's kind. */
const ORDER = {
  [LeadOrder.NEWEST]: { column: 'created_at', direction: 'desc', key: 'instant' },
  [LeadOrder.OLDEST]: { column: 'created_at', direction: 'asc', key: 'instant' },
  [LeadOrder.RECENTLY_UPDATED]: { column: 'updated_at', direction: 'desc', key: 'instant' },
  [LeadOrder.SCORE]: { column: 'score', direction: 'desc', key: 'nullable-number' },
} as const satisfies Record<LeadOrder, { column: keyof LeadRow; direction: 'asc' | 'desc'; key: string }>;

/**
 * The leads list as a lean read (issue 9): one SQL statement for the page (the lead's columns, the
 * holding partner's and the owner's names; when `withCount`, how many leads the list holds; after a
 * cursor, whether items lie before it), as subqueries of the page's statement. No entities, no
 * identity map, nothing to flush. The visibility rule is `readableInFull` in SQL; row-level security
 * and the partner wall hold beneath it as for every read. Orders and cursors are those of the entity
 * read it replaces (MikroORM's `findByCursor`: `[sortKey, id]`), so cursors handed out before stay valid.
 *
 * The count is exact up to EXACT_COUNT_UP_TO (the page's statement counts the list cut at one more);
 * above it the planner's estimate, made by `countOf` once per list and kept by `estimates` for a few
 * seconds. A search's count is always exact: `lead_search_ids` runs once, in a materialized common
 * table expression of the page's statement, and counting its matches costs less than finding them
 * (an estimate could only guess what a trigram search finds).
 */
export async function leanLeadPage(
  read: TenantRead,
  actor: Actor,
  args: LeadsArgs,
  withCount: boolean,
  estimates: LeadCountEstimates,
): Promise<LeadConnection> {
  const order = ORDER[args.orderBy];
  const after = args.after ? decodeCursor(args.after, order.key) : null;
  const filter = args.filter ?? {};
  const search = filter.search || null;
  const filtered = matching(actor, filter, search ? withSearchHits(search) : leanSql<LeadReadTables>());
  const rows = await read.all(
    withColumns(filtered)
      .$if(withCount, (q) => q.select((search ? countedIn(matching(actor, filter)) : cappedCountOf(actor, filter)).as('matches')))
      .$if(after !== null, (q) =>
        q
          .select((eb) =>
            eb
              .exists(
                matching(actor, filter)
                  .select('l.id')
                  .where(beyond(order, after!, 'at-or-before')),
              )
              .as('any_before'),
          )
          .where(beyond(order, after!, 'after')),
      )
      .orderBy(sql.raw(`l.${order.column} ${order.direction}${order.key === 'nullable-number' ? ' nulls last' : ''}`))
      .orderBy('l.id', order.direction)
      .limit(args.first + 1),
  );
  const count = withCount ? await listCountOf(read, actor, filter, filtered, rows, after !== null, estimates) : null;
  const page = await leanPage(rows.map(toModel), args.first, {
    cursorOf: (node) =>
      encodeListCursor(
        order.column === 'score' ? node.score : order.column === 'updated_at' ? node.updatedAt : node.createdAt,
        node.id,
      ),
    // Read with the page; asked on its own only when the page after the cursor is empty.
    anyBefore: after
      ? async () =>
          rows.length > 0
            ? Boolean(rows[0]!.any_before)
            : (
                await read.all(
                  filtered
                    .select('l.id')
                    .where(beyond(order, after, 'at-or-before'))
                    .limit(1),
                )
              ).length > 0
      : null,
    count: count ? async () => count.count : null,
  });
  return { ...page, totalCountExact: count?.exact ?? true };
}

/**
 * The list's count from its page's `matches` (see `leanLeadPage`). When the page after a cursor is
 * empty, no row carries it: then counted in a statement of its own.
 */
async function listCountOf(
  read: TenantRead,
  actor: Actor,
  filter: LeadFilter,
  filtered: ReturnType<typeof readableLeads>,
  rows: { matches?: string | null }[],
  afterCursor: boolean,
  estimates: LeadCountEstimates,
): Promise<{ count: number; exact: boolean }> {
  const searched = Boolean(filter.search);
  if (rows.length === 0) {
    if (!afterCursor) return { count: 0, exact: true };
    return searched ? { count: Number((await read.first(countedIn(filtered)))?.n ?? 0), exact: true } : countOf(read, filtered);
  }
  const matches = Number(rows[0]!.matches);
  if (searched || matches <= EXACT_COUNT_UP_TO) return { count: matches, exact: true };
  const scope = readableInFull(actor);
  const list = JSON.stringify([scope.tenantId, scope.holdingPartnerId ?? null, scope.ownerId ?? null, filter]);
  return { count: await estimates.of(list, async () => (await countOf(read, filtered)).count), exact: false };
}

/** How many rows a list's query has, as a scalar subquery. */
function countedIn(leads: ReturnType<typeof readableLeads>) {
  return leads.select((eb) => eb.fn.countAll<string>().as('n'));
}

/** How many leads the list holds, up to one more than EXACT_COUNT_UP_TO, as a scalar subquery. */
function cappedCountOf(actor: Actor, filter: LeadFilter) {
  return leanSql<LeadReadTables>()
    .selectFrom(cutAtBound(matching(actor, filter)).as('capped'))
    .select((eb) => eb.fn.countAll<string>().as('n'));
}

/**
 * The list cut at one more than EXACT_COUNT_UP_TO, to be counted: in the newest-first order, whose
 * index carries the filtered columns, an index-only scan that stops at the bound (never a sequential
 * scan that would read other tenants' rows to find it).
 */
function cutAtBound(leads: ReturnType<typeof readableLeads>) {
  return leads
    .select(sql.lit(1).as('one'))
    .orderBy('l.created_at', 'desc')
    .orderBy('l.id', 'desc')
    .limit(EXACT_COUNT_UP_TO + 1);
}

/**
 * How many leads the list holds: exact up to EXACT_COUNT_UP_TO, above that the planner's estimate
 * (issue 9: counting a 100,000-lead tenant exactly cost every page ~12 ms of the database). One
 * statement of its own (made once per list and kept, or for an empty page after a cursor):
 * EXPLAIN ANALYZE (timing off) of the list cut at one more than the bound; its Limit node says how
 * many rows it let through (the exact count when under the bound), and the plan beneath it what
 * the planner expects of the whole list, from the table's statistics.
 */
async function countOf(read: TenantRead, filtered: ReturnType<typeof readableLeads>): Promise<{ count: number; exact: boolean }> {
  const limit = await read.plan(cutAtBound(filtered));
  if (limit['Node Type'] !== 'Limit' || !limit.Plans?.length) {
    throw new Error(`Counting the leads expected a Limit at the top of the plan, not ${limit['Node Type']}`);
  }
  const counted = Math.round(limit['Actual Rows']);
  if (counted <= EXACT_COUNT_UP_TO) return { count: counted, exact: true };
  return { count: Math.max(Math.round(limit.Plans[0]!['Plan Rows']), EXACT_COUNT_UP_TO + 1), exact: false };
}

/**
 * One lead as a lean read, if `actor` reads it in full (`readableInFull`, as the CASL rule of
 * `lead.abilities.ts` says; row-level security beneath); null otherwise. `withEvents`: its history
 * lines too, in the same statement (`eventLines` as a JSON array), so that `lead(id)` with its
 * history is one statement after the transaction's opening.
 */
export async function leanLead(
  read: TenantRead,
  actor: Actor,
  id: string,
  withEvents = false,
): Promise<{
  lead: LeadModel;
  events: LeadEventModel[];
  conditions: { [K in keyof Required<LeadConditions>]: LeadConditions[K] | null };
} | null> {
  const row = await read.first(
    withColumns(readableLeads(actor).where('l.id', '=', id)).$if(withEvents, (q) =>
      q.select(
        sql<EventRow[]>`(select coalesce(json_agg(to_json(line) order by line.position), '[]'::json)
          from (${eventLines(actor).where(sql<boolean>`e.lead_id = l.id`)}) as line)`.as('events'),
      ),
    ),
  );
  if (!row) return null;
  return {
    lead: toModel(row),
    events: (row.events ?? []).map(eventOf),
    conditions: { tenantId: row.tenant_id, holdingPartnerId: row.holding_partner_id, ownerId: row.owner_id },
  };
}

/**
 * The history lines of these leads that `actor` may read, in order, as a lean read: all of them for
 * vendor users, for a partner only the lines that name its partner (the partner wall says the same
 * beneath). One statement for any number of leads.
 */
export async function leanEventsOf(
  read: TenantRead,
  actor: Actor,
  leadIds: readonly string[],
): Promise<Map<string, LeadEventModel[]>> {
  const rows = await read.all(
    eventLines(actor)
      .where('e.lead_id', 'in', [...leadIds])
      .orderBy('e.position', 'asc'),
  );
  const byLead = new Map<string, LeadEventModel[]>(leadIds.map((id) => [id, []]));
  for (const row of rows) byLead.get(row.lead_id)?.push(eventOf(row));
  return byLead;
}

/** The history lines `actor` may read (see `leanEventsOf`), with their partners' names and reason codes. */
function eventLines(actor: Actor) {
  return leanSql<LeadReadTables>()
    .selectFrom('lead_event as e')
    .leftJoin('partner as p', 'p.id', 'e.partner_id')
    .leftJoin('reason_code as r', 'r.id', 'e.reason_code_id')
    .select([
      'e.id',
      'e.lead_id',
      'e.position',
      'e.type',
      'e.occurred_at',
      'e.actor_name',
      'e.actor_organisation',
      'e.comment',
      'e.data',
      'e.partner_id',
      'p.name as partner_name',
      'e.reason_code_id',
      'r.key as reason_key',
      'r.kind as reason_kind',
      'r.labels as reason_labels',
      'r.comment_required as reason_comment_required',
      'r.follow_up as reason_follow_up',
      'r.retired_at as reason_retired_at',
    ])
    .where('e.tenant_id', '=', actor.tenantId)
    .$if(Boolean(actor.partnerId), (q) => q.where('e.partner_id', '=', actor.partnerId!));
}

/** A history line as `eventLines` selects it (as a row, or as JSON inside the lead's row). */
type EventRow = InferResult<ReturnType<typeof eventLines>>[number];

/** A history line as the GraphQL model. */
function eventOf(row: EventRow): LeadEventModel {
  return {
    id: row.id,
    type: row.type,
    occurredAt: new Date(row.occurred_at),
    actorName: row.actor_name,
    actorOrganisation: row.actor_organisation,
    partner: row.partner_id && row.partner_name ? { id: row.partner_id, name: row.partner_name } : null,
    reasonCode:
      row.reason_code_id && row.reason_key && row.reason_kind && row.reason_follow_up
        ? ReasonCodeModel.from({
            id: row.reason_code_id,
            key: row.reason_key,
            kind: row.reason_kind,
            labels: row.reason_labels ?? {},
            commentRequired: Boolean(row.reason_comment_required),
            followUp: row.reason_follow_up,
            retiredAt: toDate(row.reason_retired_at),
          })
        : null,
    comment: row.comment,
    data: row.data,
  };
}

/** The leads `actor` reads in full: `readableInFull` as SQL (`lead as l`). */
export function readableLeads(actor: Actor, root: QueryCreator<LeadReadTables> = leanSql<LeadReadTables>()) {
  const scope = readableInFull(actor);
  return root
    .selectFrom('lead as l')
    .where('l.tenant_id', '=', scope.tenantId)
    .$if(Boolean(scope.holdingPartnerId), (q) => q.where('l.holding_partner_id', '=', scope.holdingPartnerId!))
    .$if(Boolean(scope.ownerId), (q) => q.where('l.owner_id', '=', scope.ownerId!));
}

/** The leads of the list that `actor` reads in full and `filter` admits (a search: those in `hits`). */
function matching(actor: Actor, filter: LeadFilter, root?: QueryCreator<LeadReadTables>) {
  return readableLeads(actor, root)
    .$if(Boolean(filter.stages?.length), (q) => q.where('l.stage', 'in', filter.stages!))
    .$if(Boolean(filter.sources?.length), (q) => q.where('l.source', 'in', filter.sources!))
    .$if(Boolean(filter.grades?.length), (q) => q.where('l.grade', 'in', filter.grades!))
    .$if(Boolean(filter.partnerId), (q) => q.where('l.holding_partner_id', '=', filter.partnerId!))
    .$if(Boolean(filter.createdFrom), (q) => q.where('l.created_at', '>=', filter.createdFrom!))
    .$if(Boolean(filter.createdTo), (q) => q.where('l.created_at', '<=', filter.createdTo!))
    .$if(Boolean(filter.search), (q) => q.where(sql<boolean>`l.id in (select id from hits)`));
}

/**
 * Statements that begin with a search's matches as `hits`: part of the company name, the contact's
 * first or last name or the e-mail, case-insensitive. The ids come from `lead_search_ids`
 * (migrations lead_search and lead_search_document), which finds them through a trigram index that
 * row-level security would not let this query use; the list still reads `lead` under its policies.
 * Materialized: the page and its count read the same matches, found once.
 */
function withSearchHits(search: string): QueryCreator<LeadReadTables> {
  return leanSql<LeadReadTables>().with(
    (cte) => cte('hits').materialized(),
    (db) => db.selectNoFrom(sql<string>`lead_search_ids(${search})`.as('id')),
  );
}

/** The lead's columns and the names of its holding partner and owner. */
function withColumns(leads: ReturnType<typeof readableLeads>) {
  return leads
    .leftJoin('partner as p', 'p.id', 'l.holding_partner_id')
    .leftJoin('user_account as u', 'u.id', 'l.owner_id')
    .select(LEAD_COLUMNS.map((column) => `l.${column}` as const))
    .select(['p.name as holding_partner_name', 'u.name as owner_name']);
}

function decodeCursor(after: string, key: 'instant' | 'nullable-number'): [string | number | null, string] {
  return key === 'instant' ? decodeListCursor(after, 'instant') : decodeListCursor(after, 'nullable-number');
}

/**
 * The rows after the cursor in the list's order (`after`), or at or before it (`at-or-before`).
 * The score order sorts unscored leads last, so a null key has its own comparisons.
 */
function beyond(order: (typeof ORDER)[LeadOrder], [key, id]: [string | number | null, string], side: 'after' | 'at-or-before') {
  const column = sql.ref(`l.${order.column}`);
  const [later, earlier] = order.direction === 'desc' ? (['<', '>='] as const) : (['>', '<='] as const);
  const op = sql.raw(side === 'after' ? later : earlier);
  if (order.key === 'instant') return sql<boolean>`(${column}, l.id) ${op} (${key}::timestamptz, ${id}::uuid)`;
  // Score: highest first, then the unscored (null) ones; ties by id, descending.
  if (key === null) {
    return side === 'after'
      ? sql<boolean>`(${column} is null and l.id ${op} ${id}::uuid)`
      : sql<boolean>`(${column} is not null or l.id ${op} ${id}::uuid)`;
  }
  return side === 'after'
    ? sql<boolean>`(${column} is null or (${column}, l.id) ${op} (${key}::smallint, ${id}::uuid))`
    : sql<boolean>`(${column} is not null and (${column}, l.id) ${op} (${key}::smallint, ${id}::uuid))`;
}

const toNumber = (value: string | number | null): number | null => (value == null ? null : Number(value));
const toDate = (value: Date | string | null): Date | null => (value == null ? null : new Date(value));
const toDay = (value: string | Date | null): string | null =>
  value == null ? null : typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);

/** A lead's row with its holding partner's and owner's names, as the lean reads select it. */
export type LeadRowWithNames = LeadRow & { holding_partner_name: string | null; owner_name: string | null };
type Selected = LeadRowWithNames;

/**
 * A row as the GraphQL model (the same fields as `LeadModel.from` of the entity): the lean reads',
 * and the lifecycle's set-based accept's from the row its update returned.
 */
export function toModel(row: Selected): LeadModel {
  const wonAmount = toNumber(row.won_amount);
  const closedOn = toDay(row.won_closed_on);
  return {
    id: row.id,
    tenantId: row.tenant_id,
    source: row.source,
    sourceDetail: row.source_detail,
    company: {
      name: row.company_name,
      industry: row.company_industry,
      employeeBand: row.company_employee_band,
      annualRevenue: toNumber(row.company_annual_revenue),
      website: row.company_website,
      country: row.company_country,
      postalCode: row.company_postal_code,
      city: row.company_city,
      street: row.company_street,
    },
    contact: {
      firstName: row.contact_first_name,
      lastName: row.contact_last_name,
      email: row.contact_email,
      phone: row.contact_phone,
      position: row.contact_position,
      decisionMaker: row.contact_decision_maker,
    },
    interest: {
      productLine: row.interest_product_line,
      description: row.interest_description,
      budget: toNumber(row.interest_budget),
      timeframe: row.interest_timeframe,
      requestType: row.interest_request_type,
    },
    consent: { given: row.consent_given, givenAt: toDate(row.consent_given_at), wording: row.consent_wording },
    stage: row.stage,
    score: row.score,
    grade: row.grade,
    scoring:
      row.scoring_fit == null || row.scoring_engagement == null || row.scoring_model_version == null || !row.scoring_scored_at
        ? null
        : {
            fit: row.scoring_fit,
            engagement: row.scoring_engagement,
            grade: row.scoring_grade ?? 'D',
            level: row.scoring_level ?? 3,
            cell: row.scoring_cell ?? '',
            modelVersion: row.scoring_model_version,
            scoredAt: new Date(row.scoring_scored_at),
            overridden: row.scoring_overridden,
            lines: row.scoring_lines ?? [],
          },
    existingCustomer: row.existing_customer,
    externalReference: row.external_reference,
    holdingPartner:
      row.holding_partner_id && row.holding_partner_name ? { id: row.holding_partner_id, name: row.holding_partner_name } : null,
    owner: row.owner_id && row.owner_name ? { id: row.owner_id, name: row.owner_name } : null,
    acceptedAt: toDate(row.accepted_at),
    progressStage: row.progress_stage,
    lastProgressAt: toDate(row.last_progress_at),
    nextStepAt: toDate(row.next_step_at),
    won: wonAmount != null && row.won_currency && closedOn ? { amount: wonAmount, currency: row.won_currency, closedOn } : null,
    lostToCompetitor: row.lost_to_competitor,
    closedAt: toDate(row.closed_at),
    pendingFollowUp: row.pending_follow_up,
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}
