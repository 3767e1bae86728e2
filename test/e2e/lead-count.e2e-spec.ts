import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { LEAD_COUNT_ESTIMATE_MS } from '../../libs/leads/src/lead-count-estimates';
import { type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { dataOf } from '../support/graphql-results';
import { closeOwnerOrm } from '../support/owner-orm';
import { testDatabase } from '../support/test-database';
import { MovableClock } from '../support/movable-clock';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import type { LeadCountQueryVariables } from '../support/graphql/generated/graphql';

const COUNT = graphql(`
  query LeadCount($filter: LeadFilter) {
    leads(first: 5, filter: $filter) {
      totalCount
      totalCountExact
      nodes {
        id
      }
    }
  }
`);

/** 1,000 leads, the bound up to which the count is exact. */
const BOUND = 1000;

/**
 * `totalCount` of the leads list (issue 9): exact up to 1,000 leads, above them PostgreSQL's
 * estimate, said so by `totalCountExact`; a search's count is always exact. The estimate must be close for a vendor user (the
 * partner wall once halved it) and for a filter.
 */
describe('counting the leads list', () => {
  let api: TestApi;
  let vendor: VendorTeam;
  let partnerAdminToken: string;

  /** `count` leads of the vendor, every third in TRADE_FAIR, the table analysed as autovacuum would. */
  async function leadsOfVendor(count: number): Promise<void> {
    const { ownerUrl } = await testDatabase();
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      await owner.query(
        `insert into lead (id, tenant_id, created_at, updated_at, source, company_name, company_country, contact_last_name, contact_email, stage, match_company_name)
         select gen_random_uuid(), $1::uuid, now() - make_interval(secs => i), now(),
                case when i % 3 = 0 then 'TRADE_FAIR' else 'WEB_FORM' end, 'Firma ' || i, 'DE', 'Kontakt ' || i, 'k' || i || '@example.com', 'NEW', 'firma ' || i
           from generate_series(1, $2::int) i`,
        [vendor.tenant.id, count],
      );
      await owner.query('analyze lead');
    } finally {
      await owner.end();
    }
  }

  const countAs = async (token: string, filter?: LeadCountQueryVariables['filter']) =>
    dataOf(await api.graphql(COUNT, { filter }, token)).leads;

  const clock = new MovableClock();

  beforeAll(async () => {
    api = await createTestApi({}, [], { clock });
    vendor = await aVendorTeam(api);
    partnerAdminToken = (await aPartnerTeam(api, vendor.tenant)).admin.token;
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  it('counts exactly up to the bound, and says so', async () => {
    await leadsOfVendor(BOUND);
    expect(await countAs(vendor.marketing.token)).toMatchObject({ totalCount: BOUND, totalCountExact: true });
    expect(await countAs(vendor.marketing.token, { sources: ['TRADE_FAIR'] })).toMatchObject({
      totalCount: Math.floor(BOUND / 3),
      totalCountExact: true,
    });
    // A search counts exactly: Firma 1, 10-19, 100-199 and 1000.
    expect(await countAs(vendor.marketing.token, { search: 'Firma 1' })).toMatchObject({
      totalCount: 112,
      totalCountExact: true,
    });
    // A partner sees none of them: its count is exact, and nothing.
    expect(await countAs(partnerAdminToken)).toMatchObject({ totalCount: 0, totalCountExact: true, nodes: [] });
  });

  it('estimates above the bound, close to the truth for the whole list and for a filter, and says so', async () => {
    await leadsOfVendor(5 * BOUND); // 6,000 in all, 2,000 of them from trade fairs
    const all = await countAs(vendor.marketing.token);
    expect(all.totalCountExact).toBe(false);
    expect(all.totalCount).toBeGreaterThan(BOUND);
    expect(Math.abs(all.totalCount - 6 * BOUND) / (6 * BOUND)).toBeLessThan(0.1);
    const fairs = await countAs(vendor.marketing.token, { sources: ['TRADE_FAIR'] });
    expect(fairs.totalCountExact).toBe(false);
    expect(Math.abs(fairs.totalCount - 2 * BOUND) / (2 * BOUND)).toBeLessThan(0.1);
    // A search counts exactly above the bound too (an estimate could only guess what a trigram search finds).
    expect(await countAs(vendor.marketing.token, { search: 'firma' })).toMatchObject({
      totalCount: 6 * BOUND,
      totalCountExact: true,
    });
    expect(await countAs(vendor.marketing.token, { search: 'firma', sources: ['TRADE_FAIR'] })).toMatchObject({
      totalCount: Math.floor(BOUND / 3) + Math.floor((5 * BOUND) / 3),
      totalCountExact: true,
    });
    // A filter that leaves fewer than the bound is exact again (counted in the page's statement).
    expect(await countAs(vendor.marketing.token, { stages: ['WON'] })).toMatchObject({ totalCount: 0, totalCountExact: true });
  });

  it('estimates a long list once and keeps the estimate for a few seconds: the next pages are counted in their own statement only', async () => {
    const logQuery = jest.spyOn(api.app.get(MikroORM).config.getLogger(), 'logQuery');
    const statementsOf = async (filter?: LeadCountQueryVariables['filter']) => {
      logQuery.mockClear();
      const leads = await countAs(vendor.marketing.token, filter);
      return { leads, statements: logQuery.mock.calls.length };
    };
    try {
      await statementsOf(); // the session checked a moment ago, as for every request of a busy client but its first
      const filter = { sources: ['WEB_FORM' as const] };
      const first = await statementsOf(filter);
      const again = await statementsOf(filter);
      expect(first.leads.totalCountExact).toBe(false);
      expect(again.leads.totalCount).toBe(first.leads.totalCount);
      // The page with its count cut at the bound and the estimate, each its own transaction (begin
      // with the settings, the statement, commit); then the page alone.
      expect([first.statements, again.statements]).toEqual([6, 3]);
      clock.advance(LEAD_COUNT_ESTIMATE_MS + 1);
      await statementsOf(); // the session again
      expect((await statementsOf(filter)).statements).toBe(6);
    } finally {
      logQuery.mockRestore();
    }
  });
});
