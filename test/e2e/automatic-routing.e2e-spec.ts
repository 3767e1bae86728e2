import type { ResultOf } from '@graphql-typed-document-node/core';
import { Role } from '@leadrelay/core';
import { LeadEventType, LeadStage } from '@leadrelay/leads';
import { type VendorTeam, aLoggedInMember, aVendorTeam } from '../factories/team.factories';
import { aPartner } from '../factories/identity.factories';
import { storedLead } from '../factories/lead.factories';
import { extensionsOf, gql } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import type { CreateLeadInput, RoutingRuleInput, UpdateRoutingPolicyInput } from '../support/graphql/generated/graphql';

const UPDATE_POLICY = graphql(`
  mutation AutomaticRoutingUpdatePolicy($input: UpdateRoutingPolicyInput!) {
    updateRoutingPolicy(input: $input) {
      mode
      maxRounds
      fallbackPartnerId
      rules {
        key
        action
        count
        required
        conditions {
          field
          operator
          values
          min
          max
        }
      }
    }
  }
`);
const POLICY = graphql(`
  query AutomaticRoutingPolicy {
    routingPolicy {
      mode
      rules {
        key
      }
      fallbackPartnerId
    }
  }
`);
const CREATE_LEAD = graphql(`
  mutation AutomaticRoutingCreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
      stage
    }
  }
`);
const LEAD = graphql(`
  query AutomaticRoutingLead($id: ID!) {
    lead(id: $id) {
      id
      stage
      owner {
        id
      }
      events {
        type
        actorName
        data
      }
    }
  }
`);
const QUALIFY = graphql(`
  mutation AutomaticRoutingQualifyLead($input: QualifyLeadInput!) {
    qualifyLead(input: $input) {
      id
      stage
    }
  }
`);
const OFFERS = graphql(`
  query AutomaticRoutingOffers($leadId: ID!) {
    offers(filter: { leadId: $leadId }) {
      nodes {
        status
        roundId
      }
    }
  }
`);

let counter = 0;
/** A lead the default scoring model qualifies by itself: fit 80 (grade A), engagement 50 (demo at a fair). */
function aQualifyingLead(overrides: { annualRevenue?: number; consent?: boolean; productLine?: string } = {}): CreateLeadInput {
  counter += 1;
  return {
    source: 'TRADE_FAIR',
    company: {
      name: `Routing ${counter} GmbH`,
      industry: 'Logistik',
      employeeBand: 'MEDIUM',
      annualRevenue: overrides.annualRevenue ?? 12_000_000,
      country: 'DE',
      postalCode: '20095',
      website: `routing-${counter}.example`,
    },
    contact: {
      lastName: `Kunde${counter}`,
      email: `einkauf@routing-${counter}.example`,
      phone: '+49 40 123456',
      position: 'Geschäftsführerin',
      decisionMaker: true,
    },
    interest: { requestType: 'DEMO', productLine: overrides.productLine ?? 'Wärmepumpen' },
    consent: { given: overrides.consent ?? true },
  };
}

const RULES: RoutingRuleInput[] = [
  {
    key: 'key-accounts',
    conditions: [{ field: 'ANNUAL_REVENUE', operator: 'BETWEEN', min: 50_000_000 }],
    action: 'DIRECT',
    required: true,
  },
  {
    key: 'grade-a-shared',
    conditions: [
      { field: 'GRADE', operator: 'IN', values: ['A'] },
      { field: 'PRODUCT_LINE', operator: 'IN', values: ['wärmepumpen'] },
    ],
    action: 'SHARED',
    count: 2,
    required: false,
  },
  { key: 'partners', conditions: [], action: 'EXCLUSIVE', required: true },
];

type LeadView = NonNullable<ResultOf<typeof LEAD>['lead']>;

describe('automatic routing', () => {
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

  const create = async (input: CreateLeadInput) => (await gql(api, CREATE_LEAD, { input }, vendor.marketing.token)).createLead;
  const leadOf = async (id: string): Promise<LeadView> => (await gql(api, LEAD, { id }, vendor.channel.token)).lead!;
  const routed = (lead: LeadView) => lead.events.filter((e) => e.type === LeadEventType.LEAD_ROUTED);

  it('refuses rules with an unknown field, an operator that does not fit, or an unknown partner, saving nothing', async () => {
    const save = (input: UpdateRoutingPolicyInput) => api.graphql(UPDATE_POLICY, { input }, vendor.admin.token);
    const unknownField = await save({
      mode: 'AUTOMATIC',
      rules: [{ key: 'x', conditions: [{ field: 'SHOE_SIZE', operator: 'IN', values: ['42'] }], action: 'HOLD', required: true }],
    });
    expect(extensionsOf(unknownField)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rules[0].conditions[0].field' });
    const wrongOperator = await save({
      rules: [
        RULES[2]!,
        { key: 'y', conditions: [{ field: 'ANNUAL_REVENUE', operator: 'IN', values: ['1'] }], action: 'HOLD', required: true },
      ],
    });
    expect(extensionsOf(wrongOperator)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rules[1].conditions[0].operator' });
    const sharedWithoutCount = await save({ rules: [{ key: 'z', conditions: [], action: 'SHARED', required: true }] });
    expect(extensionsOf(sharedWithoutCount)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rules[0].count' });
    const unknownPartner = await save({ mode: 'AUTOMATIC', fallbackPartnerId: '00000000-0000-4000-8000-000000000000' });
    expect(extensionsOf(unknownPartner)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fallbackPartnerId' });
    expect((await gql(api, POLICY, {}, vendor.admin.token)).routingPolicy).toEqual({
      mode: 'MANUAL',
      rules: [],
      fallbackPartnerId: null,
    });
  });

  it('in MANUAL mode leaves a qualified lead for a person', async () => {
    const lead = await create(aQualifyingLead());
    expect(lead.stage).toBe(LeadStage.QUALIFIED);
    expect(routed(await leadOf(lead.id))).toEqual([]);
  });

  describe('in AUTOMATIC mode', () => {
    let near: string;
    let alsoNear: string;
    let second: { user: { id: string } };

    beforeAll(async () => {
      near = (await aPartner(vendor.tenant, { name: `Nah ${Date.now()}`, competencies: ['Wärmepumpen'] })).id;
      alsoNear = (await aPartner(vendor.tenant, { name: `Auch nah ${Date.now()}`, competencies: ['Wärmepumpen'] })).id;
      await aPartner(vendor.tenant, {
        competencies: ['Photovoltaik'],
        territories: [{ country: 'DE', postalCodePrefixes: ['8'] }],
      });
      second = await aLoggedInMember(api, vendor.tenant, Role.DIRECT_SALES);
      await gql(api, UPDATE_POLICY, { input: { mode: 'AUTOMATIC', rules: RULES } }, vendor.admin.token);
    });

    it('routes a lead that qualifies by itself at once, as the system, saying which rule chose whom and why', async () => {
      const created = await create(aQualifyingLead());
      expect(created.stage).toBe(LeadStage.OFFERED);
      const lead = await leadOf(created.id);
      expect(lead.events.map((e) => e.type)).toEqual([
        LeadEventType.LEAD_CREATED,
        LeadEventType.LEAD_SCORED,
        LeadEventType.LEAD_QUALIFIED,
        LeadEventType.LEAD_ROUTED,
        LeadEventType.LEAD_OFFERED,
        LeadEventType.LEAD_OFFERED,
      ]);
      const [line] = routed(lead);
      expect(line).toMatchObject({ actorName: 'LeadRelay', data: { rule: 'grade-a-shared', action: 'SHARED', widenedTo: null } });
      const chose = line!.data.chose as { partnerId: string; rank: number; fits: string[] }[];
      expect(chose.map((c) => c.partnerId).sort()).toEqual([near, alsoNear].sort());
      expect(chose.map((c) => c.rank)).toEqual([1, 2]);
      expect(chose[0]!.fits).toContain('PRODUCT_LINE');
      const offers = (await gql(api, OFFERS, { leadId: lead.id }, vendor.channel.token)).offers.nodes;
      expect(offers.map((o) => o.status)).toEqual(['PENDING', 'PENDING']);
      expect(new Set(offers.map((o) => o.roundId)).size).toBe(1);
      expect(lead.events.filter((e) => e.type === LeadEventType.LEAD_OFFERED).map((e) => e.data.mode)).toEqual([
        'SHARED',
        'SHARED',
      ]);
    });

    it('sends key accounts to direct sales, round robin among the DIRECT_SALES users', async () => {
      const owners: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        const created = await create(aQualifyingLead({ annualRevenue: 80_000_000 }));
        expect(created.stage).toBe(LeadStage.DIRECT);
        const lead = await leadOf(created.id);
        expect(routed(lead)[0]!.data).toMatchObject({ rule: 'key-accounts', action: 'DIRECT' });
        owners.push(lead.owner!.id);
      }
      expect(new Set(owners.slice(0, 2))).toEqual(new Set([vendor.direct.user.id, second.user.id]));
      expect(owners[2]).toBe(owners[0]);
    });

    it('never offers against consent: holds the lead and tells the channel managers', async () => {
      const created = await create(aQualifyingLead({ consent: false }));
      expect(created.stage).toBe(LeadStage.QUALIFIED);
      const lead = await leadOf(created.id);
      expect(routed(lead)[0]!.data).toMatchObject({ rule: null, action: 'HOLD', reason: 'CONSENT_MISSING' });
      expect(lead.events.find((e) => e.type === LeadEventType.LEAD_ESCALATED)!.data).toMatchObject({ cause: 'routing' });
      const em = await ownerEm();
      const [{ count }] = await em.execute(
        `select count(*)::int as count from notification n join lead_event e on e.id = n.lead_event_id where e.lead_id = ? and n.kind = 'LEAD_ESCALATED' and n.user_id = ? and n.data->>'holdReason' = 'CONSENT_MISSING'`,
        [lead.id, vendor.channel.user.id],
      );
      expect(count).toBe(1);
      expect((await storedLead(lead.id)).stage).toBe(LeadStage.QUALIFIED);
    });

    it('routes a lead qualified by hand at once, by the grade the person gave', async () => {
      counter += 1;
      const created = await create({
        source: 'WEB_FORM',
        company: { name: `Handarbeit ${counter} GmbH`, country: 'DE', postalCode: '20095' },
        contact: { lastName: `Kunde${counter}` },
        interest: { requestType: 'INQUIRY', productLine: 'Wärmepumpen' },
        consent: { given: true },
      });
      expect(created.stage).toBe(LeadStage.NEW);
      const qualified = (await gql(api, QUALIFY, { input: { leadId: created.id, score: 70, grade: 'B' } }, vendor.channel.token))
        .qualifyLead;
      expect(qualified.stage).toBe(LeadStage.OFFERED);
      const lead = await leadOf(created.id);
      const types = lead.events.map((e) => e.type);
      expect(types.slice(types.indexOf(LeadEventType.LEAD_QUALIFIED))).toEqual([
        LeadEventType.LEAD_QUALIFIED,
        LeadEventType.LEAD_ROUTED,
        LeadEventType.LEAD_OFFERED,
      ]);
      expect(routed(lead)[0]).toMatchObject({ actorName: 'LeadRelay', data: { rule: 'partners', action: 'EXCLUSIVE' } });
      const offers = (await gql(api, OFFERS, { leadId: lead.id }, vendor.channel.token)).offers.nodes;
      expect(offers.map((o) => o.status)).toEqual(['PENDING']);
    });

    it('passes an optional rule without candidates on, and holds at a required one', async () => {
      const created = await create(aQualifyingLead({ productLine: 'Windkraft' }));
      expect(created.stage).toBe(LeadStage.QUALIFIED);
      const lead = await leadOf(created.id);
      expect(routed(lead)[0]!.data).toMatchObject({ rule: 'partners', action: 'HOLD', reason: 'NO_CANDIDATE' });
    });
  });
});
