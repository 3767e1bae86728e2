import { MikroORM } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/core';
import { Clock } from '@leadrelay/core';
import { DistributionMode, Offer, OfferStatus, Round, RoundStatus } from '@leadrelay/distribution';
import { LeadEvent, LeadEventType, LeadStage, ReasonCode, ReasonCodeKind } from '@leadrelay/leads';
import { aLead } from '../factories/lead.factories';
import { type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { dataOf } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../support/graphql/generated';

// `first` is a variable: the API's cost limit multiplies a literal `first` into the query's cost.
const OFFERS = graphql(`
  query LeadStatementCountsOffers($first: Int!) {
    offers(first: $first) {
      nodes {
        id
        status
        expiresAt
        partner {
          name
        }
        teaser {
          companySize
          industry
          country
          postalArea
          city
          productLine
          requestType
          score
          grade
          source
        }
        declineReason {
          key
          label
          labels {
            locale
            text
          }
        }
        lead {
          id
          stage
          contact {
            lastName
            email
          }
          holdingPartner {
            id
            name
          }
          owner {
            id
            name
          }
          events {
            type
          }
          duplicates {
            leadId
          }
        }
        history {
          type
          actorName
          actorOrganisation
          reasonCode {
            key
          }
          data
        }
      }
    }
  }
`);
const LEADS = graphql(`
  query LeadStatementCountsLeads($first: Int!) {
    leads(first: $first) {
      nodes {
        id
        stage
        company {
          name
        }
        events {
          type
          actorName
          reasonCode {
            key
            label
          }
        }
        duplicates {
          leadId
          matchedOn
          companyName
          stage
        }
        holdingPartner {
          id
          name
        }
        owner {
          id
          name
        }
      }
    }
  }
`);

class StillClock extends Clock {
  private readonly at = new Date();
  now(): Date {
    return this.at;
  }
}

const HELD = 60;
const DECLINED = 60;

/**
 * The number of SQL statements a list answers with does not grow with its page size: every field
 * of its items (history, duplicates, partner, owner, reason) is loaded for the whole page at once.
 * Counted on the API's own MikroORM logger, which sees every statement the ORM sends.
 */
describe('SQL statements per list', () => {
  let api: TestApi;
  let vendor: VendorTeam;
  let holder: PartnerTeam;
  let decliner: PartnerTeam;
  let logQuery: jest.SpyInstance;
  let heldLeadId: string;

  beforeAll(async () => {
    // A clock that stands still: the token's cached session check (SessionCache, 1 s) does not
    // run out between the measured requests, however slow the machine.
    api = await createTestApi({}, [], { clock: new StillClock() });
    vendor = await aVendorTeam(api);
    [holder, decliner] = await Promise.all([aPartnerTeam(api, vendor.tenant), aPartnerTeam(api, vendor.tenant)]);
    await offeredLeads();
    logQuery = jest.spyOn(api.app.get(MikroORM).config.getLogger(), 'logQuery');
  }, 60_000);

  afterAll(async () => {
    logQuery.mockRestore();
    await api.close();
    await closeOwnerOrm();
  });

  /**
   * HELD leads accepted by `holder` (its sales rep works them) and DECLINED leads that `decliner`
   * declined with a reason, each with its round, offer and history lines; company names repeat, so
   * that leads have duplicates.
   */
  async function offeredLeads(): Promise<void> {
    const em = await ownerEm();
    const reason = await em.findOneOrFail(
      ReasonCode,
      { tenantId: vendor.tenant.id, kind: ReasonCodeKind.DECLINE, key: 'NO_CAPACITY' },
      { filters: false },
    );
    for (let i = 0; i < HELD + DECLINED; i++) {
      const held = i < HELD;
      const lead = await aLead(vendor.tenant, {
        stage: held ? LeadStage.ACCEPTED : LeadStage.UNPLACED,
        company: { name: `Doppel ${i % 10} GmbH` },
        ...(held ? { holdingPartner: holder.partner, owner: holder.sales.user } : {}),
      });
      if (i === 0) heldLeadId = lead.id;
      const partner = held ? holder.partner : decliner.partner;
      const offeredAt = new Date(Date.now() - (HELD + DECLINED - i) * 60_000);
      const round = em.create(Round, {
        tenantId: vendor.tenant.id,
        lead: lead.id,
        mode: DistributionMode.EXCLUSIVE,
        status: held ? RoundStatus.ACCEPTED : RoundStatus.UNPLACED,
        closedAt: offeredAt,
      });
      const offer = em.create(Offer, {
        tenantId: vendor.tenant.id,
        round,
        lead: lead.id,
        partner: partner.id,
        status: held ? OfferStatus.ACCEPTED : OfferStatus.DECLINED,
        offeredAt,
        expiresAt: new Date(offeredAt.getTime() + 8 * 3_600_000),
        respondedAt: offeredAt,
        declineReason: held ? null : reason,
      });
      const line = (type: LeadEventType, extra: Partial<LeadEvent> = {}) =>
        em.create(LeadEvent, {
          tenantId: vendor.tenant.id,
          lead: lead.id,
          type,
          occurredAt: offeredAt,
          actorName: 'Someone',
          actorOrganisation: partner.name,
          partner: partner.id,
          offerId: offer.id,
          ...extra,
        });
      line(LeadEventType.LEAD_OFFERED);
      if (held) {
        line(LeadEventType.OFFER_ACCEPTED);
      } else {
        line(LeadEventType.OFFER_DECLINED, { reasonCode: ref(reason) });
      }
    }
    await em.flush();
  }

  /** The statements one request sends, and its page's size. */
  async function statementsFor(
    query: TypedDocumentNode<Record<string, { nodes: unknown[] }>, { first: number }>,
    first: number,
    token: string,
  ): Promise<{ statements: string[]; items: number }> {
    logQuery.mockClear();
    const data = dataOf(await api.graphql(query, { first }, token));
    const statements = logQuery.mock.calls.map(([context]) => String((context as { query: string }).query));
    return { statements, items: Object.values(data)[0]!.nodes.length };
  }

  async function expectConstant(
    query: TypedDocumentNode<Record<string, { nodes: unknown[] }>, { first: number }>,
    token: string,
  ): Promise<void> {
    // The steady state: the token's session was checked a moment ago (SessionCache), as it is for
    // every request of a busy client but its first.
    await statementsFor(query, 1, token);
    const small = await statementsFor(query, 5, token);
    const large = await statementsFor(query, 50, token);
    expect([small.items, large.items]).toEqual([5, 50]);
    expect(large.statements).toHaveLength(small.statements.length);
  }

  it('answers offers(first: 5) and offers(first: 50) with teaser, reason, lead and history in as many statements', async () => {
    await expectConstant(OFFERS, vendor.channel.token);
    await expectConstant(OFFERS, holder.admin.token);
    await expectConstant(OFFERS, decliner.sales.token);
  });

  /**
   * A lean read's transaction: it opens with the transaction-local settings in the same round trip
   * (`begin ...; select set_config(...)`, one statement in the log), then the reads, then `commit`.
   */
  function expectLeanTransaction(statements: string[]): void {
    expect(statements.filter((statement) => /^begin\b/i.test(statement))).toHaveLength(1);
    expect(statements[0]).toMatch(/^begin transaction read only; select set_config\('app\.tenant_id'/);
    expect(statements.at(-1)).toBe('commit');
  }

  /** A page with its count in one lean transaction of `count` statements, the same for 5 items and for 50. */
  async function expectOneShortTransaction(
    query: TypedDocumentNode<Record<string, { nodes: unknown[] }>, { first: number }>,
    token: string,
    count: number,
  ): Promise<void> {
    await statementsFor(query, 1, token);
    for (const first of [5, 50]) {
      const { statements, items } = await statementsFor(query, first, token);
      expect(items).toBe(first);
      expectLeanTransaction(statements);
      expect(statements).toHaveLength(count);
    }
  }

  it('answers the inbox (teaser, totalCount, pageInfo) in one transaction of 3 statements for 5 and for 50', async () => {
    const inbox = graphql(`
      query LeadStatementCountsInbox($first: Int!) {
        offers(first: $first) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            status
            offeredAt
            expiresAt
            mode
            allowedActions
            partner {
              name
            }
            teaser {
              companySize
              industry
              country
              postalArea
              city
              productLine
              requestType
              timeframe
              budget
              score
              grade
              cell
              source
            }
          }
        }
      }
    `);
    // begin with the settings, the page with its count, commit.
    await expectOneShortTransaction(inbox, holder.admin.token, 3);
    await expectOneShortTransaction(inbox, vendor.channel.token, 3);
  });

  it('answers a leads page with totalCount and pageInfo in one transaction of 3 statements for 5 and for 50', async () => {
    const leads = graphql(`
      query LeadStatementCountsLeadsPage($first: Int!) {
        leads(first: $first) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            id
            stage
            createdAt
            company {
              name
              city
            }
            contact {
              lastName
              email
            }
            holdingPartner {
              name
            }
            owner {
              name
            }
          }
        }
      }
    `);
    // begin with the settings, the page with its count (exact up to a bound: lead-count), commit.
    await expectOneShortTransaction(leads, vendor.marketing.token, 3);
    await expectOneShortTransaction(leads, holder.sales.token, 3);
  });

  it('answers a search, and its next page, with totalCount and pageInfo in one transaction of 3 statements, finding the matches once', async () => {
    const search = graphql(`
      query LeadStatementCountsSearch($search: String!, $after: String) {
        leads(first: 5, after: $after, filter: { search: $search }) {
          totalCount
          totalCountExact
          pageInfo {
            hasNextPage
            hasPreviousPage
            endCursor
          }
          nodes {
            id
            company {
              name
            }
          }
        }
      }
    `);
    const pageOf = async (after: string | null) => {
      logQuery.mockClear();
      const { leads } = dataOf(await api.graphql(search, { search: 'doppel 3', after }, vendor.marketing.token));
      return { leads, statements: logQuery.mock.calls.map(([context]) => String((context as { query: string }).query)) };
    };
    await pageOf(null); // the session checked a moment ago, as for every request of a busy client but its first
    // Every tenth lead is "Doppel 3 GmbH": 12 of 120.
    const first = await pageOf(null);
    const second = await pageOf(first.leads.pageInfo.endCursor!);
    for (const { leads, statements } of [first, second]) {
      expect(leads).toMatchObject({ totalCount: 12, totalCountExact: true });
      expect(leads.nodes.map((node) => node.company.name)).toEqual(Array(5).fill('Doppel 3 GmbH'));
      // begin with the settings, the page with its count and whether any lie before, commit.
      expectLeanTransaction(statements);
      expect(statements).toHaveLength(3);
      expect(statements.filter((statement) => statement.includes('lead_search_ids'))).toHaveLength(1);
    }
    expect(first.leads.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(second.leads.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(second.leads.nodes.map((node) => node.id)).not.toContain(first.leads.nodes[0]!.id);
    // Past the last match no row carries the count or what lies before: each is asked on its own.
    const third = await pageOf(second.leads.pageInfo.endCursor!);
    expect(third.leads.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const beyond = await pageOf(third.leads.pageInfo.endCursor!);
    expect(beyond.leads).toMatchObject({ totalCount: 12, nodes: [], pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });

  it('answers leads(first: 5) and leads(first: 50) with events, duplicates, partner and owner in as many statements', async () => {
    await expectConstant(LEADS, vendor.marketing.token);
    await expectConstant(LEADS, holder.admin.token);
    await expectConstant(LEADS, holder.sales.token);
  });

  it('answers lead(id) with its history in one transaction of 3 statements', async () => {
    const lead = graphql(`
      query LeadStatementCountsLead($id: ID!) {
        lead(id: $id) {
          id
          stage
          company {
            name
          }
          contact {
            lastName
            email
          }
          events {
            type
            occurredAt
            actorName
            actorOrganisation
            reasonCode {
              key
            }
          }
        }
      }
    `);
    // The vendor reads every line; the holding partner those that name it.
    const partnerLines = [LeadEventType.LEAD_OFFERED, LeadEventType.OFFER_ACCEPTED];
    for (const [token, lines] of [
      [vendor.channel.token, [LeadEventType.LEAD_CREATED, ...partnerLines]],
      [holder.admin.token, partnerLines],
    ] as const) {
      await api.graphql(lead, { id: heldLeadId }, token);
      logQuery.mockClear();
      const result = await api.graphql(lead, { id: heldLeadId }, token);
      expect(result.data?.lead.events.map((event) => event.type)).toEqual(lines);
      const statements = logQuery.mock.calls.map(([context]) => String((context as { query: string }).query));
      expectLeanTransaction(statements);
      // begin with the settings, the lead with its lines, commit.
      expect(statements).toHaveLength(3);
    }
  });
});
