import { print } from 'graphql';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { aQualifiedLead, distribute } from '../factories/lead.factories';
import { type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { codeOf, gql } from '../support/graphql-results';
import { closeOwnerOrm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import type { OfferOrder } from '../support/graphql/generated/graphql';

const INBOX = graphql(`
  query InboxOrderOffers($orderBy: OfferOrder!, $after: String) {
    offers(filter: { status: [PENDING] }, orderBy: $orderBy, first: 2, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        leadId
      }
    }
  }
`);

/** The partner's inbox in pages, newest offer first or the most urgent (the nearest deadline) first. */
describe("the order of a partner's inbox", () => {
  let api: TestApi;
  let vendor: VendorTeam;
  let partner: PartnerTeam;
  const offered: string[] = [];
  const hoursLeft = [48, 24, 72];

  beforeAll(async () => {
    api = await createTestApi();
    vendor = await aVendorTeam(api);
    partner = await aPartnerTeam(api, vendor.tenant);
    // Offered one after another, so that the newest is the last; the deadlines are in another order.
    for (const hours of hoursLeft) {
      const lead = await aQualifiedLead(vendor.tenant);
      await distribute(api, vendor.channel.token, lead.id, [partner.partner.id], 'EXCLUSIVE', {
        expiresAt: new Date(Date.now() + hours * 3_600_000),
      });
      offered.push(lead.id);
    }
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  async function allPages(orderBy: OfferOrder): Promise<string[][]> {
    const pages: string[][] = [];
    let after: string | null | undefined = null;
    for (;;) {
      const page: ResultOf<typeof INBOX> = await gql(api, INBOX, { orderBy, after }, partner.sales.token);
      expect(page.offers.totalCount).toBe(3);
      pages.push(page.offers.nodes.map((offer) => offer.leadId));
      after = page.offers.pageInfo.endCursor;
      if (!page.offers.pageInfo.hasNextPage) break;
    }
    // After the last offer: an empty page, whose count is read on its own.
    const beyondTheEnd: ResultOf<typeof INBOX> = await gql(api, INBOX, { orderBy, after }, partner.sales.token);
    expect(beyondTheEnd.offers).toMatchObject({ nodes: [], totalCount: 3 });
    return pages;
  }

  it('lists the newest offer first, page after page', async () => {
    expect(await allPages('NEWEST')).toEqual([[offered[2], offered[1]], [offered[0]]]);
  });

  it('lists the offer with the nearest deadline first when asked for the most urgent', async () => {
    expect(await allPages('URGENT')).toEqual([[offered[1], offered[0]], [offered[2]]]);
  });

  it('refuses an order it does not know', async () => {
    // An order the schema does not have: sent as text, as the typed variables cannot hold it.
    const answer = await api.graphql(print(INBOX), { orderBy: 'OLDEST' }, partner.sales.token);
    expect(codeOf(answer)).toBe('BAD_USER_INPUT');
  });
});
