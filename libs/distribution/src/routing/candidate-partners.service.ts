import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import {
  type Actor,
  Clock,
  type LeanQuery,
  type Locale,
  NotFoundError,
  Tenant,
  TenantContext,
  type TenantSettings,
  assertCan,
  literalSqlOf,
  withDefaults,
} from '@leadrelay/core';
import { readerLocale } from '@leadrelay/identity';
import { type Lead, readableLeads } from '@leadrelay/leads';
import type { PartnerStatus, PartnerTier, Territory } from '@leadrelay/partners';
import { type WorkingCalendar, businessHoursBetween } from '../deadlines';
import { calendarOf } from '../settings/tenant-calendar';
import { type CandidateSelection, type PartnerFacts, type TiersByGrade, selectCandidates } from './candidate-filters';
import {
  MIN_SAMPLE,
  type Performance,
  type RankedShare,
  type Weight,
  rankByFairShare,
  weightOf,
  weightedLevel,
} from './fair-share';
import { RoutingPolicy } from './routing-policy.entity';

/** Fair shares and performance are measured over this many recent days. */
export const RECENT_WINDOW_DAYS = 90;
/** The median time to accept is taken over at most this many recent acceptances per partner. */
const ACCEPTANCES_MEASURED = 15;

/** A partner as routing read it for one lead. */
export interface PartnerRow extends PartnerFacts {
  name: string;
  city: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  /** When it became available within the window: joining or the end of its last absence, if later than the window's start. */
  availableSince: Date | null;
}

export interface RankedCandidate {
  partner: PartnerRow;
  fits: CandidateSelection['candidates'][number]['fits'];
  weight: Weight & { performance: Performance };
  share: RankedShare;
}

/** What routing reads of a lead: the router has the entity, a person's read the row. */
export interface LeadFacts {
  id: string;
  tenantId: string;
  country: string;
  postalCode: string | null;
  productLine: string | null;
  industry: string | null;
  grade: string | null;
  consentGiven: boolean;
}

export interface CandidateList {
  lead: LeadFacts;
  consentGiven: boolean;
  widening: CandidateSelection['widening'];
  candidates: RankedCandidate[];
  excluded: (CandidateSelection['excluded'][number] & { partner: PartnerRow })[];
  windowDays: number;
}

/**
 * Where the candidates' statements (built with `leanSql()`) run: the router's MikroORM transaction
 * (`readsIn`), or a person's lean read (`forPerson`).
 */
interface CandidateReads {
  all<R>(query: LeanQuery<R>): Promise<R[]>;
  /** The tenant's working calendar: the time to accept is counted in its business hours. */
  calendar(): Promise<WorkingCalendar>;
}

/** The candidates' statements in a MikroORM transaction, with their values written in (`em.execute` sends them as they are). */
function readsIn(em: EntityManager, tenantId: string): CandidateReads {
  return {
    all: <R>(query: LeanQuery<R>) => em.execute<R[]>(literalSqlOf(query)),
    calendar: async () => calendarOf(await em.findOneOrFail(Tenant, { id: tenantId })),
  };
}

function factsOf(lead: Lead): LeadFacts {
  return {
    id: lead.id,
    tenantId: lead.tenantId,
    country: lead.company.country,
    postalCode: lead.company.postalCode ?? null,
    productLine: lead.interest.productLine ?? null,
    industry: lead.company.industry ?? null,
    grade: lead.grade ?? null,
    consentGiven: lead.consent.given,
  };
}

/** The lead as a person's candidates read takes it, with the tenant's routing tiers, its calendar and the viewer's language. */
interface LeadSqlRow {
  id: string;
  tenant_id: string;
  holding_partner_id: string | null;
  owner_id: string | null;
  company_country: string;
  company_postal_code: string | null;
  company_industry: string | null;
  interest_product_line: string | null;
  grade: string | null;
  consent_given: boolean;
  tiers_by_grade: TiersByGrade | null;
  tenant: { timeZone: string; settings: Partial<TenantSettings> | null; locale: Locale };
  user_locale: Locale | null;
}

interface PartnerSqlRow {
  id: string;
  name: string;
  tier: PartnerTier;
  status: PartnerStatus;
  territories: Territory[];
  competencies: string[];
  capacity: number;
  city: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  open_leads: string | number;
  absent_until: Date | null;
  back_since: Date | null;
  declined: boolean;
  expired: boolean;
  returned: boolean;
}

/**
 * The partners a lead can be offered to, ranked fairly, each with why it fits and why it ranks
 * where it does. Read in a handful of statements whatever the number of partners: the facts of
 * every partner in the lead's country with its load (leads held open and pending offers, kept by
 * the database in `partner_load`, see its migration), then the performance of the candidates only.
 */
@Injectable()
export class CandidatePartnersService {
  /** The snapshots of the bulk intakes under way, by their transaction's entity manager, then by country. */
  private readonly batches = new WeakMap<EntityManager, Map<string, Snapshot>>();

  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
  ) {}

  /**
   * For a person: the lead in their scope (NOT_FOUND otherwise), and only if they may distribute it,
   * with the viewer's language (theirs, else the tenant's). A lean read (no entities, no unit of
   * work): the lead with the tenant's routing tiers, calendar and the viewer's language in one
   * statement, then the partners, then the candidates' measures.
   */
  forPerson(actor: Actor, leadId: string): Promise<{ list: CandidateList; viewerLocale: Locale }> {
    return this.tenants.read(actor, async (read) => {
      const row = await read.first(
        readableLeads(actor)
          .where('l.id', '=', leadId)
          .select([
            'l.id',
            'l.tenant_id',
            'l.holding_partner_id',
            'l.owner_id',
            'l.company_country',
            'l.company_postal_code',
            'l.company_industry',
            'l.interest_product_line',
            'l.grade',
            'l.consent_given',
          ])
          .select([
            sql<LeadSqlRow['tiers_by_grade']>`(select r.tiers_by_grade from routing_policy r where r.tenant_id = l.tenant_id)`.as(
              'tiers_by_grade',
            ),
            sql<
              LeadSqlRow['tenant']
            >`(select json_build_object('timeZone', t.time_zone, 'settings', t.stored_settings, 'locale', t.locale)
              from tenant t where t.id = l.tenant_id)`.as('tenant'),
            sql<LeadSqlRow['user_locale']>`(select u.locale from user_account u where u.id = ${actor.userId})`.as('user_locale'),
          ]),
      );
      if (!row) throw new NotFoundError('Lead', leadId);
      assertCan(
        actor.ability,
        'distribute',
        subject('Lead', { tenantId: row.tenant_id, holdingPartnerId: row.holding_partner_id, ownerId: row.owner_id }),
      );
      const settings = withDefaults(row.tenant.settings);
      const reads: CandidateReads = {
        all: (query) => read.all(query),
        calendar: () => Promise.resolve(calendarOf({ timeZone: row.tenant.timeZone, settings: () => settings })),
      };
      const lead: LeadFacts = {
        id: row.id,
        tenantId: row.tenant_id,
        country: row.company_country,
        postalCode: row.company_postal_code,
        productLine: row.interest_product_line,
        industry: row.company_industry,
        grade: row.grade,
        consentGiven: row.consent_given,
      };
      return {
        list: await this.listOf(reads, lead, row.tiers_by_grade ?? {}),
        viewerLocale: readerLocale({ locale: row.user_locale }, row.tenant),
      };
    });
  }

  /** The candidates for a lead already loaded in a tenant transaction (the router's path). */
  async list(em: EntityManager, lead: Lead, routingPolicy?: Pick<RoutingPolicy, 'tiersByGrade'> | null): Promise<CandidateList> {
    const policy = routingPolicy !== undefined ? routingPolicy : await em.findOne(RoutingPolicy, { tenantId: lead.tenantId });
    return this.listOf(readsIn(em, lead.tenantId), factsOf(lead), policy?.tiersByGrade ?? {}, this.batches.get(em));
  }

  private async listOf(
    reads: CandidateReads,
    lead: LeadFacts,
    tiers: TiersByGrade,
    batch?: Map<string, Snapshot>,
  ): Promise<CandidateList> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - RECENT_WINDOW_DAYS * 86_400_000);
    const snapshot = batch ? await this.snapshotOf(reads, batch, lead, now, windowStart) : null;
    const partners = snapshot ? snapshot.partners : await this.partnersInCountry(reads, lead, now, windowStart);
    const selection = selectCandidates(
      {
        country: lead.country,
        postalCode: lead.postalCode,
        productLine: lead.productLine,
        industry: lead.industry,
        grade: lead.grade,
      },
      partners,
      tiers,
    );
    const byId = snapshot ? snapshot.byId : new Map(partners.map((p) => [p.id, p]));
    const chosen = selection.candidates.map((c) => byId.get(c.partnerId)!);
    const measured = snapshot
      ? { ...snapshot.measures, baselines: baselinesOf(chosen, snapshot.measures) }
      : await this.measure(reads, lead.tenantId, chosen, windowStart);
    const ranked = rankByFairShare(
      lead.id,
      chosen.map((p) => ({
        partnerId: p.id,
        weight: measured.weights.get(p.id)!.weight,
        received: measured.received.get(p.id) ?? 0,
        baseline: measured.baselines.get(p.id) ?? 0,
      })),
    );
    const fitsOf = new Map(selection.candidates.map((c) => [c.partnerId, c.fits]));
    let excluded: CandidateList['excluded'] | undefined;
    return {
      lead,
      consentGiven: lead.consentGiven,
      widening: selection.widening,
      candidates: ranked.map((share) => ({
        partner: byId.get(share.partnerId)!,
        fits: fitsOf.get(share.partnerId)!,
        weight: measured.weights.get(share.partnerId)!,
        share,
      })),
      // Made when read (a person's list shows them; the router reads only the candidates).
      get excluded() {
        excluded ??= selection.excluded.map((e) => ({ ...e, partner: byId.get(e.partnerId)! }));
        return excluded;
      },
      windowDays: RECENT_WINDOW_DAYS,
    };
  }

  /**
   * Runs `work` (the bulk intake of new leads, in one transaction) with routing reading each
   * country's partners, their load and their measures once: the offers routing makes meanwhile
   * are counted in (`noteOffered`), so the fair share and the capacity stay right within the
   * batch. Only for leads taken in within `work` (they have no past with any partner); offers
   * other transactions commit meanwhile are seen by the next batch.
   */
  async inBatch<T>(em: EntityManager, work: () => Promise<T>): Promise<T> {
    this.batches.set(em, new Map());
    try {
      return await work();
    } finally {
      this.batches.delete(em);
    }
  }

  /** The router offered the lead to these partners: a batch's snapshot counts the offers in. */
  noteOffered(em: EntityManager, partnerIds: readonly string[]): void {
    for (const snapshot of this.batches.get(em)?.values() ?? []) {
      for (const id of partnerIds) {
        const partner = snapshot.byId.get(id);
        if (!partner) continue;
        partner.openLeads += 1;
        snapshot.measures.received.set(id, (snapshot.measures.received.get(id) ?? 0) + 1);
      }
    }
  }

  private async snapshotOf(
    reads: CandidateReads,
    batch: Map<string, Snapshot>,
    lead: LeadFacts,
    now: Date,
    windowStart: Date,
  ): Promise<Snapshot> {
    const country = lead.country;
    const found = batch.get(country);
    if (found) return found;
    const partners = (await this.partnersInCountry(reads, lead, now, windowStart)).map((p) => ({ ...p, refused: null }));
    const snapshot = {
      partners,
      byId: new Map(partners.map((p) => [p.id, p])),
      measures: await this.readMeasures(reads, lead.tenantId, partners, windowStart),
    };
    batch.set(country, snapshot);
    return snapshot;
  }

  /** The weight in force for one partner (its tier times its measured performance). */
  async weightOf(
    em: EntityManager,
    tenantId: string,
    partner: { id: string; tier: PartnerTier },
  ): Promise<Weight & { performance: Performance }> {
    const now = this.clock.now();
    const windowStart = new Date(now.getTime() - RECENT_WINDOW_DAYS * 86_400_000);
    const { weights } = await this.measure(readsIn(em, tenantId), tenantId, [{ ...partner, availableSince: null }], windowStart);
    return weights.get(partner.id)!;
  }

  private async partnersInCountry(reads: CandidateReads, lead: LeadFacts, now: Date, windowStart: Date): Promise<PartnerRow[]> {
    const rows = await reads.all(
      sql<PartnerSqlRow>`with refused as (
         select partner_id, bool_or(declined) as declined, bool_or(expired) as expired, bool_or(returned) as returned from (
           select o.partner_id, o.status = 'DECLINED' as declined, o.status = 'EXPIRED' as expired, false as returned
             from offer o where o.lead_id = ${lead.id}
           union all
           select e.partner_id, false, false, true
             from lead_event e where e.lead_id = ${lead.id} and e.type = 'lead.returned' and e.partner_id is not null
         ) x group by partner_id),
       -- Every absence of the tenant that matters (ending after the window's start) read once, not twice a partner.
       absence as (
         select a.partner_id,
                max(a.ends_at) filter (where a.starts_at <= ${now} and a.ends_at > ${now}) as absent_until,
                max(a.ends_at) filter (where a.ends_at <= ${now}) as back_since
           from partner_absence a where a.tenant_id = ${lead.tenantId} and a.ends_at > ${windowStart} group by a.partner_id)
       select p.id, p.name, p.tier, p.status, p.territories, p.competencies, p.capacity, p.city, p.version, p.created_at, p.updated_at,
         coalesce(pl.open_leads + pl.pending_offers, 0) as open_leads,
         ab.absent_until, ab.back_since,
         coalesce(r.declined, false) as declined, coalesce(r.expired, false) as expired, coalesce(r.returned, false) as returned
       from partner p
       left join refused r on r.partner_id = p.id
       left join partner_load pl on pl.partner_id = p.id
       left join absence ab on ab.partner_id = p.id
       where p.tenant_id = ${lead.tenantId} and p.territories @> ${JSON.stringify([{ country: lead.country }])}::jsonb
       order by p.id`,
    );
    return rows.map((row) => {
      const joined = new Date(row.created_at);
      const back = row.back_since ? new Date(row.back_since) : null;
      const since = [joined, back].filter((d): d is Date => !!d && d > windowStart).sort((a, b) => b.getTime() - a.getTime())[0];
      return {
        id: row.id,
        name: row.name,
        tier: row.tier,
        status: row.status,
        territories: row.territories,
        competencies: row.competencies,
        capacity: row.capacity,
        city: row.city,
        version: row.version,
        createdAt: joined,
        updatedAt: new Date(row.updated_at),
        openLeads: Number(row.open_leads),
        absentUntil: row.absent_until ? new Date(row.absent_until) : null,
        refused: row.declined ? 'DECLINED' : row.returned ? 'RETURNED' : row.expired ? 'EXPIRED' : null,
        availableSince: since ?? null,
      };
    });
  }

  /** Performance, weights, offers received since availability and the baseline of those available later, for the candidates. */
  private async measure(
    reads: CandidateReads,
    tenantId: string,
    partners: { id: string; tier: PartnerTier; availableSince: Date | null }[],
    windowStart: Date,
  ) {
    const measures = await this.readMeasures(reads, tenantId, partners, windowStart);
    return { ...measures, baselines: baselinesOf(partners, measures) };
  }

  /** Performance, weights and offers received since availability of these partners, and what the others had when each became available. */
  private async readMeasures(
    reads: CandidateReads,
    tenantId: string,
    partners: { id: string; tier: PartnerTier; availableSince: Date | null }[],
    windowStart: Date,
  ) {
    const weights = new Map<string, Weight & { performance: Performance }>();
    const received = new Map<string, number>();
    const counted = new Map<string, number>();
    if (partners.length === 0) return { weights, received, counted };
    const ids = pgArray(partners.map((p) => p.id));
    const sinces = pgArray(partners.map((p) => (p.availableSince ?? windowStart).toISOString()));
    // A partner available only later starts level with the others as they stood then: what each had when one became available.
    const laterSinces = pgArray([
      ...new Set(partners.filter((p) => p.availableSince).map((p) => p.availableSince!.toISOString())),
    ]);
    // One statement for the four measures: offers (received since availability, answered,
    // accepted), the latest acceptances' times, closed or returned leads, and the offers received
    // before each instant a candidate became available, per candidate.
    const rows = await reads.all(
      sql<MeasureSqlRow>`with s (partner_id, since) as (select * from unnest(${ids}::uuid[], ${sinces}::timestamptz[])),
       o as (
         select o.partner_id,
                count(*) filter (where o.offered_at >= s.since) as received,
                count(*) filter (where o.status in ('ACCEPTED', 'DECLINED', 'EXPIRED')) as answered,
                count(*) filter (where o.status = 'ACCEPTED') as accepted
           from s join offer o on o.tenant_id = ${tenantId} and o.partner_id = s.partner_id and o.offered_at >= ${windowStart}
          group by o.partner_id),
       a as (
         select partner_id, array_agg(offered_at) as offered, array_agg(responded_at) as responded from (
           select o.partner_id, o.offered_at, o.responded_at,
                  row_number() over (partition by o.partner_id order by o.offered_at desc) as n
             from offer o
            where o.tenant_id = ${tenantId} and o.partner_id = any(${ids}::uuid[]) and o.status = 'ACCEPTED'
              and o.offered_at >= ${windowStart} and o.responded_at is not null
         ) recent where n <= ${ACCEPTANCES_MEASURED} group by partner_id),
       e as (
         select e.partner_id,
                count(*) filter (where e.type = 'lead.won') as won,
                count(*) filter (where e.type = 'lead.lost') as lost,
                count(*) filter (where e.type = 'lead.returned') as returned
           from lead_event e
          where e.tenant_id = ${tenantId} and e.partner_id = any(${ids}::uuid[]) and e.type in ('lead.won', 'lead.lost', 'lead.returned')
            and e.occurred_at >= ${windowStart}
          group by e.partner_id),
       b as (
         select partner_id, array_agg(since) as before_since, array_agg(n) as before_count from (
           select l.since, o.partner_id, count(*)::int as n
             from unnest(${laterSinces}::timestamptz[]) as l (since)
             join offer o on o.tenant_id = ${tenantId} and o.partner_id = any(${ids}::uuid[])
                         and o.offered_at >= ${windowStart} and o.offered_at < l.since
            group by l.since, o.partner_id
         ) before group by partner_id)
       select s.partner_id, o.received, o.answered, o.accepted, a.offered, a.responded, e.won, e.lost, e.returned,
              b.before_since, b.before_count
         from s left join o on o.partner_id = s.partner_id left join a on a.partner_id = s.partner_id
                left join e on e.partner_id = s.partner_id left join b on b.partner_id = s.partner_id`,
    );
    const byPartner = new Map(rows.map((row) => [row.partner_id, row]));
    const calendar = rows.some((row) => row.offered?.length) ? await reads.calendar() : null;
    for (const partner of partners) {
      const row = byPartner.get(partner.id);
      const answered = Number(row?.answered ?? 0);
      const accepted = Number(row?.accepted ?? 0);
      const won = Number(row?.won ?? 0);
      const closed = won + Number(row?.lost ?? 0);
      const offered = asArray(row?.offered);
      const responded = asArray(row?.responded);
      const hours = offered
        .map((at, i) => businessHoursBetween(new Date(at), new Date(responded[i]!), calendar!))
        .sort((a, b) => a - b);
      const performance: Performance = {
        acceptanceRate: answered >= MIN_SAMPLE ? accepted / answered : null,
        medianHoursToAccept: hours.length >= MIN_SAMPLE ? Math.round(median(hours) * 10) / 10 : null,
        winRate: closed >= MIN_SAMPLE ? won / closed : null,
        returnRate: accepted >= MIN_SAMPLE ? Math.min(1, Number(row?.returned ?? 0) / accepted) : null,
      };
      weights.set(partner.id, { ...weightOf(partner.tier, performance), performance });
      received.set(partner.id, Number(row?.received ?? 0));
    }
    for (const row of rows) {
      const counts = asArray(row.before_count);
      asArray(row.before_since).forEach((since, i) =>
        counted.set(`${new Date(since).getTime()}:${row.partner_id}`, Number(counts[i])),
      );
    }
    return { weights, received, counted };
  }
}

/** The offers per unit of weight each candidate available only later is credited with: the others' level when it became available. */
function baselinesOf(
  partners: { id: string; availableSince: Date | null }[],
  measures: Pick<Measures, 'weights' | 'counted'>,
): Map<string, number> {
  const baselines = new Map<string, number>();
  for (const partner of partners.filter((p) => p.availableSince)) {
    const at = partner.availableSince!.getTime();
    const others = partners
      .filter((p) => p.id !== partner.id)
      .map((p) => {
        const weight = measures.weights.get(p.id)!.weight;
        return { weight, level: (measures.counted.get(`${at}:${p.id}`) ?? 0) / weight };
      });
    baselines.set(partner.id, weightedLevel(others));
  }
  return baselines;
}

interface Measures {
  weights: Map<string, Weight & { performance: Performance }>;
  received: Map<string, number>;
  /** Offers each partner had received before an instant: `${instant ms}:${partnerId}`. */
  counted: Map<string, number>;
}

/** What a bulk intake read once for a country: its partners (load counted on) and their measures. */
interface Snapshot {
  partners: PartnerRow[];
  byId: Map<string, PartnerRow>;
  measures: Measures;
}

interface MeasureSqlRow {
  partner_id: string;
  received: string | null;
  answered: string | null;
  accepted: string | null;
  offered: Date[] | string | null;
  responded: Date[] | string | null;
  won: string | null;
  lost: string | null;
  returned: string | null;
  before_since: Date[] | string | null;
  before_count: number[] | string | null;
}

/** An array as the driver gives it: parsed, or (for an unknown array type) its text form. */
function asArray<T extends Date | number>(value: T[] | string | null | undefined): (T | string)[] {
  if (!value) return [];
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean)
    .map((v) => v.replace(/^"|"$/g, ''));
}

/** A PostgreSQL array literal of ids or ISO instants (neither holds a comma, quote or brace). */
function pgArray(values: string[]): string {
  return `{${values.join(',')}}`;
}

function median(sorted: number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
