import { randomUUID } from 'node:crypto';
import { Lead, LeadStage } from '@leadrelay/leads';
import { aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { aLead } from '../factories/lead.factories';
import { asAppRole } from '../support/app-role';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const SEARCH = graphql(`
  query LeadSearch($search: String!, $orderBy: LeadOrder! = NEWEST) {
    leads(first: 50, filter: { search: $search }, orderBy: $orderBy) {
      totalCount
      nodes {
        id
        company {
          name
        }
      }
    }
  }
`);

/**
 * Search by company, contact name or e-mail (issue 9): served by `lead_search_ids` and its trigram
 * index (migration lead_search), still walled by tenant and partner like every lead read.
 */
describe('searching the leads list', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  async function found(token: string, search: string): Promise<string[]> {
    const result = await api.graphql(SEARCH, { search }, token);
    expect(result.errors).toBeUndefined();
    expect(result.data!.leads.totalCount).toBe(result.data!.leads.nodes.length);
    return result.data!.leads.nodes.map((lead) => lead.id).sort();
  }

  it("finds by part of the company name, either name of the contact or the e-mail, case-insensitive, and never another tenant's or partner's lead", async () => {
    const vendor = await aVendorTeam(api);
    const other = await aVendorTeam(api);
    const [holder, rival] = await Promise.all([aPartnerTeam(api, vendor.tenant), aPartnerTeam(api, vendor.tenant)]);
    const word = `Suchwort${randomUUID().slice(0, 8)}`;
    const held = await aLead(vendor.tenant, {
      stage: LeadStage.ACCEPTED,
      company: { name: `Alpha ${word} GmbH` },
      holdingPartner: holder.partner,
    });
    const rivals = await aLead(vendor.tenant, {
      stage: LeadStage.ACCEPTED,
      contact: { lastName: `Müller-${word}` },
      holdingPartner: rival.partner,
    });
    const byFirstName = await aLead(vendor.tenant, { contact: { firstName: `${word}ine` } });
    const byEmail = await aLead(vendor.tenant, { contact: { email: `info.${word.toLowerCase()}@beta.example` } });
    const elsewhere = await aLead(other.tenant, { company: { name: `${word} AG` } });

    expect(await found(vendor.channel.token, word.toUpperCase())).toEqual(
      [held.id, rivals.id, byFirstName.id, byEmail.id].sort(),
    );
    expect(await found(other.marketing.token, word)).toEqual([elsewhere.id]);
    expect(await found(holder.admin.token, word)).toEqual([held.id]);
    expect(await found(rival.admin.token, word.toLowerCase())).toEqual([rivals.id]);
    expect(await found(vendor.channel.token, `${word.toLowerCase()}@beta`)).toEqual([byEmail.id]);
  });

  it('takes % and _ literally, and finds a lead by its new name once it changed', async () => {
    const vendor = await aVendorTeam(api);
    const word = `Rabatt${randomUUID().slice(0, 8)}`;
    const percent = await aLead(vendor.tenant, { company: { name: `${word} 100% Service` } });
    await aLead(vendor.tenant, { company: { name: `${word} 100 Service` } });
    await aLead(vendor.tenant, { company: { name: `${word} 1X0 Service` } });
    expect(await found(vendor.marketing.token, `${word} 100%`)).toEqual([percent.id]);
    expect(await found(vendor.marketing.token, `${word} 1_0`)).toEqual([]);

    const renamed = `Umbenannt${randomUUID().slice(0, 8)}`;
    const em = await ownerEm();
    const lead = await em.findOneOrFail(Lead, percent.id, { filters: false });
    lead.company.name = renamed;
    await em.flush();
    expect(await found(vendor.marketing.token, renamed)).toEqual([percent.id]);
    expect(await found(vendor.marketing.token, `${word} 100%`)).toEqual([]);
  });

  it("answers a direct call of lead_search_ids with the caller's own leads only, and the application role cannot read lead_search", async () => {
    const vendor = await aVendorTeam(api);
    const [holder, rival] = await Promise.all([aPartnerTeam(api, vendor.tenant), aPartnerTeam(api, vendor.tenant)]);
    const word = `Direkt${randomUUID().slice(0, 8)}`;
    const held = await aLead(vendor.tenant, {
      stage: LeadStage.ACCEPTED,
      company: { name: word },
      holdingPartner: holder.partner,
    });
    const rivals = await aLead(vendor.tenant, {
      stage: LeadStage.ACCEPTED,
      company: { name: word },
      holdingPartner: rival.partner,
    });
    const ids = (settings: { tenantId?: string; partnerId?: string }) =>
      asAppRole(settings, async (client) =>
        (await client.query<{ id: string }>('select lead_search_ids($1) as id', [word])).rows.map((row) => row.id).sort(),
      );
    expect(await ids({ tenantId: vendor.tenant.id })).toEqual([held.id, rivals.id].sort());
    expect(await ids({ tenantId: vendor.tenant.id, partnerId: holder.partner.id })).toEqual([held.id]);
    expect(await ids({})).toEqual([]);
    await expect(
      asAppRole({ tenantId: vendor.tenant.id }, (client) => client.query('select * from lead_search limit 1')),
    ).rejects.toThrow(/permission denied/);
  });
});
