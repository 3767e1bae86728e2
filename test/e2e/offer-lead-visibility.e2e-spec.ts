import { Role } from '@leadrelay/core';
import { aLoggedInMember, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { anAcceptedLead, contactDataOf } from '../factories/lead.factories';
import { closeOwnerOrm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

const OFFERS = graphql(`
  query OfferLeadVisibilityOffers($leadId: ID!) {
    offers(filter: { leadId: $leadId }) {
      nodes {
        id
        lead {
          id
          contact {
            email
          }
        }
      }
    }
  }
`);

/** Through an offer, the full lead reaches exactly those who reach it through `lead(id)`. */
describe('the lead behind an accepted offer', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  it('shows the contact data to the partner admin and the assigned rep, not to another rep of the same partner', async () => {
    const vendor = await aVendorTeam(api);
    const partner = await aPartnerTeam(api, vendor.tenant);
    const otherRep = await aLoggedInMember(api, vendor.tenant, Role.PARTNER_SALES, partner.partner);
    const { lead } = await anAcceptedLead(api, vendor.tenant, vendor.channel.token, partner.partner, partner.sales);

    const asOwner = await api.graphql(OFFERS, { leadId: lead.id }, partner.sales.token);
    const asAdmin = await api.graphql(OFFERS, { leadId: lead.id }, partner.admin.token);
    const asOtherRep = await api.graphql(OFFERS, { leadId: lead.id }, otherRep.token);
    expect(JSON.stringify(asOwner.data)).toContain(lead.contact.email!);
    expect(JSON.stringify(asAdmin.data)).toContain(lead.contact.email!);
    expect(asOtherRep.errors).toBeUndefined();
    for (const secret of contactDataOf(lead)) {
      expect(JSON.stringify(asOtherRep)).not.toContain(secret);
    }
    const leadQuery = await api.graphql(
      graphql(`
        query OfferLeadVisibilityLead($id: ID!) {
          lead(id: $id) {
            id
          }
        }
      `),
      { id: lead.id },
      otherRep.token,
    );
    expect(leadQuery.errors?.[0]?.extensions.code).toBe('NOT_FOUND');
  });
});
