import { DateTime } from 'luxon';
import { Role } from '@leadrelay/core';
import { LeadStage, ProgressStage } from '@leadrelay/leads';
import { anAcceptedLead, storedEventTypes, storedLead } from '../factories/lead.factories';
import {
  type LoggedIn,
  type PartnerTeam,
  type VendorTeam,
  aLoggedInMember,
  aPartnerTeam,
  aVendorTeam,
} from '../factories/team.factories';
import { codeOf, extensionsOf, gql } from '../support/graphql-results';
import { closeOwnerOrm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const ASSIGN = graphql(`
  mutation LeadHoldingPartnerAssign($input: AssignLeadInput!) {
    assignLead(input: $input) {
      id
      stage
      owner {
        id
        name
      }
    }
  }
`);
const PROGRESS = graphql(`
  mutation LeadHoldingPartnerProgress($input: RecordProgressInput!) {
    recordProgress(input: $input) {
      id
      stage
      progressStage
      lastProgressAt
      nextStepAt
    }
  }
`);
const WON = graphql(`
  mutation LeadHoldingPartnerWon($input: CloseLeadWonInput!) {
    closeLeadWon(input: $input) {
      id
      stage
      closedAt
      won {
        amount
        currency
        closedOn
      }
      holdingPartner {
        id
      }
    }
  }
`);
const LOST = graphql(`
  mutation LeadHoldingPartnerLost($input: CloseLeadLostInput!) {
    closeLeadLost(input: $input) {
      id
      stage
      closedAt
      lostToCompetitor
      holdingPartner {
        id
      }
    }
  }
`);
const LEAD_IDS = graphql(`
  query LeadHoldingPartnerLeadIds {
    leads(first: 100) {
      nodes {
        id
      }
    }
  }
`);
const EVENTS = graphql(`
  query LeadHoldingPartnerEvents($id: ID!) {
    lead(id: $id) {
      events {
        type
        comment
        reasonCode {
          key
        }
        data
        actorOrganisation
        partner {
          id
          name
        }
      }
    }
  }
`);

describe('the holding partner works the lead', () => {
  let api: TestApi;
  let vendor: VendorTeam;
  let partner: PartnerTeam;
  let colleague: LoggedIn;
  let other: PartnerTeam;

  beforeAll(async () => {
    api = await createTestApi();
    vendor = await aVendorTeam(api);
    [partner, other] = await Promise.all([aPartnerTeam(api, vendor.tenant), aPartnerTeam(api, vendor.tenant)]);
    colleague = await aLoggedInMember(api, vendor.tenant, Role.PARTNER_SALES, partner.partner);
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  /** A lead the partner's admin accepted (and so owns). */
  const heldByAdmin = async () =>
    (await anAcceptedLead(api, vendor.tenant, vendor.channel.token, partner.partner, partner.admin)).lead;
  const leadIdsOf = async (member: LoggedIn) => (await gql(api, LEAD_IDS, {}, member.token)).leads.nodes.map((n) => n.id);

  it('lets the partner admin assign a lead to its own people only', async () => {
    const lead = await heldByAdmin();
    const assigned = await gql(api, ASSIGN, { input: { leadId: lead.id, userId: partner.sales.user.id } }, partner.admin.token);
    expect(assigned.assignLead.owner!.id).toBe(partner.sales.user.id);
    expect((await storedEventTypes(lead.id)).at(-1)).toBe('lead.assigned');

    const before = await storedLead(lead.id);
    const foreign = await api.graphql(ASSIGN, { input: { leadId: lead.id, userId: other.sales.user.id } }, partner.admin.token);
    expect(extensionsOf(foreign)).toMatchObject({ code: 'NOT_FOUND', id: other.sales.user.id });
    const vendorUser = await api.graphql(
      ASSIGN,
      { input: { leadId: lead.id, userId: vendor.direct.user.id } },
      partner.admin.token,
    );
    expect(codeOf(vendorUser)).toBe('NOT_FOUND');
    const byRep = await api.graphql(ASSIGN, { input: { leadId: lead.id, userId: colleague.user.id } }, partner.sales.token);
    expect(codeOf(byRep)).toBe('FORBIDDEN');
    const after = await storedLead(lead.id);
    expect({ owner: after.ownerId, version: after.version }).toEqual({ owner: partner.sales.user.id, version: before.version });
  });

  it('shows a sales rep only the leads assigned to it, the partner admin all its partner holds', async () => {
    const mine = await heldByAdmin();
    const theirs = await heldByAdmin();
    const unassigned = await heldByAdmin();
    await gql(api, ASSIGN, { input: { leadId: mine.id, userId: partner.sales.user.id } }, partner.admin.token);
    await gql(api, ASSIGN, { input: { leadId: theirs.id, userId: colleague.user.id } }, partner.admin.token);

    const repSees = await leadIdsOf(partner.sales);
    expect(repSees).toContain(mine.id);
    expect(repSees).not.toContain(theirs.id);
    expect(repSees).not.toContain(unassigned.id);
    expect(
      codeOf(
        await api.graphql(
          graphql(`
            query LeadHoldingPartnerLead($id: ID!) {
              lead(id: $id) {
                id
              }
            }
          `),
          { id: theirs.id },
          partner.sales.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(await leadIdsOf(colleague)).toEqual(expect.arrayContaining([theirs.id]));
    expect(await leadIdsOf(colleague)).not.toContain(mine.id);
    expect(await leadIdsOf(partner.admin)).toEqual(expect.arrayContaining([mine.id, theirs.id, unassigned.id]));
    expect(await leadIdsOf(other.admin)).not.toEqual(expect.arrayContaining([mine.id]));
  });

  it('records progress: IN_PROGRESS with the step, its time and the next step', async () => {
    const lead = await heldByAdmin();
    await gql(api, ASSIGN, { input: { leadId: lead.id, userId: partner.sales.user.id } }, partner.admin.token);
    const nextStepAt = new Date(Date.now() + 3 * 24 * 3_600_000).toISOString();
    const notYours = await api.graphql(PROGRESS, { input: { leadId: lead.id, stage: 'CONTACTED' } }, colleague.token);
    expect(codeOf(notYours)).toBe('NOT_FOUND');

    const progressed = await gql(
      api,
      PROGRESS,
      { input: { leadId: lead.id, stage: 'MEETING', note: 'Termin beim Kunden am Donnerstag', nextStepAt } },
      partner.sales.token,
    );
    expect(progressed.recordProgress).toMatchObject({ stage: 'IN_PROGRESS', progressStage: 'MEETING', nextStepAt });
    expect(progressed.recordProgress.lastProgressAt).toEqual(expect.any(String));
    const stored = await storedLead(lead.id);
    expect({ stage: stored.stage, progress: stored.progressStage }).toEqual({
      stage: LeadStage.IN_PROGRESS,
      progress: ProgressStage.MEETING,
    });
    const events = await gql(api, EVENTS, { id: lead.id }, vendor.channel.token);
    expect(events.lead.events.at(-1)).toMatchObject({
      type: 'lead.progressed',
      comment: 'Termin beim Kunden am Donnerstag',
      data: { progressStage: 'MEETING', nextStepAt },
    });
  });

  it('closes a lead WON only with an amount above 0, an ISO 4217 currency and a close date not in the future', async () => {
    const lead = await heldByAdmin();
    const held = await storedLead(lead.id);
    const berlin = DateTime.now().setZone('Europe/Berlin');
    const yesterday = berlin.minus({ days: 1 }).toISODate()!;
    const refusals: [Record<string, unknown>, string][] = [
      [{ amount: 0 }, 'amount'],
      [{ amount: -250 }, 'amount'],
      [{ currency: 'EURO' }, 'currency'],
      [{ currency: 'ABC' }, 'currency'],
      [{ closedOn: berlin.plus({ days: 1 }).toISODate() }, 'closedOn'],
      [{ closedOn: '2026-02-30' }, 'closedOn'],
      [{ closedOn: '24.12.2025' }, 'closedOn'],
    ];
    for (const [change, field] of refusals) {
      const input = { leadId: lead.id, amount: 18_500, currency: 'EUR', closedOn: yesterday, ...change };
      const refused = await api.graphql(WON, { input }, partner.admin.token);
      expect([change, extensionsOf(refused).code, extensionsOf(refused).field]).toEqual([change, 'BAD_USER_INPUT', field]);
    }
    const untouched = await storedLead(lead.id);
    expect({ stage: untouched.stage, version: untouched.version }).toEqual({ stage: LeadStage.ACCEPTED, version: held.version });

    const won = await gql(
      api,
      WON,
      { input: { leadId: lead.id, amount: 18_500.5, currency: 'eur', closedOn: yesterday } },
      partner.admin.token,
    );
    expect(won.closeLeadWon).toMatchObject({
      stage: 'WON',
      won: { amount: 18_500.5, currency: 'EUR', closedOn: yesterday },
      holdingPartner: { id: partner.partner.id },
    });
    expect((await storedEventTypes(lead.id)).at(-1)).toBe('lead.won');
  });

  it('closes a lead LOST with its reason and competitor: it stays LOST until marketing takes it to nurturing', async () => {
    const lead = await heldByAdmin();
    const lost = await gql(
      api,
      LOST,
      {
        input: { leadId: lead.id, reasonCode: 'LOST_TO_COMPETITOR', comment: 'Günstigeres Angebot', competitor: 'Wettbewerb AG' },
      },
      partner.admin.token,
    );
    expect(lost.closeLeadLost).toMatchObject({ stage: 'LOST', lostToCompetitor: 'Wettbewerb AG', holdingPartner: null });
    expect(lost.closeLeadLost.closedAt).toEqual(expect.any(String));
    const events = await gql(api, EVENTS, { id: lead.id }, vendor.marketing.token);
    expect(events.lead.events.at(-1)).toEqual(
      expect.objectContaining({
        type: 'lead.lost',
        reasonCode: { key: 'LOST_TO_COMPETITOR' },
        comment: 'Günstigeres Angebot',
        data: { competitor: 'Wettbewerb AG' },
        partner: { id: partner.partner.id, name: partner.partner.name },
      }),
    );
    // Vendor users see on every line which partner it concerns: the offer, its acceptance, the result.
    expect(
      events.lead.events
        .filter((event) => ['lead.offered', 'offer.accepted', 'lead.lost'].includes(event.type))
        .map((e) => e.partner?.name),
    ).toEqual([partner.partner.name, partner.partner.name, partner.partner.name]);
    expect((await storedLead(lead.id)).stage).toBe(LeadStage.LOST);
    const queue = await gql(
      api,
      graphql(`
        query LeadHoldingPartnerLeads {
          leads(filter: { stages: [LOST] }) {
            nodes {
              id
            }
          }
        }
      `),
      {},
      vendor.marketing.token,
    );
    expect(queue.leads.nodes.map((node) => node.id)).toContain(lead.id);

    const nurtured = await gql(
      api,
      graphql(`
        mutation LeadHoldingPartnerNurtureLead($input: NurtureLeadInput!) {
          nurtureLead(input: $input) {
            stage
          }
        }
      `),
      { input: { leadId: lead.id, note: 'Newsletter-Strecke' } },
      vendor.marketing.token,
    );
    expect(nurtured.nurtureLead.stage).toBe('NURTURING');
  });
});
