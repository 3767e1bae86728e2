import { DueWorkService } from '@leadrelay/distribution';
import { LeadStage } from '@leadrelay/leads';
import { aLead } from '../factories/lead.factories';
import { asAppRole } from '../support/app-role';
import { type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { gql } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const DISTRIBUTE = graphql(`
  mutation PartnerLoadDistribute($input: DistributeLeadInput!) {
    distributeLead(input: $input) {
      id
      stage
    }
  }
`);
const ACCEPT = graphql(`
  mutation PartnerLoadAccept($id: ID!) {
    acceptOffer(id: $id) {
      id
      status
    }
  }
`);
const DECLINE = graphql(`
  mutation PartnerLoadDecline($input: DeclineOfferInput!) {
    declineOffer(input: $input) {
      id
      status
    }
  }
`);
const WITHDRAW = graphql(`
  mutation PartnerLoadWithdraw($id: ID!) {
    withdrawOffer(id: $id) {
      id
      status
    }
  }
`);
const RETURN = graphql(`
  mutation PartnerLoadReturn($input: ReturnLeadInput!) {
    returnLead(input: $input) {
      id
      stage
    }
  }
`);

/**
 * A partner's load (leads held open, pending offers) as routing's capacity check reads it from
 * `partner_load`, kept by triggers on lead and offer: after every move it equals what counting the
 * leads and offers gives.
 */
describe('partner load', () => {
  let api: TestApi;
  let vendor: VendorTeam;
  let first: PartnerTeam;
  let second: PartnerTeam;

  beforeAll(async () => {
    api = await createTestApi();
    vendor = await aVendorTeam(api);
    [first, second] = await Promise.all([aPartnerTeam(api, vendor.tenant), aPartnerTeam(api, vendor.tenant)]);
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  /** The counter and the truth, per partner of the tenant: `[kept, counted]`. */
  async function loads() {
    const em = await ownerEm();
    const rows = await em.execute<{ partner_id: string; open_leads: number; pending_offers: number; kind: string }[]>(
      `select p.id as partner_id, 'kept' as kind, coalesce(pl.open_leads, 0) as open_leads, coalesce(pl.pending_offers, 0) as pending_offers
         from partner p left join partner_load pl on pl.partner_id = p.id where p.tenant_id = ?
       union all
       select p.id, 'counted',
              (select count(*)::int from lead l where l.holding_partner_id = p.id and l.stage in ('ACCEPTED', 'IN_PROGRESS')),
              (select count(*)::int from offer o where o.partner_id = p.id and o.status = 'PENDING')
         from partner p where p.tenant_id = ?`,
      [vendor.tenant.id, vendor.tenant.id],
    );
    const of = (kind: string) =>
      Object.fromEntries(
        rows.filter((r) => r.kind === kind).map((r) => [r.partner_id, { open: r.open_leads, pending: r.pending_offers }]),
      );
    return { kept: of('kept'), counted: of('counted') };
  }

  async function expectKeptRight(expected: Record<string, { open: number; pending: number }>) {
    const { kept, counted } = await loads();
    expect(kept).toEqual(counted);
    expect(kept).toMatchObject(expected);
  }

  /** A QUALIFIED lead offered to these partners; its offers' ids by partner. */
  async function offered(partners: PartnerTeam[]): Promise<{ leadId: string; offerOf: Map<string, string> }> {
    const lead = await aLead(vendor.tenant, { stage: LeadStage.QUALIFIED });
    await gql(
      api,
      DISTRIBUTE,
      {
        input: {
          leadId: lead.id,
          mode: partners.length > 1 ? 'SHARED' : 'EXCLUSIVE',
          partnerIds: partners.map((p) => p.partner.id),
        },
      },
      vendor.channel.token,
    );
    const em = await ownerEm();
    const offers = await em.execute<{ id: string; partner_id: string }[]>(`select id, partner_id from offer where lead_id = ?`, [
      lead.id,
    ]);
    return { leadId: lead.id, offerOf: new Map(offers.map((o) => [o.partner_id, o.id])) };
  }

  it('stays equal to the counted leads and offers through offer, accept, close, return, decline, withdraw and expiry', async () => {
    const a = first.partner.id;
    const b = second.partner.id;
    await expectKeptRight({ [a]: { open: 0, pending: 0 }, [b]: { open: 0, pending: 0 } });

    // Shared to both: one pending offer each. A accepts: it holds the lead, B's offer closes.
    const shared = await offered([first, second]);
    await expectKeptRight({ [a]: { open: 0, pending: 1 }, [b]: { open: 0, pending: 1 } });
    await gql(api, ACCEPT, { id: shared.offerOf.get(a)! }, first.sales.token);
    await expectKeptRight({ [a]: { open: 1, pending: 0 }, [b]: { open: 0, pending: 0 } });

    // A returns it: nothing held.
    await gql(api, RETURN, { input: { leadId: shared.leadId, reasonCode: 'PROJECT_DOES_NOT_FIT' } }, first.admin.token);
    await expectKeptRight({ [a]: { open: 0, pending: 0 } });

    // B declines one offer, the vendor withdraws another from A.
    const declined = await offered([second]);
    const withdrawn = await offered([first]);
    await expectKeptRight({ [a]: { open: 0, pending: 1 }, [b]: { open: 0, pending: 1 } });
    await gql(api, DECLINE, { input: { offerId: declined.offerOf.get(b)!, reasonCode: 'NO_CAPACITY' } }, second.sales.token);
    await gql(api, WITHDRAW, { id: withdrawn.offerOf.get(a)! }, vendor.channel.token);
    await expectKeptRight({ [a]: { open: 0, pending: 0 }, [b]: { open: 0, pending: 0 } });

    // An offer runs past its deadline: the worker's sweep expires it.
    await offered([first]);
    await expectKeptRight({ [a]: { open: 0, pending: 1 } });
    await api.app.get(DueWorkService).run(vendor.tenant.id, new Date(Date.now() + 400 * 86_400_000));
    await expectKeptRight({ [a]: { open: 0, pending: 0 }, [b]: { open: 0, pending: 0 } });
  });

  it("is written by the triggers only: the application role may read its tenant's rows, not change them", async () => {
    const rows = await asAppRole(
      { tenantId: vendor.tenant.id },
      async (client) => (await client.query('select * from partner_load')).rowCount,
    );
    expect(rows).toBeGreaterThan(0);
    await expect(
      asAppRole({ tenantId: vendor.tenant.id }, (client) => client.query('update partner_load set pending_offers = 0')),
    ).rejects.toThrow(/permission denied/);
  });

  it('counts offers made to one partner by concurrent transactions exactly', async () => {
    const a = first.partner.id;
    const before = (await loads()).kept[a]!;
    await Promise.all(Array.from({ length: 8 }, () => offered([first, second])));
    await expectKeptRight({ [a]: { open: before.open, pending: before.pending + 8 } });
  });
});
