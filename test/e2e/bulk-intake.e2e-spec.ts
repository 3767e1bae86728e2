import { Clock, TenantContext } from '@leadrelay/core';
import { LeadEventSink, LeadScorer, LeadSource, RequestType } from '@leadrelay/leads';
import { PartnerTier } from '@leadrelay/partners';
import { takeInMany } from '../../libs/leads/src/lead.service';
import type { CreateLeadInput } from '../../libs/leads/src/lead.inputs';
import { type VendorTeam, aVendorTeam } from '../factories/team.factories';
import { aPartner } from '../factories/identity.factories';
import { gql } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const UPDATE_POLICY = graphql(`
  mutation BulkIntakeUpdatePolicy($input: UpdateRoutingPolicyInput!) {
    updateRoutingPolicy(input: $input) {
      mode
    }
  }
`);

/** Lead i: one the default scoring model qualifies by itself, in Hamburg. */
function aQualifyingLead(i: number): CreateLeadInput {
  return {
    source: LeadSource.TRADE_FAIR,
    company: {
      name: `Bulk ${i} GmbH`,
      industry: 'Logistik',
      employeeBand: 'MEDIUM',
      annualRevenue: 12_000_000,
      country: 'DE',
      postalCode: '20095',
      website: `bulk-${i}.example`,
    },
    contact: {
      lastName: `Kunde${i}`,
      email: `einkauf@bulk-${i}.example`,
      phone: '+49 40 123456',
      position: 'Geschäftsführerin',
      decisionMaker: true,
    },
    interest: { requestType: RequestType.DEMO, productLine: 'Wärmepumpen' },
    consent: { given: true },
  } as CreateLeadInput;
}

/** The bulk path (issue 11): many leads in one transaction, routed as they come, fairly and within capacity. */
describe('bulk intake', () => {
  let api: TestApi;
  let vendor: VendorTeam;

  beforeAll(async () => {
    api = await createTestApi();
    vendor = await aVendorTeam(api);
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  it('routes each lead of one transaction with the offers of the leads before it counted in', async () => {
    const gold = await aPartner(vendor.tenant, { tier: PartnerTier.GOLD, competencies: ['Wärmepumpen'], capacity: 100 });
    const bronze = await aPartner(vendor.tenant, { tier: PartnerTier.BRONZE, competencies: ['Wärmepumpen'], capacity: 100 });
    const full = await aPartner(vendor.tenant, { tier: PartnerTier.GOLD, competencies: ['Wärmepumpen'], capacity: 1 });
    await gql(
      api,
      UPDATE_POLICY,
      { input: { mode: 'AUTOMATIC', rules: [{ key: 'partners', conditions: [], action: 'EXCLUSIVE', required: true }] } },
      vendor.admin.token,
    );
    const inputs = Array.from({ length: 13 }, (_, i) => aQualifyingLead(i));
    const ids = await api.app.get(TenantContext, { strict: false }).run(vendor.tenant.id, (em) =>
      takeInMany(em, api.app.get(Clock, { strict: false }), vendor.tenant.id, inputs, {
        name: 'Intake: bulk test',
        scorer: api.app.get(LeadScorer, { strict: false }),
        events: api.app.get(LeadEventSink, { strict: false }),
      }),
    );
    expect(ids).toHaveLength(13);
    const em = await ownerEm();
    const offers = await em.execute<{ partner_id: string; count: number }[]>(
      `select o.partner_id, count(*)::int as count from offer o where o.lead_id = any(?::uuid[]) and o.status = 'PENDING' group by o.partner_id`,
      [`{${ids.join(',')}}`],
    );
    const received = Object.fromEntries(offers.map((o) => [o.partner_id, o.count]));
    // Every lead offered once; the full partner got one, up to its capacity; the others by their
    // tiers' weights (GOLD 3 : BRONZE 1) as the leads came.
    expect(Object.values(received).reduce((a, b) => a + b, 0)).toBe(13);
    expect(received[full.id]).toBe(1);
    expect(received[gold.id]).toBe(9);
    expect(received[bronze.id]).toBe(3);
    // The history was handed to the outbox: each offer made its notification job.
    const [{ lines }] = await em.execute<{ lines: number }[]>(
      `select count(*)::int as lines from lead_event where lead_id = any(?::uuid[]) and type = 'lead.routed'`,
      [`{${ids.join(',')}}`],
    );
    expect(lines).toBe(13);
  });
});
