import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import { aVendorTeam } from '../factories/team.factories';
import { aQualifiedLead } from '../factories/lead.factories';
import { closeOwnerOrm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const LEADS = graphql(`
  query LeadGradeFilterLeads($filter: LeadFilter) {
    leads(filter: $filter, first: 50) {
      totalCount
      nodes {
        id
        grade
      }
    }
  }
`);

/** The leads list filtered by qualification grade, as the portal's leads page asks for it. */
describe('the leads list by grade', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  it('lists only the leads of the grades asked for, and refuses a grade that does not exist', async () => {
    const vendor = await aVendorTeam(api);
    const search = `Grade ${randomUUID().slice(0, 8)}`;
    const company = (suffix: string) => ({ name: `${search} ${suffix}` });
    const a = await aQualifiedLead(vendor.tenant, { grade: 'A', company: company('A') });
    const b = await aQualifiedLead(vendor.tenant, { grade: 'B', company: company('B') });
    await aQualifiedLead(vendor.tenant, { grade: 'D', company: company('D') });

    const both = await api.graphql(LEADS, { filter: { search, grades: ['A', 'B'] } }, vendor.channel.token);
    expect(both.errors).toBeUndefined();
    const ids = both.data!.leads.nodes.map((lead) => lead.id);
    expect(ids.sort()).toEqual([a.id, b.id].sort());

    const all = await api.graphql(LEADS, { filter: { search } }, vendor.channel.token);
    expect(all.data?.leads.totalCount).toBe(3);

    // A grade the schema does not have: sent as text, as the typed variables cannot hold it.
    const bad = await api.graphql(print(LEADS), { filter: { grades: ['E'] } }, vendor.channel.token);
    expect(bad.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(bad.errors?.[0]?.extensions.problems)).toContain('grades');
  });
});
