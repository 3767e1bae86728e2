import { Client } from 'pg';
import { TENANT_CACHE_MS } from '@leadrelay/core';
import { type VendorTeam, aVendorTeam } from '../factories/team.factories';
import { aPartner } from '../factories/identity.factories';
import { testDatabase } from '../support/test-database';
import { type TestApi, createTestApi } from '../support/test-api';
import { MovableClock } from '../support/movable-clock';

const UPDATE_POLICY = `mutation ($input: UpdateRoutingPolicyInput!) { updateRoutingPolicy(input: $input) { mode } }`;
const UPDATE_MODEL = `mutation ($input: UpdateScoringModelInput!) { updateScoringModel(input: $input) { version } }`;
const CREATE_LEAD = `mutation ($input: CreateLeadInput!) { createLead(input: $input) { stage scoring { modelVersion } } }`;

const AUTOMATIC = { mode: 'AUTOMATIC', rules: [{ key: 'partners', conditions: [], action: 'EXCLUSIVE', required: true }] };

/** A lead the default model qualifies by itself, in Hamburg. */
const aQualifyingLead = (i: number) => ({
  source: 'TRADE_FAIR',
  company: {
    name: `Zwischenspeicher ${i} GmbH`,
    industry: 'Logistik',
    employeeBand: 'MEDIUM',
    annualRevenue: 12_000_000,
    country: 'DE',
    postalCode: '20095',
    website: `zwischenspeicher-${i}.example`,
  },
  contact: {
    lastName: `Kunde${i}`,
    email: `einkauf@zwischenspeicher-${i}.example`,
    phone: '+49 40 123456',
    position: 'Geschäftsführerin',
    decisionMaker: true,
  },
  interest: { requestType: 'DEMO', productLine: 'Wärmepumpen' },
  consent: { given: true },
});

/** A model that qualifies nothing by itself (no thresholds). */
const aModelWithoutThresholds = {
  groups: [
    {
      key: 'industry',
      axis: 'FIT',
      cap: 40,
      rules: [{ key: 'logistics', field: 'INDUSTRY', operator: 'IN', values: ['Logistik'], points: 40 }],
    },
  ],
  engagement: [{ kind: 'NEWSLETTER_CLICK', points: 5, halfLifeDays: 14 }],
  engagementCap: 20,
  grades: { a: 70, b: 40, c: 20 },
  levels: { one: 60, two: 25 },
};

/**
 * The tenant's scoring model and routing policy are remembered between requests for at most
 * TENANT_CACHE_MS (TenantCache): one changed by another instance (here straight in the database)
 * is in force once that bound is over, one saved through this instance at once.
 */
describe('the remembered scoring model and routing policy', () => {
  let api: TestApi;
  let clock: MovableClock;
  let vendor: VendorTeam;
  let owner: Client;
  let lead = 0;

  beforeAll(async () => {
    clock = new MovableClock();
    api = await createTestApi({}, [], { clock });
    vendor = await aVendorTeam(api);
    await aPartner(vendor.tenant, { competencies: ['Wärmepumpen'], capacity: 100 });
    owner = new Client({ connectionString: (await testDatabase()).ownerUrl });
    await owner.connect();
  }, 60_000);

  afterAll(async () => {
    await owner.end();
    await api.close();
  });

  async function createLead(): Promise<{ stage: string; scoring: { modelVersion: number } }> {
    const result = await api.graphql(CREATE_LEAD, { input: aQualifyingLead(lead++) }, vendor.marketing.token);
    expect(result.errors).toBeUndefined();
    return (result.data as { createLead: { stage: string; scoring: { modelVersion: number } } }).createLead;
  }

  async function save(mutation: string, input: object): Promise<void> {
    expect((await api.graphql(mutation, { input }, vendor.admin.token)).errors).toBeUndefined();
  }

  it('routes by a policy changed elsewhere once the bound is over, and by one saved here at once', async () => {
    await save(UPDATE_POLICY, AUTOMATIC);
    expect((await createLead()).stage).toBe('OFFERED');

    await owner.query(`update routing_policy set mode = 'MANUAL' where tenant_id = $1`, [vendor.tenant.id]);
    clock.advance(TENANT_CACHE_MS / 2);
    expect((await createLead()).stage).toBe('OFFERED');
    clock.advance(TENANT_CACHE_MS / 2 + 1);
    expect((await createLead()).stage).toBe('QUALIFIED');

    await save(UPDATE_POLICY, { mode: 'AUTOMATIC' });
    expect((await createLead()).stage).toBe('OFFERED');
    await save(UPDATE_POLICY, { mode: 'MANUAL' });
    expect((await createLead()).stage).toBe('QUALIFIED');
  });

  it('scores by a model saved elsewhere once the bound is over, and by one saved here at once', async () => {
    expect((await createLead()).scoring.modelVersion).toBe(1);

    await owner.query(
      `insert into scoring_model (id, tenant_id, created_at, version, rules, created_by_name)
       select gen_random_uuid(), tenant_id, now(), 2, rules, 'elsewhere' from scoring_model where tenant_id = $1 and version = 1`,
      [vendor.tenant.id],
    );
    clock.advance(TENANT_CACHE_MS / 2);
    expect((await createLead()).scoring.modelVersion).toBe(1);
    clock.advance(TENANT_CACHE_MS / 2 + 1);
    expect((await createLead()).scoring.modelVersion).toBe(2);

    await save(UPDATE_MODEL, aModelWithoutThresholds);
    expect(await createLead()).toEqual({ stage: 'NEW', scoring: { modelVersion: 3 } });
  });
});
