import { Injectable } from '@nestjs/common';
import { subject } from '@casl/ability';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type Actor,
  Clock,
  ConflictError,
  NotFoundError,
  TenantContext,
  type TenantRead,
  assertCan,
  insertRows,
  isUniqueViolation,
} from '@leadrelay/core';
import { PartnerService } from '@leadrelay/partners';
import type { LeadEventModel } from './events/lead-event.model';
import { LeadEventType } from './events/lead-event-type';
import { LeadEventSink } from './events/lead-event-sink';
import { type EventActor, LeadHistory } from './events/lead-history';
import { matchCompanyName, matchDomain, matchEmail } from './intake/matching';
import { Lead } from './lead.entity';
import { type CreateLeadInput, type LeadsArgs, type UpdateLeadInput } from './lead.inputs';
import { DuplicateMatchModel, type LeadConnection, LeadModel } from './lead.model';
import { LeadStage } from './lead-stage';
import { LeadCountEstimates } from './lead-count-estimates';
import { leanEventsOf, leanLead, leanLeadPage } from './lead-reads';
import { leadScope } from './lead-visibility';
import { LeadScorer, ScoreCause } from './scoring/lead-scorer';

export const LEAD_POPULATE = ['holdingPartner', 'owner'] as const;

/** A lead as `actor` may see it; anything else is NOT_FOUND so that its existence does not leak. */
export async function findLeadInScope(
  em: EntityManager,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<Lead> {
  const lead = await em.findOne(
    Lead,
    { $and: [leadScope(actor), { id }] },
    {
      populate: LEAD_POPULATE,
      ...(options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE, lockTableAliases: ['l0'] } : {}),
    },
  );
  if (!lead) throw new NotFoundError('Lead', id);
  return lead;
}

export interface IntakeOrigin {
  by: EventActor;
  /** The history the lead's first line is written to (and published from). */
  history: LeadHistory;
  idempotencyKey?: string | null;
  /** Scores the lead by the tenant's model (which may qualify it by itself). */
  scorer: LeadScorer;
  /** False for a bulk intake: the lead is written with the batch's others (`insertNewLeads`), not by the unit of work. */
  persist?: boolean;
}

/** What a lead is matched on for duplicates and existing customers. */
interface MatchKeys {
  matchEmail: string | null;
  matchDomain: string | null;
  matchCompanyName: string;
}

function matchKeysOf(input: CreateLeadInput): MatchKeys {
  return {
    matchEmail: matchEmail(input.contact.email),
    matchDomain: matchDomain(input.company.website, input.contact.email),
    matchCompanyName: matchCompanyName(input.company.name),
  };
}

/**
 * "New or existing customer?" for each of these leads, in their order: the tenant has a WON lead
 * with the same company name or web domain. One statement for any number of leads.
 */
async function existingCustomers(em: EntityManager, tenantId: string, keys: readonly MatchKeys[]): Promise<boolean[]> {
  const names = [...new Set(keys.map((k) => k.matchCompanyName))];
  const domains = [...new Set(keys.map((k) => k.matchDomain).filter((d): d is string => Boolean(d)))];
  const won = await em
    .createQueryBuilder(Lead)
    .select(['matchCompanyName', 'matchDomain'], true)
    .where({
      tenantId,
      stage: LeadStage.WON,
      $or: [{ matchCompanyName: { $in: names } }, ...(domains.length ? [{ matchDomain: { $in: domains } }] : [])],
    })
    .execute<{ matchCompanyName: string; matchDomain: string | null }[]>('all', true);
  const wonNames = new Set(won.map((w) => w.matchCompanyName));
  const wonDomains = new Set(won.map((w) => w.matchDomain).filter(Boolean));
  return keys.map((k) => wonNames.has(k.matchCompanyName) || (k.matchDomain !== null && wonDomains.has(k.matchDomain)));
}

/** A new lead in the unit of work, with its first history line, scored (and so maybe qualified and routed). */
async function newLead(
  em: EntityManager,
  clock: Clock,
  tenantId: string,
  input: CreateLeadInput,
  keys: MatchKeys,
  existingCustomer: boolean,
  origin: IntakeOrigin,
): Promise<Lead> {
  const now = clock.now();
  const lead = em.create(
    Lead,
    {
      tenantId,
      source: input.source,
      sourceDetail: input.sourceDetail ?? null,
      company: { ...input.company },
      contact: { ...input.contact },
      interest: { ...(input.interest ?? {}) },
      consent: {
        given: input.consent?.given ?? false,
        givenAt: input.consent?.given ? (input.consent.givenAt ?? now) : null,
        wording: input.consent?.wording ?? null,
      },
      externalReference: input.externalReference ?? null,
      idempotencyKey: origin.idempotencyKey ?? null,
      existingCustomer,
      ...keys,
    },
    { persist: origin.persist ?? true },
  );
  origin.history.record(lead, LeadEventType.LEAD_CREATED, origin.by, {
    data: { source: input.source, sourceDetail: input.sourceDetail ?? null, existingCustomer },
  });
  await origin.scorer.score(em, lead, origin.history, ScoreCause.CREATED);
  return lead;
}

/**
 * Writes the new leads (and all the unit of work holds); a taken external reference is a CONFLICT
 * naming it. `held`: a bulk intake's leads, made outside the unit of work, written in one statement (`insertRows`).
 */
async function flushNewLeads(em: EntityManager, inputs: readonly CreateLeadInput[], held: Lead[] = []): Promise<void> {
  try {
    await insertRows(em, held);
    await em.flush();
  } catch (error) {
    const references = inputs.map((input) => input.externalReference).filter((r): r is string => Boolean(r));
    if (isUniqueViolation(error) && references.length) {
      const taken = references.length === 1 ? `"${references[0]}"` : `among ${references.map((r) => `"${r}"`).join(', ')}`;
      throw new ConflictError(`A lead with the external reference ${taken} exists already.`, { field: 'externalReference' });
    }
    throw error;
  }
}

/**
 * Creates a lead from any intake (GraphQL, web form, API): match keys, existing-customer flag,
 * and its first history line, in the caller's tenant transaction.
 */
export async function takeIn(
  em: EntityManager,
  clock: Clock,
  tenantId: string,
  input: CreateLeadInput,
  origin: IntakeOrigin,
): Promise<Lead> {
  const keys = matchKeysOf(input);
  const [existingCustomer] = await existingCustomers(em, tenantId, [keys]);
  const lead = await newLead(em, clock, tenantId, input, keys, existingCustomer!, origin);
  await flushNewLeads(em, [input]);
  return lead;
}

/**
 * The bulk path: many leads taken in within the caller's one transaction, each exactly as `takeIn`
 * takes it (matched, scored, qualified and, in AUTOMATIC mode, routed), set-based: the
 * existing-customer check for all of them in one statement, the tenant's scoring model and routing
 * policy, each country's partners with their load and measures read once (`LeadScorer.inBatch`),
 * then the leads in one insert (`insertRows`, outside the unit of work), the rounds and the offers in one insert each outside the unit of
 * work (`RoundBatch`), the history lines in one (`LeadHistory.forBatch`: every line of the batch
 * at its one instant), the rounds' jobs in one insert a queue, and the history to the outbox once. The number of
 * statements does not grow with the number of leads. Returns the new leads' ids, in input order.
 */
export async function takeInMany(
  em: EntityManager,
  clock: Clock,
  tenantId: string,
  inputs: readonly CreateLeadInput[],
  origin: {
    name: string;
    scorer: LeadScorer;
    events: LeadEventSink;
    /** Per lead, in input order: the intake it came through (its first line's actor) and its Idempotency-Key, when they differ. */
    each?: readonly { name: string; idempotencyKey: string | null }[];
  },
): Promise<string[]> {
  const history = LeadHistory.forBatch(em, clock);
  const keys = inputs.map(matchKeysOf);
  const existing = await existingCustomers(em, tenantId, keys);
  const leads = await origin.scorer.inBatch(em, async () => {
    const leads: Lead[] = [];
    for (const [i, input] of inputs.entries()) {
      const by = await history.system(tenantId, origin.each?.[i]?.name ?? origin.name);
      const idempotencyKey = origin.each?.[i]?.idempotencyKey ?? null;
      const intake = { by, history, idempotencyKey, scorer: origin.scorer, persist: false };
      leads.push(await newLead(em, clock, tenantId, input, keys[i]!, existing[i]!, intake));
    }
    await flushNewLeads(em, inputs, leads);
    return leads;
  });
  await history.writeHeld();
  await origin.events.publish(em, tenantId, history.recorded, leads);
  return leads.map((lead) => lead.id);
}

/** `leanLead`, checked against the CASL rule it applies; NOT_FOUND when `actor` may not read it. */
async function readLead(
  read: TenantRead,
  actor: Actor,
  id: string,
  withEvents = false,
): Promise<{ lead: LeadModel; events: LeadEventModel[] }> {
  const found = await leanLead(read, actor, id, withEvents);
  if (!found) throw new NotFoundError('Lead', id);
  assertCan(actor.ability, 'read', subject('Lead', found.conditions));
  return found;
}

@Injectable()
export class LeadService {
  constructor(
    private readonly tenants: TenantContext,
    private readonly clock: Clock,
    private readonly partners: PartnerService,
    private readonly events: LeadEventSink,
    private readonly scorer: LeadScorer,
    private readonly countEstimates: LeadCountEstimates,
  ) {}

  create(actor: Actor, input: CreateLeadInput): Promise<LeadModel> {
    return this.tenants.run(actor, async (em) => {
      assertCan(actor.ability, 'create', 'Lead');
      const history = new LeadHistory(em, this.clock);
      const lead = await takeIn(em, this.clock, actor.tenantId, input, {
        by: await history.actor(actor),
        history,
        scorer: this.scorer,
      });
      await this.events.publish(em, actor.tenantId, history.recorded);
      await em.populate(lead, LEAD_POPULATE);
      return LeadModel.from(lead);
    });
  }

  /** Changes a lead's data; a `version` older than the stored one is a CONFLICT and nothing is written. */
  update(actor: Actor, input: UpdateLeadInput): Promise<LeadModel> {
    return this.tenants.run(actor, async (em) => {
      const lead = await findLeadInScope(em, actor, input.id);
      assertCan(actor.ability, 'update', lead);
      await em.lock(lead, LockMode.OPTIMISTIC, input.version);
      const changed: string[] = [];
      if (input.company) {
        em.assign(lead.company, { ...input.company });
        changed.push('company');
      }
      if (input.contact) {
        em.assign(lead.contact, { ...input.contact });
        changed.push('contact');
      }
      if (input.interest) {
        em.assign(lead.interest, { ...input.interest });
        changed.push('interest');
      }
      if (input.consent) {
        em.assign(lead.consent, {
          given: input.consent.given,
          givenAt: input.consent.given ? (input.consent.givenAt ?? lead.consent.givenAt ?? this.clock.now()) : null,
          wording: input.consent.wording ?? null,
        });
        changed.push('consent');
      }
      lead.matchEmail = matchEmail(lead.contact.email);
      lead.matchDomain = matchDomain(lead.company.website, lead.contact.email);
      lead.matchCompanyName = matchCompanyName(lead.company.name);
      const history = new LeadHistory(em, this.clock);
      history.record(lead, LeadEventType.LEAD_UPDATED, await history.actor(actor), { data: { changed } });
      await this.scorer.score(em, lead, history, ScoreCause.UPDATED);
      await em.flush();
      await this.events.publish(em, actor.tenantId, history.recorded);
      return LeadModel.from(lead);
    });
  }

  /**
   * A page of the leads `actor` may see (a lean read: lead-reads.ts); the whole list counted only
   * `withCount` (when `totalCount` is asked for).
   */
  list(actor: Actor, args: LeadsArgs, withCount = true): Promise<LeadConnection> {
    return this.tenants.read(actor, async (read) => {
      if (args.filter?.partnerId) await this.partners.assertInScope(read, actor, args.filter.partnerId);
      return leanLeadPage(read, actor, args, withCount, this.countEstimates);
    });
  }

  /** One lead, read lean (lead-reads.ts); NOT_FOUND unless `actor` reads it in full. */
  get(actor: Actor, id: string): Promise<LeadModel> {
    return this.tenants.read(actor, async (read) => (await readLead(read, actor, id)).lead);
  }

  /** The lead and the history lines `actor` may read, in one statement (for `lead(id)` asking for `events`). */
  getWithEvents(actor: Actor, id: string): Promise<{ lead: LeadModel; events: LeadEventModel[] }> {
    return this.tenants.read(actor, (read) => readLead(read, actor, id, true));
  }

  eventsOf(actor: Actor, leadIds: readonly string[]): Promise<Map<string, LeadEventModel[]>> {
    return this.tenants.read(actor, (read) => leanEventsOf(read, actor, leadIds));
  }

  /** Other leads of the tenant with the same contact e-mail, web domain or company name. One query for the page. */
  duplicatesOf(actor: Actor, leadIds: readonly string[]): Promise<Map<string, DuplicateMatchModel[]>> {
    return this.tenants.run(actor, async (em) => {
      const leads = await em.find(
        Lead,
        { tenantId: actor.tenantId, id: { $in: [...leadIds] } },
        { fields: ['matchEmail', 'matchDomain', 'matchCompanyName'] },
      );
      const emails = leads.map((l) => l.matchEmail).filter((v): v is string => Boolean(v));
      const domains = leads.map((l) => l.matchDomain).filter((v): v is string => Boolean(v));
      const names = leads.map((l) => l.matchCompanyName);
      const candidates = await em.find(
        Lead,
        {
          tenantId: actor.tenantId,
          $or: [{ matchEmail: { $in: emails } }, { matchDomain: { $in: domains } }, { matchCompanyName: { $in: names } }],
        },
        {
          fields: ['matchEmail', 'matchDomain', 'matchCompanyName', 'company.name', 'stage', 'createdAt'],
          orderBy: { createdAt: 'asc' },
        },
      );
      const result = new Map<string, DuplicateMatchModel[]>();
      for (const lead of leads) {
        const matches = candidates
          .filter((other) => other.id !== lead.id)
          .map((other) => ({
            other,
            matchedOn: [
              lead.matchEmail && other.matchEmail === lead.matchEmail ? 'EMAIL' : null,
              lead.matchDomain && other.matchDomain === lead.matchDomain ? 'DOMAIN' : null,
              other.matchCompanyName === lead.matchCompanyName ? 'COMPANY_NAME' : null,
            ].filter((m): m is string => m !== null),
          }))
          .filter(({ matchedOn }) => matchedOn.length > 0)
          .map(({ other, matchedOn }) => ({
            leadId: other.id,
            matchedOn,
            companyName: other.company.name,
            stage: other.stage,
            createdAt: other.createdAt,
          }));
        result.set(lead.id, matches);
      }
      return result;
    });
  }
}
