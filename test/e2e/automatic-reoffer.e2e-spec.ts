import { DueWorkService, LeadReofferService } from '@leadrelay/distribution';
import { LeadEventType, LeadStage } from '@leadrelay/leads';
import { type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { gql } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import type { CreateLeadInput } from '../support/graphql/generated/graphql';
import { MovableClock } from '../support/movable-clock';

const UPDATE_POLICY = graphql(`
  mutation AutomaticReofferUpdatePolicy($input: UpdateRoutingPolicyInput!) {
    updateRoutingPolicy(input: $input) {
      mode
      maxRounds
    }
  }
`);
const CREATE_LEAD = graphql(`
  mutation AutomaticReofferCreateLead($input: CreateLeadInput!) {
    createLead(input: $input) {
      id
      stage
    }
  }
`);

const aQualifyingLead = (): CreateLeadInput => ({
  source: 'TRADE_FAIR',
  company: {
    name: 'Wiederholung GmbH',
    industry: 'Logistik',
    employeeBand: 'MEDIUM',
    annualRevenue: 12_000_000,
    country: 'DE',
    postalCode: '20095',
    website: 'wiederholung.example',
  },
  contact: {
    lastName: 'Kunde',
    email: 'einkauf@wiederholung.example',
    phone: '+49 40 123456',
    position: 'Geschäftsführerin',
    decisionMaker: true,
  },
  interest: { requestType: 'DEMO', productLine: 'Wärmepumpen' },
  consent: { given: true },
});

interface LeadView {
  stage: string;
  events: { type: string; data: Record<string, unknown>; partner: { id: string } | null }[];
}

/**
 * Automatic mode with nobody acting: qualify, route, expire, re-offer to the next partner, then
 * hold and escalate after the last round. The clock is moved; the worker's handlers run as the
 * worker runs them (the due-work sweep, then the re-offer job it wrote in its transaction).
 */
describe('automatic re-offer', () => {
  const clock = new MovableClock();
  let api: TestApi;
  let vendor: VendorTeam;

  beforeAll(async () => {
    api = await createTestApi({}, [], { clock });
    vendor = await aVendorTeam(api);
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  // Read as the owner: sessions expire by the moved clock, the lead's history does not.
  const leadOf = async (id: string): Promise<LeadView> => {
    const em = await ownerEm();
    const [{ stage }] = await em.execute<{ stage: string }[]>(`select stage from lead where id = ?`, [id]);
    const events = await em.execute<{ type: string; data: Record<string, unknown>; partner_id: string | null }[]>(
      `select type, data, partner_id from lead_event where lead_id = ? order by position`,
      [id],
    );
    return {
      stage,
      events: events.map((e) => ({ type: e.type, data: e.data, partner: e.partner_id ? { id: e.partner_id } : null })),
    };
  };
  const offeredTo = (lead: LeadView) =>
    lead.events.filter((e) => e.type === LeadEventType.LEAD_OFFERED).map((e) => e.partner!.id);
  /** The re-offer jobs written for the lead, as the worker would find them. */
  const reofferJobs = async (leadId: string) => {
    const em = await ownerEm();
    const rows = await em.execute<{ id: string }[]>(
      `select id from pgboss.job where name = 'lead-reoffer' and data->>'leadId' = ?`,
      [leadId],
    );
    return rows.length;
  };
  /** What the worker does when the deadline job is due: sweep at the moved time, then work the re-offer jobs. */
  const workerRunsAt = async (at: number, leadId: string) => {
    clock.at = at;
    await api.app.get(DueWorkService, { strict: false }).run(vendor.tenant.id, new Date(at));
    return api.app.get(LeadReofferService, { strict: false }).run(vendor.tenant.id, leadId);
  };

  it('re-offers an expired lead to the next partner, then holds it and tells the channel managers after the last round', async () => {
    const first = await aPartnerTeam(api, vendor.tenant, { competencies: ['Wärmepumpen'] });
    const second = await aPartnerTeam(api, vendor.tenant, { competencies: ['Wärmepumpen'] });
    await gql(
      api,
      UPDATE_POLICY,
      {
        input: {
          mode: 'AUTOMATIC',
          maxRounds: 2,
          rules: [{ key: 'nearest-partner', conditions: [], action: 'EXCLUSIVE', required: true }],
        },
      },
      vendor.admin.token,
    );

    const created = (await gql(api, CREATE_LEAD, { input: aQualifyingLead() }, vendor.marketing.token)).createLead;
    expect(created.stage).toBe(LeadStage.OFFERED);
    const [firstChoice] = offeredTo(await leadOf(created.id));
    expect([first.partner.id, second.partner.id]).toContain(firstChoice);
    const nextChoice = firstChoice === first.partner.id ? second.partner.id : first.partner.id;

    // A week later nobody has answered: the offer expires, the round ends UNPLACED, a re-offer job is written with it.
    const round2 = await workerRunsAt(clock.at + 7 * 86_400_000, created.id);
    expect(await reofferJobs(created.id)).toBe(1);
    expect(round2).toMatchObject({ kind: 'OFFERED', rule: 'nearest-partner', partnerIds: [nextChoice] });
    let lead = await leadOf(created.id);
    expect(lead.stage).toBe(LeadStage.OFFERED);
    expect(offeredTo(lead)).toEqual([firstChoice, nextChoice]);
    const routedLines = lead.events.filter((e) => e.type === LeadEventType.LEAD_ROUTED);
    expect(routedLines.map((e) => e.data.round)).toEqual([1, 2]);

    // Again nobody: the second round was the last the tenant allows, so the lead is held and escalated.
    const held = await workerRunsAt(clock.at + 7 * 86_400_000, created.id);
    expect(await reofferJobs(created.id)).toBe(2);
    expect(held).toMatchObject({ kind: 'HELD', reason: 'MAX_ROUNDS' });
    lead = await leadOf(created.id);
    expect(lead.stage).toBe(LeadStage.UNPLACED);
    expect(offeredTo(lead)).toEqual([firstChoice, nextChoice]);
    expect(lead.events.slice(-4).map((e) => e.type)).toEqual([
      LeadEventType.OFFER_EXPIRED,
      LeadEventType.LEAD_UNPLACED,
      LeadEventType.LEAD_ROUTED,
      LeadEventType.LEAD_ESCALATED,
    ]);
    expect(lead.events.at(-2)!.data).toMatchObject({ action: 'HOLD', reason: 'MAX_ROUNDS', rounds: 2 });
    const em = await ownerEm();
    const mails = await em.execute<{ count: number }[]>(
      `select count(*)::int as count from notification n join lead_event e on e.id = n.lead_event_id
        where e.lead_id = ? and n.kind = 'LEAD_ESCALATED' and n.user_id = ? and n.data->>'holdReason' = 'MAX_ROUNDS'`,
      [created.id, vendor.channel.user.id],
    );
    expect(mails[0]!.count).toBe(1);

    // The job runs again (a retry, or written twice): the lead was held already, nothing is written twice.
    expect(await api.app.get(LeadReofferService, { strict: false }).run(vendor.tenant.id, created.id)).toBeNull();
    const again = await leadOf(created.id);
    expect(again.events.filter((e) => e.type === LeadEventType.LEAD_ROUTED && e.data.reason === 'MAX_ROUNDS')).toHaveLength(1);
    expect(again.events.filter((e) => e.type === LeadEventType.LEAD_ESCALATED)).toHaveLength(1);
    expect(again.events).toHaveLength(lead.events.length);
  });
});
