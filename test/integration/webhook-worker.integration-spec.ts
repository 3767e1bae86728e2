import type { INestApplicationContext } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Webhook } from 'standardwebhooks';
import { createWorker } from '../../apps/worker/src/worker.app';
import { AppConfig, QUEUE, Role, type Tenant, TenantContext } from '@leadrelay/core';
import { LeadEventType, LeadStage, type RecordedEvent } from '@leadrelay/leads';
import {
  EventOutbox,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookDisabledReason,
  WebhookEndpoint,
  WebhookEndpointStatus,
} from '@leadrelay/notifications';
import { type TestMember, aMember, aTenant } from '../factories/identity.factories';
import { aLead } from '../factories/lead.factories';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { SmtpCatcher } from '../support/smtp-catcher';
import { TEST_JWT_SECRET } from '../support/test-api';
import { testDatabase } from '../support/test-database';
import { WebhookReceiver } from '../support/webhook-receiver';
import { waitUntil } from '../support/wait-until';

async function storedDelivery(endpointId: string): Promise<WebhookDelivery | null> {
  return (await ownerEm()).findOne(WebhookDelivery, { endpoint: endpointId }, { filters: false });
}

/**
 * The worker app (createWorker, as `npm run start:worker` runs it) works QUEUE.webhook against a
 * real HTTP server on loopback: a lead event published through the outbox reaches the receiver
 * signed; a failing receiver leaves the job to pg-boss's retry with backoff; a receiver answering
 * 410 has its endpoint disabled and the vendor admin mailed over SMTP.
 */
describe('webhook deliveries through the worker', () => {
  let receiver: WebhookReceiver;
  let smtp: SmtpCatcher;
  let worker: INestApplicationContext;
  let tenant: Tenant;
  let admin: TestMember;
  let path = 0;

  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    smtp = await new SmtpCatcher().start();
    const { appUrl } = await testDatabase();
    worker = await createWorker(
      AppConfig.from({
        NODE_ENV: 'test',
        DATABASE_URL: appUrl,
        JWT_SECRET: TEST_JWT_SECRET,
        WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
        SMTP_URL: smtp.url,
      }),
      ['error'],
    );
    tenant = await aTenant();
    admin = await aMember(tenant, Role.VENDOR_ADMIN);
  });

  afterEach(() => {
    receiver.respond = () => 200;
  });

  afterAll(async () => {
    await worker.close();
    await receiver.stop();
    await smtp.stop();
    await closeOwnerOrm();
  });

  async function anEndpoint(): Promise<{ endpoint: WebhookEndpoint; path: string; secret: string }> {
    const em = await ownerEm();
    const secret = `whsec_${randomBytes(32).toString('base64')}`;
    const own = `/worker/${++path}`;
    const endpoint = em.create(WebhookEndpoint, {
      tenantId: tenant.id,
      url: receiver.url(own),
      eventTypes: ['lead.won'],
      secret,
    });
    await em.flush();
    return { endpoint, path: own, secret };
  }

  /** A lead won, as a move records it and hands it to the outbox in its transaction. */
  async function publishWon(): Promise<RecordedEvent> {
    const lead = await aLead(tenant, { stage: LeadStage.WON });
    const event: RecordedEvent = {
      id: randomUUID(),
      tenantId: tenant.id,
      leadId: lead.id,
      type: LeadEventType.LEAD_WON,
      occurredAt: new Date(),
      actorName: 'Vertrieb',
      partnerId: null,
      offerId: null,
      reasonCodeId: null,
      comment: null,
      data: { amount: 12_000, currency: 'EUR', closedOn: '2026-11-20' },
    };
    await worker.get(TenantContext).run(tenant.id, (em) => worker.get(EventOutbox).publish(em, tenant.id, [event]));
    return event;
  }

  it('delivers a published event to the receiver, signed, and records the success', async () => {
    const { endpoint, path: own, secret } = await anEndpoint();
    const event = await publishWon();
    const [request] = await receiver.waitFor(() => receiver.at(own).length === 1).then(() => receiver.at(own));
    expect(new Webhook(secret).verify(request!.body, request!.headers as Record<string, string>)).toEqual({
      type: 'lead.won',
      timestamp: event.occurredAt.toISOString(),
      data: expect.objectContaining({ eventId: event.id, leadId: event.leadId, stage: 'WON', amount: 12_000, currency: 'EUR' }),
    });
    await waitUntil(async () => (await storedDelivery(endpoint.id))?.status === WebhookDeliveryStatus.SUCCEEDED);
    expect(await storedDelivery(endpoint.id)).toMatchObject({
      attempts: 1,
      lastResponseCode: 200,
      id: request!.headers['webhook-id'],
    });
  });

  it('leaves a failed delivery to pg-boss, which retries it after a backoff', async () => {
    const { endpoint, path: own } = await anEndpoint();
    receiver.respond = () => 503;
    await publishWon();
    await receiver.waitFor(() => receiver.at(own).length === 1);
    await waitUntil(async () => (await storedDelivery(endpoint.id))?.attempts === 1);
    const delivery = (await storedDelivery(endpoint.id))!;
    expect(delivery).toMatchObject({ status: WebhookDeliveryStatus.PENDING, lastResponseCode: 503 });

    const client = new Client({ connectionString: (await testDatabase()).ownerUrl });
    await client.connect();
    try {
      let job: { state: string; retry_count: number; wait_seconds: number } | undefined;
      await waitUntil(async () => {
        job = (
          await client.query(
            `select state, retry_count, extract(epoch from start_after - now())::float as wait_seconds
               from pgboss.job where name = $1 and data->>'deliveryId' = $2`,
            [QUEUE.webhook, delivery.id],
          )
        ).rows[0];
        return job?.state === 'retry';
      });
      // Waiting for its first retry (pg-boss counts it when it starts it), in one to two minutes:
      // 60 s doubled, with jitter. No second request meanwhile.
      expect(job!.retry_count).toBe(0);
      expect(job!.wait_seconds).toBeGreaterThan(50);
      expect(job!.wait_seconds).toBeLessThanOrEqual(120);
    } finally {
      await client.end();
    }
    expect(receiver.at(own)).toHaveLength(1);
  });

  it('disables an endpoint that answers 410 and mails the vendor admin in the tenant language', async () => {
    const { endpoint, path: own } = await anEndpoint();
    receiver.respond = () => 410;
    await publishWon();
    await receiver.waitFor(() => receiver.at(own).length === 1);
    await waitUntil(
      async () =>
        (await (await ownerEm()).findOneOrFail(WebhookEndpoint, { id: endpoint.id }, { filters: false })).status ===
        WebhookEndpointStatus.DISABLED,
    );
    expect(await (await ownerEm()).findOneOrFail(WebhookEndpoint, { id: endpoint.id }, { filters: false })).toMatchObject({
      disabledReason: WebhookDisabledReason.GONE,
    });
    // The admin also hears of the won leads (no channel manager here); this one is about the webhook.
    const subject = `Webhook deaktiviert: ${receiver.url(own)}`;
    const mails = await smtp.waitFor((all) => all.some((m) => m.parsed.subject === subject));
    const mail = mails.find((m) => m.parsed.subject === subject)!;
    expect(mail.envelopeTo).toEqual([admin.email]);
    expect(mail.parsed.text).toContain('410 Gone');
    expect(receiver.at(own)).toHaveLength(1);
  });
});
