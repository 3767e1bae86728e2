import type { INestApplicationContext } from '@nestjs/common';
import { createWorker } from '../../apps/worker/src/worker.app';
import { AppConfig } from '@leadrelay/core';
import { DueWorkService, Offer, OfferStatus } from '@leadrelay/distribution';
import { LeadEvent } from '@leadrelay/leads';
import { Notification, NotificationStatus, WebhookDelivery, WebhookDeliveryStatus } from '@leadrelay/notifications';
import { WebhookReceiver } from '../support/webhook-receiver';
import { aQualifiedLead, distribute } from '../factories/lead.factories';
import { type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { SmtpCatcher } from '../support/smtp-catcher';
import { TEST_JWT_SECRET, type TestApi, createTestApi } from '../support/test-api';
import { testDatabase } from '../support/test-database';
import { waitUntil } from '../support/wait-until';
import { graphql } from '../support/graphql/generated';

/**
 * Two worker instances over the same due offers and notifications: every expiry, reminder and
 * mail happens exactly once in the database's record, and every mail arrives at least once.
 */
describe('two workers side by side', () => {
  let smtp: SmtpCatcher;
  let receiver: WebhookReceiver;
  let api: TestApi;
  let workers: INestApplicationContext[] = [];
  let vendor: VendorTeam;
  let partners: PartnerTeam[];

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    receiver = await new WebhookReceiver().start();
    api = await createTestApi({ SMTP_URL: smtp.url, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    vendor = await aVendorTeam(api);
    partners = await Promise.all([
      aPartnerTeam(api, vendor.tenant),
      aPartnerTeam(api, vendor.tenant),
      aPartnerTeam(api, vendor.tenant),
    ]);
    const { appUrl } = await testDatabase();
    const config = AppConfig.from({
      NODE_ENV: 'test',
      DATABASE_URL: appUrl,
      JWT_SECRET: TEST_JWT_SECRET,
      SMTP_URL: smtp.url,
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    });
    workers = await Promise.all([createWorker(config, ['error']), createWorker(config, ['error'])]);
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.close()));
    await api.close();
    await smtp.stop();
    await receiver.stop();
    await closeOwnerOrm();
  });

  it('expires each offer and delivers each notification and webhook exactly once in the record', async () => {
    const endpoint = await api.graphql(
      graphql(`
        mutation TwoWorkersCreateWebhookEndpoint($url: String!) {
          createWebhookEndpoint(input: { url: $url, eventTypes: ["offer.expired"] }) {
            endpoint {
              id
            }
          }
        }
      `),
      { url: receiver.url('/hooks') },
      vendor.admin.token,
    );
    expect(endpoint.errors).toBeUndefined();
    const leads = [];
    // Far enough ahead that distributing on a loaded machine never reaches it; both workers are then
    // made to sweep that very moment at once, as if their scheduled jobs had come due together.
    const expiresAt = new Date(Date.now() + 120_000);
    for (let i = 0; i < 8; i++) {
      const lead = await aQualifiedLead(vendor.tenant);
      await distribute(
        api,
        vendor.channel.token,
        lead.id,
        partners.map((p) => p.partner.id),
        'SHARED',
        { expiresAt },
      );
      leads.push(lead);
    }
    const leadIds = leads.map((lead) => lead.id);
    const em = await ownerEm();
    // The scheduled sweeps run in whichever worker takes them; both also sweep the same moment here.
    await Promise.all(workers.map((worker) => worker.get(DueWorkService).run(vendor.tenant.id, expiresAt)));
    await waitUntil(
      async () =>
        (await em.fork().count(Offer, { lead: { $in: leadIds }, status: OfferStatus.PENDING }, { filters: false })) === 0,
      { timeoutMs: 150_000, intervalMs: 200 },
    );

    const expired = await em
      .fork()
      .find(LeadEvent, { lead: { $in: leadIds }, type: 'offer.expired' as LeadEvent['type'] }, { filters: false });
    expect(expired).toHaveLength(8 * 3);
    expect(new Set(expired.map((e) => e.offerId)).size).toBe(8 * 3);
    const unplaced = await em
      .fork()
      .find(LeadEvent, { lead: { $in: leadIds }, type: 'lead.unplaced' as LeadEvent['type'] }, { filters: false });
    expect(unplaced).toHaveLength(8);

    await waitUntil(
      async () => {
        const pending = await em
          .fork()
          .count(Notification, { tenantId: vendor.tenant.id, status: NotificationStatus.PENDING }, { filters: false });
        return pending === 0;
      },
      { timeoutMs: 150_000, intervalMs: 200 },
    );
    const notifications = await em.fork().find(Notification, { tenantId: vendor.tenant.id }, { filters: false });
    // One row per line and person: new offers and expiries to the 6 partner users, the unplaced leads to the channel manager.
    const keys = notifications.map((n) => `${n.leadEventId}/${n.userId}`);
    expect(new Set(keys).size).toBe(notifications.length);
    expect(notifications).toHaveLength(8 * 3 * 2 + 8 * 3 * 2 + 8);
    expect(notifications.every((n) => n.status === NotificationStatus.SENT && n.attempts === 1)).toBe(true);
    await smtp.waitFor((mails) => notifications.every((n) => mails.some((m) => m.parsed.messageId === `<${n.id}@leadrelay>`)));

    // One delivery per expired offer, each sent once and answered 200.
    const endpointId = endpoint.data!.createWebhookEndpoint.endpoint.id;
    await waitUntil(
      async () =>
        (await em
          .fork()
          .count(WebhookDelivery, { endpoint: endpointId, status: WebhookDeliveryStatus.SUCCEEDED }, { filters: false })) ===
        8 * 3,
      { timeoutMs: 150_000, intervalMs: 200 },
    );
    const deliveries = await em.fork().find(WebhookDelivery, { endpoint: endpointId }, { filters: false });
    expect(deliveries).toHaveLength(8 * 3);
    expect(deliveries.every((d) => d.attempts === 1)).toBe(true);
    const webhookIds = receiver.received.map((r) => r.headers['webhook-id']);
    expect(new Set(webhookIds).size).toBe(8 * 3);
  }, 240_000);
});
