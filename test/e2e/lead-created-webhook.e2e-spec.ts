import { WebhookDelivery } from '@leadrelay/notifications';
import { aVendorTeam } from '../factories/team.factories';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

/** A lead that arrives or changes is announced like every other move: `lead.created`, `lead.updated`. */
describe('new and changed leads reach webhook subscribers', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  it('writes a delivery for createLead and for updateLead in the same transaction', async () => {
    const vendor = await aVendorTeam(api);
    const endpoint = await api.graphql(
      graphql(`
        mutation LeadCreatedWebhookCreateWebhookEndpoint {
          createWebhookEndpoint(input: { url: "http://127.0.0.1:9/hooks", eventTypes: ["lead.created", "lead.updated"] }) {
            endpoint {
              id
            }
          }
        }
      `),
      {},
      vendor.admin.token,
    );
    expect(endpoint.errors).toBeUndefined();
    const endpointId = endpoint.data!.createWebhookEndpoint.endpoint.id;
    const created = await api.graphql(
      graphql(`
        mutation LeadCreatedWebhookCreateLead {
          createLead(
            input: { source: WEB_FORM, company: { name: "Webhook GmbH", country: "DE" }, contact: { lastName: "Hook" } }
          ) {
            id
            version
          }
        }
      `),
      {},
      vendor.marketing.token,
    );
    expect(created.errors).toBeUndefined();
    const { id, version } = created.data!.createLead;
    await api.graphql(
      graphql(`
        mutation LeadCreatedWebhookUpdateLead($input: UpdateLeadInput!) {
          updateLead(input: $input) {
            id
          }
        }
      `),
      { input: { id, version, contact: { lastName: 'Hook', firstName: 'Web' } } },
      vendor.marketing.token,
    );
    const deliveries = await (
      await ownerEm()
    ).find(WebhookDelivery, { endpoint: endpointId }, { filters: false, orderBy: { createdAt: 'asc' } });
    expect(deliveries.map((d) => d.eventType)).toEqual(['lead.created', 'lead.updated']);
  });
});
