import { randomInt, randomUUID } from 'node:crypto';
import {
  type Company,
  type ContactPerson,
  EmployeeBand,
  type Interest,
  Lead,
  LeadEvent,
  LeadEventType,
  LeadSource,
  LeadStage,
  RequestType,
  matchCompanyName,
  matchDomain,
  matchEmail,
} from '@leadrelay/leads';
import { User } from '@leadrelay/identity';
import { Partner } from '@leadrelay/partners';
import { ownerEm } from '../support/owner-orm';
import { gql } from '../support/graphql-results';
import type { TestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const unique = () => randomUUID().slice(0, 8);

export interface LeadOptions {
  stage?: LeadStage;
  source?: LeadSource;
  /** Consent to pass the lead on to partners; given unless false. */
  consent?: boolean;
  score?: number | null;
  grade?: string | null;
  company?: Partial<Company>;
  contact?: Partial<ContactPerson>;
  interest?: Partial<Interest>;
  externalReference?: string | null;
  /** For a lead a partner has accepted: the partner and its member working it. */
  holdingPartner?: { id: string };
  owner?: { id: string };
}

/**
 * A lead of `tenant` in any stage, written as the owner with its first history line. Its company,
 * contact person, e-mail, phone, street and website are unique to it, so a test can search an
 * answer for them. Stages that involve offers and partners are reached through the API instead
 * (see `anAcceptedLead`).
 */
export async function aLead(tenant: { id: string }, options: LeadOptions = {}): Promise<Lead> {
  const em = await ownerEm();
  const key = unique();
  const company = {
    name: `Firma ${key} GmbH`,
    industry: 'Logistik',
    employeeBand: EmployeeBand.MEDIUM,
    country: 'DE',
    postalCode: '20095',
    city: 'Hamburg',
    street: `Hafenstraße ${key}`,
    website: `https://firma-${key}.example`,
    ...options.company,
  };
  const contact = {
    firstName: `Vorname${key}`,
    lastName: `Nachname${key}`,
    email: `kontakt.${key}@firma-${key}.example`,
    phone: `+49 40 ${randomInt(1_000_000, 9_999_999)}`,
    position: 'Einkauf',
    decisionMaker: true,
    ...options.contact,
  };
  const given = options.consent ?? true;
  const lead = em.create(Lead, {
    tenantId: tenant.id,
    source: options.source ?? LeadSource.WEB_FORM,
    company,
    contact,
    interest: { productLine: 'Wärmepumpen', requestType: RequestType.QUOTE_REQUEST, timeframe: 'Q1', ...options.interest },
    consent: { given, givenAt: given ? new Date() : null, wording: given ? 'Einverstanden.' : null },
    stage: options.stage ?? LeadStage.NEW,
    score: options.score === undefined ? (options.stage && options.stage !== LeadStage.NEW ? 75 : null) : options.score,
    grade: options.grade === undefined ? (options.stage && options.stage !== LeadStage.NEW ? 'B' : null) : options.grade,
    externalReference: options.externalReference ?? null,
    holdingPartner: options.holdingPartner ? em.getReference(Partner, options.holdingPartner.id) : null,
    owner: options.owner ? em.getReference(User, options.owner.id) : null,
    acceptedAt: options.holdingPartner ? new Date() : null,
    matchEmail: matchEmail(contact.email),
    matchDomain: matchDomain(company.website, contact.email),
    matchCompanyName: matchCompanyName(company.name),
  });
  em.create(LeadEvent, {
    tenantId: tenant.id,
    lead,
    type: LeadEventType.LEAD_CREATED,
    occurredAt: new Date(),
    actorName: 'Test factory',
    actorOrganisation: 'Test factory',
    data: { source: lead.source },
  });
  await em.flush();
  return lead;
}

/** A QUALIFIED lead with consent: ready to be distributed. */
export function aQualifiedLead(tenant: { id: string }, options: LeadOptions = {}): Promise<Lead> {
  return aLead(tenant, { ...options, stage: LeadStage.QUALIFIED });
}

/** The personal and exact-address data of a lead that a partner must not reach before it holds the lead. */
export function contactDataOf(lead: Lead): string[] {
  return [
    lead.contact.firstName,
    lead.contact.lastName,
    lead.contact.email,
    lead.contact.phone,
    lead.company.street,
    lead.company.website,
  ].filter((value): value is string => Boolean(value));
}

// ---- through the API ----------------------------------------------------------------------------

export const DISTRIBUTE = graphql(`
  mutation LeadFactoriesDistribute($input: DistributeLeadInput!) {
    distributeLead(input: $input) {
      id
      stage
      version
    }
  }
`);
export const ACCEPT = graphql(`
  mutation LeadFactoriesAccept($id: ID!) {
    acceptOffer(id: $id) {
      id
      status
    }
  }
`);
export const DECLINE = graphql(`
  mutation LeadFactoriesDecline($input: DeclineOfferInput!) {
    declineOffer(input: $input) {
      id
      status
    }
  }
`);
const OFFERS_OF_LEAD = graphql(`
  query LeadFactoriesOffersOfLead($leadId: ID!) {
    offers(filter: { leadId: $leadId }, first: 100) {
      nodes {
        id
        status
        roundId
        offeredAt
        expiresAt
        partner {
          id
          name
        }
      }
    }
  }
`);

export interface OfferRef {
  id: string;
  status: string;
  roundId: string;
  offeredAt: string;
  expiresAt: string;
  partner: { id: string; name: string };
}

export async function distribute(
  api: TestApi,
  token: string,
  leadId: string,
  partnerIds: string[],
  mode: 'SHARED' | 'EXCLUSIVE' = 'SHARED',
  extra: { expiresAt?: Date; includeExcluded?: boolean } = {},
): Promise<void> {
  await gql(api, DISTRIBUTE, { input: { leadId, partnerIds, mode, ...extra, expiresAt: extra.expiresAt?.toISOString() } }, token);
}

/** The lead's offers as `token`'s actor sees them (all for a vendor user, its own for a partner). */
export async function offersOf(api: TestApi, token: string, leadId: string): Promise<OfferRef[]> {
  return (await gql(api, OFFERS_OF_LEAD, { leadId }, token)).offers.nodes;
}

/** The one pending offer `token`'s partner has for the lead. */
export async function pendingOfferOf(api: TestApi, token: string, leadId: string): Promise<OfferRef> {
  const pending = (await offersOf(api, token, leadId)).filter((offer) => offer.status === 'PENDING');
  if (pending.length !== 1) throw new Error(`expected one pending offer, found ${pending.length}`);
  return pending[0]!;
}

export async function accept(api: TestApi, token: string, offerId: string): Promise<void> {
  await gql(api, ACCEPT, { id: offerId }, token);
}

/**
 * A lead ACCEPTED by `partner`'s member `by` (its owner then) after an EXCLUSIVE offer made by the
 * channel manager `channelToken`.
 */
export async function anAcceptedLead(
  api: TestApi,
  tenant: { id: string },
  channelToken: string,
  partner: { id: string },
  by: { token: string },
  options: LeadOptions = {},
): Promise<{ lead: Lead; offer: OfferRef }> {
  const lead = await aQualifiedLead(tenant, options);
  await distribute(api, channelToken, lead.id, [partner.id], 'EXCLUSIVE');
  const offer = await pendingOfferOf(api, by.token, lead.id);
  await accept(api, by.token, offer.id);
  return { lead, offer: { ...offer, status: 'ACCEPTED' } };
}

/** The lead as the owner sees it now, with its history lines. */
export async function storedLead(id: string): Promise<Lead> {
  const em = await ownerEm();
  return em.findOneOrFail(Lead, { id }, { filters: false, populate: ['holdingPartner', 'owner'] });
}

/** The lead's history line types, in order. */
export async function storedEventTypes(leadId: string): Promise<string[]> {
  const em = await ownerEm();
  const events = await em.find(LeadEvent, { lead: leadId }, { filters: false, orderBy: { position: 'asc' } });
  return events.map((event) => event.type);
}
