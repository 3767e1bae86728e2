import { Offer } from '@leadrelay/distribution';
import type { Lead } from '@leadrelay/leads';
import {
  ACCEPT,
  DECLINE,
  aQualifiedLead,
  accept,
  anAcceptedLead,
  contactDataOf,
  distribute,
  pendingOfferOf,
} from '../factories/lead.factories';
import { type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { codeOf, dataOf, gql } from '../support/graphql-results';
import { everyFieldSelections } from '../support/graphql-selection';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const RETURN = graphql(`
  mutation OfferTeaserReturn($input: ReturnLeadInput!) {
    returnLead(input: $input) {
      id
    }
  }
`);
const LOST = graphql(`
  mutation OfferTeaserLost($input: CloseLeadLostInput!) {
    closeLeadLost(input: $input) {
      id
    }
  }
`);
const WITHDRAW_OFFER = graphql(`
  mutation OfferTeaserWithdrawOffer($id: ID!) {
    withdrawOffer(id: $id) {
      id
    }
  }
`);
const LEAD = graphql(`
  query OfferTeaserLead($id: ID!) {
    lead(id: $id) {
      id
    }
  }
`);
const OFFER_VIEW = graphql(`
  query OfferTeaserOfferView($leadId: ID!) {
    offers(filter: { leadId: $leadId }, first: 10) {
      nodes {
        status
        lead {
          id
        }
        teaser {
          companySize
          industry
          country
          postalArea
          city
          productLine
          requestType
          score
          grade
        }
        history {
          type
        }
      }
    }
  }
`);
const LEAD_IDS = graphql(`
  query OfferTeaserLeadIds {
    leads(first: 100) {
      nodes {
        id
      }
    }
  }
`);

interface OfferView {
  status: string;
  lead: unknown;
  teaser: Record<string, unknown>;
  history: { type: string }[];
}

/**
 * The teaser rule: a partner that does not hold a lead reaches none of its contact data (name,
 * e-mail, phone, street, website) through any field of its offers, before acceptance and after
 * the lead has left it, while it keeps its own history lines.
 */
describe('what a partner sees of an offered lead', () => {
  let api: TestApi;
  let vendor: VendorTeam;
  let first: PartnerTeam;
  let second: PartnerTeam;
  let third: PartnerTeam;
  let everyOfferField: string[];

  beforeAll(async () => {
    api = await createTestApi();
    vendor = await aVendorTeam(api);
    [first, second, third] = await Promise.all([
      aPartnerTeam(api, vendor.tenant),
      aPartnerTeam(api, vendor.tenant),
      aPartnerTeam(api, vendor.tenant),
    ]);
    everyOfferField = everyFieldSelections(api, 'Offer').map(
      (selection) => `query ($leadId: ID!) { offers(filter: { leadId: $leadId }, first: 10) {
        totalCount pageInfo { hasNextPage endCursor } nodes ${selection} } }`,
    );
  }, 60_000);

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  /** Every field of every offer of the lead that `token`'s actor may see, as text; and the offers' status, lead and history. */
  async function offersAs(token: string, leadId: string): Promise<{ offers: OfferView[]; text: string }> {
    const answers = await Promise.all(everyOfferField.map((query) => api.graphql(query, { leadId }, token)));
    answers.forEach(dataOf);
    const view = await gql(api, OFFER_VIEW, { leadId }, token);
    return { offers: view.offers.nodes, text: JSON.stringify(answers) };
  }

  /** `token`'s actor reaches none of the lead's contact data: not through offers, not as a lead. */
  async function expectNoContactData(token: string, lead: Lead, others: PartnerTeam[] = []): Promise<OfferView[]> {
    const { offers, text } = await offersAs(token, lead.id);
    expect(offers.length).toBeGreaterThan(0);
    for (const secret of contactDataOf(lead)) expect(text).not.toContain(secret);
    for (const other of others) expect(text).not.toContain(other.partner.name);
    expect(offers.every((offer) => offer.lead === null)).toBe(true);
    expect(codeOf(await api.graphql(LEAD, { id: lead.id }, token))).toBe('NOT_FOUND');
    const listed = await gql(api, LEAD_IDS, {}, token);
    expect(listed.leads.nodes.map((node) => node.id)).not.toContain(lead.id);
    return offers;
  }

  const historyOf = (offers: OfferView[]) => offers.flatMap((offer) => offer.history.map((event) => event.type));

  it('shows a partner the teaser and no contact data before it accepts, and the vendor everything', async () => {
    const lead = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, lead.id, [first.partner.id, second.partner.id], 'SHARED');

    for (const member of [first.admin, first.sales]) {
      const [offer] = await expectNoContactData(member.token, lead, [second]);
      expect(offer!.status).toBe('PENDING');
      expect(offer!.teaser).toMatchObject({
        companySize: 'MEDIUM',
        industry: 'Logistik',
        country: 'DE',
        postalArea: '20',
        city: 'Hamburg',
        productLine: 'Wärmepumpen',
        requestType: 'QUOTE_REQUEST',
        score: 75,
        grade: 'B',
      });
    }
    // The same query reaches the contact data where it may: the check above can find it.
    const vendorView = await offersAs(vendor.channel.token, lead.id);
    for (const secret of contactDataOf(lead)) expect(vendorView.text).toContain(secret);
  });

  it('reveals the contact data to the winner of a shared round only; the partner closed out keeps its own lines', async () => {
    const lead = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, lead.id, [first.partner.id, second.partner.id], 'SHARED');
    await accept(api, second.sales.token, (await pendingOfferOf(api, second.sales.token, lead.id)).id);

    const winner = await offersAs(second.sales.token, lead.id);
    for (const secret of contactDataOf(lead)) expect(winner.text).toContain(secret);
    const closedOut = await expectNoContactData(first.admin.token, lead, [second]);
    expect(closedOut.map((offer) => offer.status)).toEqual(['CLOSED']);
    expect(historyOf(closedOut)).toEqual(['lead.offered', 'offer.closed']);
  });

  it('takes the contact data away from a partner that returns the lead, also once another partner holds it', async () => {
    const { lead } = await anAcceptedLead(api, vendor.tenant, vendor.channel.token, first.partner, first.sales);
    await gql(api, RETURN, { input: { leadId: lead.id, reasonCode: 'NO_NEED_YET' } }, first.sales.token);

    for (const member of [first.admin, first.sales]) {
      const returned = await expectNoContactData(member.token, lead);
      expect(historyOf(returned)).toEqual(['lead.offered', 'offer.accepted', 'lead.contact_revealed', 'lead.returned']);
    }

    await distribute(api, vendor.channel.token, lead.id, [third.partner.id], 'EXCLUSIVE');
    await accept(api, third.admin.token, (await pendingOfferOf(api, third.admin.token, lead.id)).id);
    const afterReoffer = await expectNoContactData(first.admin.token, lead, [third]);
    expect(historyOf(afterReoffer)).toEqual(['lead.offered', 'offer.accepted', 'lead.contact_revealed', 'lead.returned']);
  });

  it('takes the contact data away from a partner that closes the lead lost', async () => {
    const { lead } = await anAcceptedLead(api, vendor.tenant, vendor.channel.token, first.partner, first.admin);
    await gql(api, LOST, { input: { leadId: lead.id, reasonCode: 'NO_BUDGET' } }, first.admin.token);
    const lost = await expectNoContactData(first.admin.token, lead);
    expect(historyOf(lost)).toEqual(['lead.offered', 'offer.accepted', 'lead.contact_revealed', 'lead.lost']);
  });

  it('shows a partner whose offer was declined, withdrawn or expired only its own lines', async () => {
    const lead = await aQualifiedLead(vendor.tenant);
    await distribute(api, vendor.channel.token, lead.id, [first.partner.id, second.partner.id, third.partner.id], 'SHARED');
    const declined = await pendingOfferOf(api, first.admin.token, lead.id);
    await gql(api, DECLINE, { input: { offerId: declined.id, reasonCode: 'NOT_OUR_FIELD' } }, first.admin.token);
    const withdrawn = await pendingOfferOf(api, second.admin.token, lead.id);
    await gql(api, WITHDRAW_OFFER, { id: withdrawn.id }, vendor.channel.token);
    const expired = await pendingOfferOf(api, third.admin.token, lead.id);
    const em = await ownerEm();
    await em.nativeUpdate(Offer, { id: expired.id }, { expiresAt: new Date(Date.now() - 60_000) }, { filters: false });
    expect(codeOf(await api.graphql(ACCEPT, { id: expired.id }, third.admin.token))).toBe('OFFER_EXPIRED');

    expect(historyOf(await expectNoContactData(first.admin.token, lead, [second, third]))).toEqual([
      'lead.offered',
      'offer.declined',
    ]);
    expect(historyOf(await expectNoContactData(second.admin.token, lead, [first, third]))).toEqual([
      'lead.offered',
      'offer.withdrawn',
    ]);
    expect(historyOf(await expectNoContactData(third.sales.token, lead, [first, second]))).toEqual(['lead.offered']);
  });
});
