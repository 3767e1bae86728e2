import { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { DateTime } from 'luxon';
import { Webhook } from 'standardwebhooks';
import { randomUUID } from 'node:crypto';
import { type AppConfig, Clock, JobQueue, Locale, QUEUE, QUEUE_SETTINGS, Role, TenantContext } from '@leadrelay/core';
import { LeadEventType, type RecordedEvent } from '@leadrelay/leads';
import {
  EventOutbox,
  Notification,
  NotificationKind,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookDisabledReason,
  WebhookEndpoint,
  WebhookEndpointStatus,
  WebhookSender,
  renderMail,
} from '@leadrelay/notifications';
import { aLead, anAcceptedLead, contactDataOf } from '../factories/lead.factories';
import { type PartnerTeam, type VendorTeam, aLoggedInMember, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { codeOf, extensionsOf, gql } from '../support/graphql-results';
import { everyFieldSelections } from '../support/graphql-selection';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';
import { testDatabase } from '../support/test-database';
import { WebhookReceiver } from '../support/webhook-receiver';
import { graphql } from '../support/graphql/generated';
import type { CreateWebhookEndpointInput } from '../support/graphql/generated/graphql';
import { type DocumentNode, getOperationAST } from 'graphql';

const CREATE = graphql(`
  mutation WebhooksCreate($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint {
        id
        url
        eventTypes
        status
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation WebhooksUpdate($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) {
      id
      url
      eventTypes
      description
    }
  }
`);
const DISABLE = graphql(`
  mutation WebhooksDisable($id: ID!) {
    disableWebhookEndpoint(id: $id) {
      id
      status
      disabledReason
      disabledAt
    }
  }
`);
const ENABLE = graphql(`
  mutation WebhooksEnable($id: ID!) {
    enableWebhookEndpoint(id: $id) {
      id
      status
      disabledReason
      consecutiveFailures
    }
  }
`);
const ROTATE = graphql(`
  mutation WebhooksRotate($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      endpoint {
        id
        previousSecretExpiresAt
      }
    }
  }
`);
const SEND_TEST = graphql(`
  mutation WebhooksSendTest($id: ID!) {
    sendTestWebhook(id: $id) {
      id
      eventType
      status
    }
  }
`);
const ENDPOINTS = graphql(`
  query WebhooksEndpoints {
    webhookEndpoints(first: 100) {
      totalCount
      nodes {
        id
        url
        status
        disabledReason
        consecutiveFailures
        lastSuccessAt
      }
    }
  }
`);
const DELIVERIES = graphql(`
  query WebhooksDeliveries($endpointId: ID, $status: WebhookDeliveryStatus) {
    webhookDeliveries(endpointId: $endpointId, status: $status, first: 100) {
      totalCount
      nodes {
        id
        endpointId
        eventType
        eventId
        status
        attempts
        lastResponseCode
        lastError
        lastAttemptAt
        deliveredAt
        payload
      }
    }
  }
`);
const WON = graphql(`
  mutation WebhooksWon($input: CloseLeadWonInput!) {
    closeLeadWon(input: $input) {
      id
      stage
    }
  }
`);

interface DeliveryNode {
  id: string;
  endpointId: string;
  eventType: string;
  eventId: string | null;
  status: string;
  attempts: number;
  lastResponseCode: number | null;
  lastError: string | null;
  payload: Record<string, unknown>;
}

/**
 * Webhooks to the vendor's systems, over GraphQL and to a real HTTP server on loopback: endpoints
 * and their secret, the deliveries a lead's move writes, the worker's handler sending them signed
 * (called directly with pg-boss's attempt numbers, so retries need no waiting), 410 and giving up
 * disabling the endpoint with a mail to the vendor admins, private targets refused, and isolation.
 */
describe('webhooks', () => {
  let api: TestApi;
  let receiver: WebhookReceiver;
  let vendor: VendorTeam;
  let partner: PartnerTeam;
  let sender: WebhookSender;
  let path = 0;

  beforeAll(async () => {
    // The receiver runs on 127.0.0.1: this API allows private targets, as the tests and `npm start` do.
    api = await createTestApi({ WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    receiver = await new WebhookReceiver().start();
    vendor = await aVendorTeam(api);
    partner = await aPartnerTeam(api, vendor.tenant);
    sender = api.app.get(WebhookSender);
  });

  afterEach(() => {
    receiver.respond = () => 200;
  });

  afterAll(async () => {
    await api.close();
    await receiver.stop();
    await closeOwnerOrm();
  });

  /** A fresh path on the receiver per endpoint, so that each test reads only its own requests. */
  const nextPath = () => `/hooks/${++path}`;

  async function anEndpoint(eventTypes: string[], options: { path?: string; token?: string; url?: string } = {}) {
    const url = options.url ?? receiver.url(options.path ?? nextPath());
    const created = await gql(api, CREATE, { input: { url, eventTypes } }, options.token ?? vendor.admin.token);
    return {
      ...created.createWebhookEndpoint.endpoint,
      secret: created.createWebhookEndpoint.secret,
      path: new URL(url).pathname,
    };
  }

  async function deliveriesOf(endpointId: string, token = vendor.admin.token): Promise<DeliveryNode[]> {
    return (await gql(api, DELIVERIES, { endpointId }, token)).webhookDeliveries.nodes;
  }

  async function sendTest(endpointId: string): Promise<string> {
    return (await gql(api, SEND_TEST, { id: endpointId }, vendor.admin.token)).sendTestWebhook.id;
  }

  /** What the worker's QUEUE.webhook handler does with the job's attempt number. */
  function deliver(deliveryId: string, retryCount = 0, by: WebhookSender = sender) {
    return by.deliver({
      tenantId: vendor.tenant.id,
      deliveryId,
      retryCount,
      retryLimit: QUEUE_SETTINGS[QUEUE.webhook].retryLimit,
    });
  }

  async function storedEndpoint(id: string): Promise<WebhookEndpoint> {
    return (await ownerEm()).findOneOrFail(WebhookEndpoint, { id }, { filters: false });
  }

  async function storedDelivery(id: string): Promise<WebhookDelivery> {
    return (await ownerEm()).findOneOrFail(WebhookDelivery, { id }, { filters: false });
  }

  /** pg-boss's jobs of `queue` whose data names `key: value`, read as the owner. */
  async function jobsOf(queue: string, key: string, value: string): Promise<{ state: string; data: Record<string, string> }[]> {
    const client = new Client({ connectionString: (await testDatabase()).ownerUrl });
    await client.connect();
    try {
      return (await client.query(`select state, data from pgboss.job where name = $1 and data->>$2 = $3`, [queue, key, value]))
        .rows;
    } finally {
      await client.end();
    }
  }

  async function webhookNotices(endpointId: string): Promise<Notification[]> {
    const all = await (
      await ownerEm()
    ).find(Notification, { tenantId: vendor.tenant.id, kind: NotificationKind.WEBHOOK_DISABLED }, { filters: false });
    return all.filter((n) => n.data.webhook?.endpointId === endpointId);
  }

  it('registers an endpoint and shows its secret once, at creation and at each rotation', async () => {
    const endpoint = await anEndpoint(['lead.won', 'offer.accepted']);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(endpoint).toMatchObject({ eventTypes: ['lead.won', 'offer.accepted'], status: 'ENABLED' });

    const rotated = (await gql(api, ROTATE, { id: endpoint.id }, vendor.admin.token)).rotateWebhookSecret;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(endpoint.secret);
    const graceHours = (Date.parse(rotated.endpoint.previousSecretExpiresAt!) - Date.now()) / 3_600_000;
    expect(graceHours).toBeGreaterThan(23.9);
    expect(graceHours).toBeLessThanOrEqual(24);

    // Every field of every endpoint and delivery, as the admin reads them: neither secret anywhere.
    await sendTest(endpoint.id);
    for (const [type, list] of [
      ['WebhookEndpoint', 'webhookEndpoints'],
      ['WebhookDelivery', 'webhookDeliveries'],
    ]) {
      for (const selection of everyFieldSelections(api, type!)) {
        const answer = JSON.stringify(
          await gql(api, `query { ${list}(first: 100) { nodes ${selection} } }`, {}, vendor.admin.token),
        );
        for (const secret of [endpoint.secret, rotated.secret]) {
          expect(answer).not.toContain(secret.slice('whsec_'.length, -1));
        }
      }
    }
  });

  it('lists the event types an endpoint can subscribe to, each of them accepted by createWebhookEndpoint', async () => {
    const listed = await gql(
      api,
      graphql(`
        query WebhooksEventTypes {
          webhookEventTypes
        }
      `),
      {},
      vendor.admin.token,
    );
    expect(listed.webhookEventTypes).toEqual(Object.values(LeadEventType));
    expect(listed.webhookEventTypes).toEqual(expect.arrayContaining(['lead.created', 'offer.accepted', 'lead.won']));
    const all = await gql(
      api,
      CREATE,
      { input: { url: receiver.url('/all'), eventTypes: listed.webhookEventTypes } },
      vendor.admin.token,
    );
    expect(all.createWebhookEndpoint.endpoint.eventTypes).toEqual(listed.webhookEventTypes);
  });

  it('refuses a URL that is not http(s), and event types that do not exist', async () => {
    const cases: [CreateWebhookEndpointInput, string][] = [
      [{ url: 'ftp://crm.example.com/hook', eventTypes: ['lead.won'] }, 'url'],
      [{ url: 'crm.example.com/hook', eventTypes: ['lead.won'] }, 'url'],
      [{ url: 'https://user:pw@crm.example.com/hook', eventTypes: ['lead.won'] }, 'url'],
      [{ url: receiver.url('/x'), eventTypes: ['lead.sold'] }, 'eventTypes'],
      [{ url: receiver.url('/x'), eventTypes: ['LEAD_WON'] }, 'eventTypes'],
      [{ url: receiver.url('/x'), eventTypes: [] }, 'eventTypes'],
      [{ url: receiver.url('/x'), eventTypes: ['lead.won', 'lead.won'] }, 'eventTypes'],
    ];
    const before = await (await ownerEm()).count(WebhookEndpoint, { tenantId: vendor.tenant.id }, { filters: false });
    for (const [input, field] of cases) {
      const refused = await api.graphql(CREATE, { input }, vendor.admin.token);
      expect([input, extensionsOf(refused).code, extensionsOf(refused).field]).toEqual([input, 'BAD_USER_INPUT', field]);
    }
    expect(await (await ownerEm()).count(WebhookEndpoint, { tenantId: vendor.tenant.id }, { filters: false })).toBe(before);
  });

  it('refuses private, loopback and link-local targets where the configuration does not allow them', async () => {
    const strict = await createTestApi();
    try {
      const { admin } = await aVendorTeam(strict);
      for (const url of [
        'http://127.0.0.1:8080/hook',
        'http://localhost/hook',
        'http://10.0.0.5/hook',
        'http://192.168.1.20/hook',
        'http://169.254.169.254/latest/meta-data/',
        'http://[::1]/hook',
        'http://[fd00::5]/hook',
        'http://2130706433/hook',
      ]) {
        const refused = await strict.graphql(CREATE, { input: { url, eventTypes: ['lead.won'] } }, admin.token);
        expect([url, extensionsOf(refused).code, extensionsOf(refused).field]).toEqual([url, 'BAD_USER_INPUT', 'url']);
        expect(refused.errors![0]!.message).toMatch(/private, loopback or link-local/);
      }
      const { id } = (
        await gql(strict, CREATE, { input: { url: 'https://93.184.215.14/hook', eventTypes: ['lead.won'] } }, admin.token)
      ).createWebhookEndpoint.endpoint;
      // Moving an endpoint to a private address is refused the same way.
      const moved = await strict.graphql(UPDATE, { input: { id, url: 'http://10.0.0.5/hook' } }, admin.token);
      expect([extensionsOf(moved).code, extensionsOf(moved).field]).toEqual(['BAD_USER_INPUT', 'url']);
      expect((await storedEndpoint(id)).url).toBe('https://93.184.215.14/hook');
    } finally {
      await strict.close();
    }
    // Multicast and documentation addresses are never receivers, whatever the configuration.
    const never = await api.graphql(
      CREATE,
      { input: { url: 'http://224.0.0.1/hook', eventTypes: ['lead.won'] } },
      vendor.admin.token,
    );
    expect(extensionsOf(never).field).toBe('url');
  });

  it('refuses again at delivery time when the target is private and the worker does not allow it', async () => {
    const strictSender = new WebhookSender(
      api.app.get(TenantContext),
      api.app.get(Clock),
      { ...api.config, WEBHOOK_ALLOW_PRIVATE_TARGETS: false } as AppConfig,
      api.app.get(JobQueue),
    );
    for (const host of ['127.0.0.1', 'localhost']) {
      const path = nextPath();
      const endpoint = await anEndpoint(['lead.won'], { url: receiver.url(path, host) });
      const deliveryId = await sendTest(endpoint.id);
      await expect(deliver(deliveryId, 0, strictSender)).rejects.toThrow(/private, loopback or link-local/);
      expect(receiver.at(path)).toHaveLength(0);
      expect(await storedDelivery(deliveryId)).toMatchObject({
        status: WebhookDeliveryStatus.PENDING,
        attempts: 1,
        lastResponseCode: null,
        lastError: expect.stringMatching(/private, loopback or link-local/),
      });
    }
  });

  it('delivers a won lead from the move to the endpoint, signed, with the facts and no personal data', async () => {
    const won = await anEndpoint(['lead.won']);
    const lost = await anEndpoint(['lead.lost', 'offer.accepted']);
    const disabled = await anEndpoint(['lead.won']);
    await gql(api, DISABLE, { id: disabled.id }, vendor.admin.token);
    const { lead } = await anAcceptedLead(api, vendor.tenant, vendor.channel.token, partner.partner, partner.sales);
    const closedOn = DateTime.now().setZone('Europe/Berlin').minus({ days: 1 }).toISODate()!;
    await gql(
      api,
      WON,
      { input: { leadId: lead.id, amount: 18_500.5, currency: 'EUR', closedOn, note: 'Herr Vorname rief an' } },
      partner.sales.token,
    );

    // The move wrote one delivery for the endpoint subscribed to lead.won, with its job, in its transaction.
    const [delivery, ...more] = await deliveriesOf(won.id);
    expect(more).toHaveLength(0);
    expect(delivery).toMatchObject({ eventType: 'lead.won', status: 'PENDING', attempts: 0, lastResponseCode: null });
    expect(await jobsOf(QUEUE.webhook, 'deliveryId', delivery!.id)).toEqual([
      { state: 'created', data: { tenantId: vendor.tenant.id, deliveryId: delivery!.id } },
    ]);
    const accepted = await deliveriesOf(lost.id);
    expect(accepted.map((d) => d.eventType)).toEqual(['offer.accepted']);
    // The stage the accept left the lead in (it publishes before its write: the stage is the unit of work's).
    expect(accepted[0]!.payload).toMatchObject({ type: 'offer.accepted', data: { leadId: lead.id, stage: 'ACCEPTED' } });
    expect(await deliveriesOf(disabled.id)).toHaveLength(0);

    expect(await deliver(delivery!.id)).toBe('SUCCEEDED');
    const [request, ...again] = receiver.at(won.path);
    expect(again).toHaveLength(0);
    expect(request!.headers).toMatchObject({ 'content-type': 'application/json', 'webhook-id': delivery!.id });
    expect(Number(request!.headers['webhook-timestamp'])).toBeCloseTo(Date.now() / 1000, -1);
    expect(request!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    const verified = new Webhook(won.secret).verify(request!.body, request!.headers as Record<string, string>);
    expect(verified).toEqual({
      type: 'lead.won',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      data: {
        eventId: delivery!.eventId,
        leadId: lead.id,
        stage: 'WON',
        partner: { id: partner.partner.id, name: partner.partner.name },
        offerId: null,
        reason: null,
        amount: 18_500.5,
        currency: 'EUR',
        closedOn,
      },
    });
    expect(() => new Webhook(lost.secret).verify(request!.body, request!.headers as Record<string, string>)).toThrow(
      /No matching signature/,
    );
    for (const personal of [...contactDataOf(lead), lead.company.name, 'Herr Vorname rief an', partner.sales.user.name]) {
      expect(request!.body).not.toContain(personal);
    }

    const [after] = await deliveriesOf(won.id);
    expect(after).toMatchObject({ status: 'SUCCEEDED', attempts: 1, lastResponseCode: 200, lastError: null });
    expect((await storedEndpoint(won.id)).lastSuccessAt).toBeInstanceOf(Date);
    // A job that comes again (a worker died after sending) sends nothing twice.
    expect(await deliver(delivery!.id, 1)).toBe('SKIPPED');
    expect(receiver.at(won.path)).toHaveLength(1);
  });

  it('sends a test event, and during a rotation signs with the new and the previous secret', async () => {
    const endpoint = await anEndpoint(['lead.won']);
    const rotated = (await gql(api, ROTATE, { id: endpoint.id }, vendor.admin.token)).rotateWebhookSecret.secret;
    const deliveryId = await sendTest(endpoint.id);
    expect(await deliver(deliveryId)).toBe('SUCCEEDED');
    const [request] = receiver.at(endpoint.path);
    expect(String(request!.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const secret of [rotated, endpoint.secret]) {
      expect(new Webhook(secret).verify(request!.body, request!.headers as Record<string, string>)).toEqual({
        type: 'webhook.test',
        timestamp: expect.any(String),
        data: { endpointId: endpoint.id },
      });
    }
  });

  it('retries a failing target with the same webhook-id, then gives up, disables the endpoint and mails the vendor admins', async () => {
    const endpoint = await anEndpoint(['lead.won']);
    receiver.respond = () => 503;
    const deliveryId = await sendTest(endpoint.id);
    const limit = QUEUE_SETTINGS[QUEUE.webhook].retryLimit;
    expect(limit).toBeGreaterThanOrEqual(10);

    // Each failed attempt is recorded and rethrown, which is what makes pg-boss retry the job.
    for (const retryCount of [0, 1, 2]) {
      await expect(deliver(deliveryId, retryCount)).rejects.toThrow(/answered 503/);
      expect(await storedDelivery(deliveryId)).toMatchObject({
        status: WebhookDeliveryStatus.PENDING,
        attempts: retryCount + 1,
        lastResponseCode: 503,
      });
    }
    expect(new Set(receiver.at(endpoint.path).map((r) => r.headers['webhook-id']))).toEqual(new Set([deliveryId]));
    expect((await storedEndpoint(endpoint.id)).status).toBe(WebhookEndpointStatus.ENABLED);
    expect(await webhookNotices(endpoint.id)).toHaveLength(0);

    // The last attempt pg-boss allows fails too: given up, not rethrown.
    expect(await deliver(deliveryId, limit)).toBe('GAVE_UP');
    expect(await storedDelivery(deliveryId)).toMatchObject({ status: WebhookDeliveryStatus.FAILED, attempts: limit + 1 });
    expect(await storedEndpoint(endpoint.id)).toMatchObject({
      status: WebhookEndpointStatus.DISABLED,
      disabledReason: WebhookDisabledReason.FAILING,
      consecutiveFailures: 4,
    });
    const notices = await webhookNotices(endpoint.id);
    expect(notices.map((n) => n.userId)).toEqual([vendor.admin.user.id]);
    expect(notices[0]!.data).toEqual({
      leadId: null,
      webhook: {
        endpointId: endpoint.id,
        url: receiver.url(endpoint.path),
        reason: 'FAILING',
        lastResponseCode: 503,
        lastError: null,
      },
    });
    expect(await jobsOf(QUEUE.notification, 'notificationId', notices[0]!.id)).toHaveLength(1);
    const mail = (locale: Locale) =>
      renderMail(NotificationKind.WEBHOOK_DISABLED, {
        locale,
        recipientName: 'Anna',
        tenantName: vendor.tenant.name,
        timeZone: 'Europe/Berlin',
        portalUrl: 'https://portal.example',
        data: notices[0]!.data,
      });
    expect(mail(Locale.DE).subject).toBe(`Webhook deaktiviert: ${receiver.url(endpoint.path)}`);
    expect(mail(Locale.DE).text).toContain('etwa 3 Tage lang nicht zustellen');
    expect(mail(Locale.DE).text).toContain('Letzte Antwort: HTTP 503');
    expect(mail(Locale.EN).subject).toBe(`Webhook disabled: ${receiver.url(endpoint.path)}`);
    expect(mail(Locale.EN).text).toContain(`https://portal.example/settings/webhooks/${endpoint.id}`);

    // A disabled endpoint gets no new deliveries, and a waiting one is given up without a call.
    const waiting = await (await ownerEm()).findOneOrFail(WebhookDelivery, { id: deliveryId }, { filters: false });
    expect(waiting.status).toBe(WebhookDeliveryStatus.FAILED);
    const test = await api.graphql(SEND_TEST, { id: endpoint.id }, vendor.admin.token);
    expect(codeOf(test)).toBe('CONFLICT');

    // Enabled again, it starts afresh.
    const enabled = await gql(api, ENABLE, { id: endpoint.id }, vendor.admin.token);
    expect(enabled.enableWebhookEndpoint).toMatchObject({ status: 'ENABLED', disabledReason: null, consecutiveFailures: 0 });
  });

  it('keeps an endpoint that something reached since the failed delivery was made', async () => {
    const endpoint = await anEndpoint(['lead.won']);
    const failing = await sendTest(endpoint.id);
    const later = await sendTest(endpoint.id);
    expect(await deliver(later)).toBe('SUCCEEDED');
    receiver.respond = () => 500;
    expect(await deliver(failing, QUEUE_SETTINGS[QUEUE.webhook].retryLimit)).toBe('GAVE_UP');
    expect(await storedDelivery(failing)).toMatchObject({ status: WebhookDeliveryStatus.FAILED, lastResponseCode: 500 });
    expect(await storedEndpoint(endpoint.id)).toMatchObject({ status: WebhookEndpointStatus.ENABLED, consecutiveFailures: 1 });
    expect(await webhookNotices(endpoint.id)).toHaveLength(0);
  });

  it('records a target that does not answer at all, and retries it', async () => {
    const closed = await new WebhookReceiver().start();
    const url = closed.url('/gone-away');
    await closed.stop();
    const endpoint = await anEndpoint(['lead.won'], { url });
    const deliveryId = await sendTest(endpoint.id);
    await expect(deliver(deliveryId)).rejects.toThrow(/ECONNREFUSED/);
    expect(await storedDelivery(deliveryId)).toMatchObject({
      status: WebhookDeliveryStatus.PENDING,
      attempts: 1,
      lastResponseCode: null,
      lastError: expect.stringContaining('ECONNREFUSED'),
    });
  });

  it('disables an endpoint that answers 410 Gone at once and mails the vendor admins', async () => {
    const secondAdmin = await aLoggedInMember(api, vendor.tenant, Role.VENDOR_ADMIN);
    const endpoint = await anEndpoint(['lead.won', 'offer.accepted']);
    receiver.respond = () => 410;
    const deliveryId = await sendTest(endpoint.id);
    expect(await deliver(deliveryId)).toBe('GONE');
    expect(await storedDelivery(deliveryId)).toMatchObject({
      status: WebhookDeliveryStatus.FAILED,
      attempts: 1,
      lastResponseCode: 410,
    });
    const endpoints = (await gql(api, ENDPOINTS, {}, vendor.admin.token)).webhookEndpoints.nodes;
    expect(endpoints.find((e) => e.id === endpoint.id)).toMatchObject({ status: 'DISABLED', disabledReason: 'GONE' });
    const notices = await webhookNotices(endpoint.id);
    expect(notices.map((n) => n.userId).sort()).toEqual([vendor.admin.user.id, secondAdmin.user.id].sort());
    expect(notices.every((n) => n.data.webhook?.reason === 'GONE')).toBe(true);
    expect(renderMail(NotificationKind.WEBHOOK_DISABLED, { ...mailContext(), data: notices[0]!.data }).text).toContain(
      '410 Gone',
    );

    // Events after that write no deliveries for it.
    await anAcceptedLead(api, vendor.tenant, vendor.channel.token, partner.partner, partner.sales);
    expect((await deliveriesOf(endpoint.id)).map((d) => d.id)).toEqual([deliveryId]);
  });

  function mailContext() {
    return {
      locale: Locale.DE,
      recipientName: 'Anna',
      tenantName: vendor.tenant.name,
      timeZone: 'Europe/Berlin',
      portalUrl: 'https://portal.example',
    };
  }

  it("keeps each tenant's endpoints and deliveries to itself, and to its vendor admins", async () => {
    const endpoint = await anEndpoint(['lead.won']);
    const deliveryId = await sendTest(endpoint.id);
    const other = await aVendorTeam(api);
    const otherEndpoint = await anEndpoint(['lead.won'], { token: other.admin.token });

    for (const [query, variables] of [
      [DELIVERIES, { endpointId: endpoint.id }],
      [UPDATE, { input: { id: endpoint.id, url: receiver.url('/taken-over') } }],
      [DISABLE, { id: endpoint.id }],
      [ENABLE, { id: endpoint.id }],
      [ROTATE, { id: endpoint.id }],
      [SEND_TEST, { id: endpoint.id }],
    ] as const) {
      const name = getOperationAST(query)?.name?.value;
      expect([name, codeOf(await api.graphql(query as DocumentNode, variables, other.admin.token))]).toEqual([name, 'NOT_FOUND']);
    }
    const theirs = JSON.stringify(await gql(api, ENDPOINTS, {}, other.admin.token));
    const theirDeliveries = JSON.stringify(await gql(api, DELIVERIES, {}, other.admin.token));
    expect(theirs).toContain(otherEndpoint.id);
    expect(theirs).not.toContain(endpoint.id);
    expect(theirDeliveries).not.toContain(deliveryId);
    expect(await storedEndpoint(endpoint.id)).toMatchObject({ url: receiver.url(endpoint.path), status: 'ENABLED' });

    // Within the tenant, only the vendor admin configures webhooks.
    for (const token of [vendor.channel.token, vendor.marketing.token, partner.admin.token, partner.sales.token]) {
      expect(codeOf(await api.graphql(ENDPOINTS, {}, token))).toBe('FORBIDDEN');
      expect(codeOf(await api.graphql(DELIVERIES, {}, token))).toBe('FORBIDDEN');
      expect(codeOf(await api.graphql(CREATE, { input: { url: receiver.url('/x'), eventTypes: ['lead.won'] } }, token))).toBe(
        'FORBIDDEN',
      );
      expect(codeOf(await api.graphql(DISABLE, { id: endpoint.id }, token))).toBe('FORBIDDEN');
    }
  });

  it('writes the deliveries of many events for many endpoints in as many statements as for one', async () => {
    const tenant = (await aVendorTeam(api)).tenant;
    const admin = await aLoggedInMember(api, tenant, Role.VENDOR_ADMIN);
    const leads = await Promise.all(Array.from({ length: 10 }, () => aLead(tenant)));
    const endpoints = [];
    for (let i = 0; i < 3; i++) endpoints.push(await anEndpoint(['lead.progressed'], { token: admin.token }));
    const event = (leadId: string): RecordedEvent => ({
      id: randomUUID(),
      tenantId: tenant.id,
      leadId,
      type: LeadEventType.LEAD_PROGRESSED,
      occurredAt: new Date(),
      actorName: 'Test',
      partnerId: null,
      offerId: null,
      reasonCodeId: null,
      comment: 'Kunde Vorname Nachname',
      data: { progressStage: 'CONTACTED', to: 'Vorname Nachname' },
    });
    const logQuery = jest.spyOn(api.app.get(MikroORM).config.getLogger(), 'logQuery');
    const statements = async (events: RecordedEvent[]) => {
      logQuery.mockClear();
      await api.app.get(TenantContext).run(tenant.id, (em) => api.app.get(EventOutbox).publish(em, tenant.id, events));
      return logQuery.mock.calls.length;
    };
    try {
      await gql(api, DISABLE, { id: endpoints[2]!.id }, admin.token);
      const one = await statements([event(leads[0]!.id)]);
      await gql(api, ENABLE, { id: endpoints[2]!.id }, admin.token);
      const many = await statements(leads.map((lead) => event(lead.id)));
      expect(many).toBe(one);
    } finally {
      logQuery.mockRestore();
    }
    const em = await ownerEm();
    const written = await em.find(WebhookDelivery, { tenantId: tenant.id }, { filters: false });
    // 2 endpoints for the first event, 3 for each of the ten.
    expect(written).toHaveLength(2 + 30);
    for (const endpoint of endpoints) {
      const payloads = written.filter((d) => d.endpoint.id === endpoint.id).map((d) => JSON.stringify(d.payload));
      expect(payloads.every((p) => !p.includes('Vorname') && p.includes('"progressStage":"CONTACTED"'))).toBe(true);
    }
  });
});
