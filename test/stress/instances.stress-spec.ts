import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Role, freePort } from '@leadrelay/core';
import { Offer, OfferStatus } from '@leadrelay/distribution';
import { LeadEvent, LeadEventType } from '@leadrelay/leads';
import { Notification, NotificationStatus } from '@leadrelay/notifications';
import type { Partner } from '@leadrelay/partners';
import { aPartner } from '../factories/identity.factories';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { ACCEPT, aQualifiedLead, distribute, offersOf } from '../factories/lead.factories';
import { type LoggedIn, type VendorTeam, aLoggedInMember, aVendorTeam } from '../factories/team.factories';
import { codeOf } from '../support/graphql-results';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { SmtpCatcher } from '../support/smtp-catcher';
import { TEST_JWT_SECRET, type GraphQLResult, type TestApi, createTestApi } from '../support/test-api';
import { testDatabase } from '../support/test-database';
import { waitUntil } from '../support/wait-until';

const ROOT = join(__dirname, '..', '..');
const PARTNERS_IN_ROUND = 6;
const ROUNDS = 12;
const LEADS_IN_BURST = 6;

interface Instance {
  child: ChildProcess;
  output: () => string;
}

/** `apps/<app>/src/main.ts` as its own process (node with swc, as `npm start` runs), in a process group of its own. */
function startInstance(app: 'api' | 'worker', env: Record<string, string>): Instance {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(DATABASE_URL|TEST_DATABASE_URL|NODE_OPTIONS|PORT)$/.test(name)),
  );
  const child = spawn(join(ROOT, 'node_modules', '.bin', 'node'), ['-r', '@swc-node/register', `apps/${app}/src/main.ts`], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/** One typed operation to the instance on `port`, sent as its text (`print`), as a client sends it. */
async function post<TResult, TVariables>(
  port: number,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token: string,
): Promise<GraphQLResult<TResult>> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as GraphQLResult<TResult>;
}

/**
 * Two API and two worker processes on one database (through pgbouncer when TEST_PGBOUNCER=1, the
 * way production runs them): partners answering the same offer through different APIs leave one
 * winner, and deadlines that come due together are swept once, each mail sent once.
 */
describe('two APIs and two workers on one database', () => {
  const instances: Instance[] = [];
  let apiPorts: number[];
  let smtp: SmtpCatcher;
  let api: TestApi;
  let vendor: VendorTeam;
  let bidders: { partner: Partner; admin: LoggedIn }[];

  beforeAll(async () => {
    smtp = await new SmtpCatcher().start();
    // In this process only for the factories (tenants, logins, distributing); the answers go to the two APIs.
    api = await createTestApi({ SMTP_URL: smtp.url });
    const { appUrl } = await testDatabase();
    const env = { NODE_ENV: 'test', DATABASE_URL: appUrl, JWT_SECRET: TEST_JWT_SECRET, SMTP_URL: smtp.url, GRAPHQL_IDE: 'false' };
    apiPorts = [await freePort(), await freePort()];
    for (const port of apiPorts) instances.push(startInstance('api', { ...env, PORT: String(port) }));
    for (let i = 0; i < 2; i++) instances.push(startInstance('worker', env));
    vendor = await aVendorTeam(api);
    bidders = await Promise.all(
      Array.from({ length: PARTNERS_IN_ROUND }, async () => {
        const partner = await aPartner(vendor.tenant);
        return { partner, admin: await aLoggedInMember(api, vendor.tenant, Role.PARTNER_ADMIN, partner) };
      }),
    );
    const started = (instance: Instance) => instance.child.exitCode !== null || instance.output().includes('started');
    for (const port of apiPorts) {
      await waitUntil(async () => (await fetch(`http://127.0.0.1:${port}/ready`).catch(() => undefined))?.status === 200, {
        timeoutMs: 120_000,
        intervalMs: 250,
      });
    }
    for (const worker of instances.slice(2)) {
      await waitUntil(async () => started(worker), { timeoutMs: 120_000, intervalMs: 250 });
      expect(worker.child.exitCode).toBeNull();
    }
  }, 240_000);

  afterAll(async () => {
    // SIGTERM: each stops as in production (the APIs finish their requests, the workers their jobs).
    await Promise.all(
      instances.map(async ({ child }) => {
        if (child.exitCode !== null || !child.pid) return;
        const exited = new Promise((resolve) => child.once('exit', resolve));
        process.kill(-child.pid, 'SIGTERM');
        const killer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 20_000);
        await exited;
        clearTimeout(killer);
      }),
    );
    await api?.close();
    await smtp?.stop();
    await closeOwnerOrm();
  });

  it(`lets one of ${PARTNERS_IN_ROUND} partners win each shared round, answering through both APIs, ${ROUNDS} times over`, async () => {
    const em = await ownerEm();
    for (let round = 0; round < ROUNDS; round++) {
      const lead = await aQualifiedLead(vendor.tenant);
      await distribute(
        api,
        vendor.channel.token,
        lead.id,
        bidders.map((b) => b.partner.id),
        'SHARED',
      );
      const offerOf = new Map((await offersOf(api, vendor.channel.token, lead.id)).map((o) => [o.partner.id, o.id]));
      const answers = await Promise.all(
        bidders.map((b, i) => post(apiPorts[(i + round) % 2]!, ACCEPT, { id: offerOf.get(b.partner.id)! }, b.admin.token)),
      );
      expect(answers.map(codeOf).filter((code) => code === undefined)).toHaveLength(1);
      expect(answers.map(codeOf).filter((code) => code === 'OFFER_TAKEN')).toHaveLength(PARTNERS_IN_ROUND - 1);
      const offers = await em.fork().find(Offer, { lead: lead.id }, { filters: false });
      expect(offers.filter((o) => o.status === OfferStatus.ACCEPTED)).toHaveLength(1);
      const accepted = await em
        .fork()
        .count(LeadEvent, { lead: lead.id, type: LeadEventType.OFFER_ACCEPTED }, { filters: false });
      expect(accepted).toBe(1);
    }
  }, 300_000);

  it(`sweeps ${LEADS_IN_BURST * 3} deadlines that come due together in the two workers once each, and sends each mail once`, async () => {
    const em = await ownerEm();
    const partners = bidders.slice(0, 3).map((b) => b.partner.id);
    // Ahead by what distributing takes on a loaded machine; then all come due in the same moment.
    const expiresAt = new Date(Date.now() + 20_000);
    const leadIds: string[] = [];
    for (let i = 0; i < LEADS_IN_BURST; i++) {
      const lead = await aQualifiedLead(vendor.tenant);
      await distribute(api, vendor.channel.token, lead.id, partners, 'SHARED', { expiresAt });
      leadIds.push(lead.id);
    }
    expect(Date.now()).toBeLessThan(expiresAt.getTime());
    await waitUntil(
      async () =>
        (await em.fork().count(Offer, { lead: { $in: leadIds }, status: OfferStatus.PENDING }, { filters: false })) === 0,
      { timeoutMs: 150_000, intervalMs: 250 },
    );
    const expired = await em
      .fork()
      .find(LeadEvent, { lead: { $in: leadIds }, type: LeadEventType.OFFER_EXPIRED }, { filters: false });
    expect(expired).toHaveLength(LEADS_IN_BURST * 3);
    expect(new Set(expired.map((e) => e.offerId)).size).toBe(LEADS_IN_BURST * 3);

    const expiryNotifications = async () =>
      em.fork().find(Notification, { leadEventId: { $in: expired.map((e) => e.id) } }, { filters: false });
    const notifications = await waitUntil(
      async () => {
        const found = await expiryNotifications();
        return found.length > 0 && found.every((n) => n.status === NotificationStatus.SENT) && found;
      },
      { timeoutMs: 150_000, intervalMs: 250 },
    );
    // Each partner has its admin: one notice per expired offer, each sent once.
    expect(notifications).toHaveLength(LEADS_IN_BURST * 3);
    expect(notifications.every((n) => n.attempts === 1)).toBe(true);
    await smtp.waitFor((mails) => notifications.every((n) => mails.some((m) => m.parsed.messageId === `<${n.id}@leadrelay>`)));
    for (const n of notifications) {
      expect(smtp.mails.filter((m) => m.parsed.messageId === `<${n.id}@leadrelay>`)).toHaveLength(1);
    }
  }, 300_000);
});
