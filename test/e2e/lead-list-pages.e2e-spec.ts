import { aVendorTeam } from '../factories/team.factories';
import { aLead } from '../factories/lead.factories';
import { closeOwnerOrm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import type { LeadOrder } from '../support/graphql/generated/graphql';

const PAGE = graphql(`
  query LeadListPage($orderBy: LeadOrder!, $after: String) {
    leads(first: 2, orderBy: $orderBy, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        endCursor
      }
      nodes {
        id
        score
        createdAt
        updatedAt
      }
    }
  }
`);

interface Item {
  id: string;
  score: number | null;
  createdAt: string;
  updatedAt: string;
}

/** Pages through a tenant's leads by every order: each lead once, in the order's sequence, cursor by cursor. */
describe('paging the leads list', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  const byKey = (key: (item: Item) => number, direction: 1 | -1) => (a: Item, b: Item) =>
    key(a) !== key(b) ? (key(a) - key(b)) * direction : (a.id < b.id ? -1 : 1) * direction;

  it('walks every order, the score order with unscored leads last, each lead once and in order', async () => {
    const vendor = await aVendorTeam(api);
    for (const score of [40, null, 90, 40, null, 10, 90]) await aLead(vendor.tenant, { score });
    const orders: [LeadOrder, (a: Item, b: Item) => number][] = [
      ['NEWEST', byKey((item) => Date.parse(item.createdAt), -1)],
      ['OLDEST', byKey((item) => Date.parse(item.createdAt), 1)],
      ['RECENTLY_UPDATED', byKey((item) => Date.parse(item.updatedAt), -1)],
      // Highest first, unscored last; ties by id, descending.
      ['SCORE', byKey((item) => item.score ?? -1, -1)],
    ];
    for (const [orderBy, compare] of orders) {
      const walked: Item[] = [];
      const previous: boolean[] = [];
      let after: string | undefined;
      for (let page = 0; page < 10; page++) {
        const result = await api.graphql(PAGE, { orderBy, after }, vendor.marketing.token);
        expect(result.errors).toBeUndefined();
        const { nodes, pageInfo, totalCount } = result.data!.leads;
        expect(totalCount).toBe(7);
        walked.push(...nodes);
        previous.push(pageInfo.hasPreviousPage);
        after = pageInfo.endCursor!;
        if (!pageInfo.hasNextPage) break;
      }
      // After the last lead: an empty page, whose count and hasPreviousPage are read on their own.
      const beyondTheEnd = await api.graphql(PAGE, { orderBy, after }, vendor.marketing.token);
      expect(beyondTheEnd.data?.leads).toMatchObject({ nodes: [], totalCount: 7, pageInfo: { hasPreviousPage: true } });
      expect({ orderBy, ids: walked.map((item) => item.id) }).toEqual({
        orderBy,
        ids: [...walked].sort(compare).map((item) => item.id),
      });
      expect(new Set(walked.map((item) => item.id)).size).toBe(7);
      expect(previous).toEqual([false, true, true, true]);
    }
  });

  it('refuses a cursor of another order with BAD_USER_INPUT on after', async () => {
    const vendor = await aVendorTeam(api);
    await aLead(vendor.tenant, { score: 50 });
    await aLead(vendor.tenant, { score: 60 });
    const first = await api.graphql(PAGE, { orderBy: 'SCORE' }, vendor.marketing.token);
    const foreign = await api.graphql(
      PAGE,
      { orderBy: 'NEWEST', after: first.data!.leads.pageInfo.endCursor! },
      vendor.marketing.token,
    );
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(JSON.stringify(foreign.errors?.[0]?.extensions)).toContain('after');
  });
});
