import type { INestApplicationContext } from '@nestjs/common';
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { Client } from 'pg';
import { createWorker } from '../../apps/worker/src/worker.app';
import { AppConfig, QUEUE } from '@leadrelay/core';
import { Notification, NotificationStatus } from '@leadrelay/notifications';
import { aQualifiedLead, distribute } from '../factories/lead.factories';
import { type PartnerTeam, type VendorTeam, aPartnerTeam, aVendorTeam } from '../factories/team.factories';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { SmtpCatcher } from '../support/smtp-catcher';
import { TEST_JWT_SECRET, type TestApi, createTestApi } from '../support/test-api';
import { testDatabase } from '../support/test-database';
import { waitUntil } from '../support/wait-until';

const ROOT = join(__dirname, '..', '..');

/**
 * A worker process killed (SIGKILL) in the middle of delivering a batch to a real SMTP server:
 * after a restart every notification is delivered, none lost; only what was in flight at the kill
 * may arrive twice (same Message-ID).
 */
describe('a worker killed while delivering mail', () => {
  let smtp: SmtpCatcher;
  let api: TestApi;
  let vendor: VendorTeam;
  let partners: PartnerTeam[];
  let child: ChildProcess | undefined;
  let restarted: INestApplicationContext | undefined;

  /** Jobs carry their queue's expiry from when they are sent: a short one lets the restart find the killed worker's jobs soon. */
  async function setNotificationExpiry(seconds: number): Promise<void> {
    const client = new Client({ connectionString: (await testDatabase()).ownerUrl });
    await client.connect();
    await client.query(`update pgboss.queue set expire_seconds = $1 where name = $2`, [seconds, QUEUE.notification]);
    await client.end();
  }

  beforeAll(async () => {
    smtp = await new SmtpCatcher({ delayMs: 150 }).start();
    api = await createTestApi({ SMTP_URL: smtp.url });
    vendor = await aVendorTeam(api);
    partners = await Promise.all([aPartnerTeam(api, vendor.tenant), aPartnerTeam(api, vendor.tenant)]);
    await setNotificationExpiry(3);
  });

  afterAll(async () => {
    child?.kill('SIGKILL');
    await restarted?.close();
    await setNotificationExpiry(120);
    await api.close();
    await smtp.stop();
    await closeOwnerOrm();
  });

  it('delivers every notification after a restart, none lost', async () => {
    for (let i = 0; i < 10; i++) {
      const lead = await aQualifiedLead(vendor.tenant);
      await distribute(
        api,
        vendor.channel.token,
        lead.id,
        partners.map((p) => p.partner.id),
        'SHARED',
      );
    }
    const em = await ownerEm();
    const notifications = await em.find(Notification, { tenantId: vendor.tenant.id }, { filters: false });
    expect(notifications).toHaveLength(10 * 2 * 2);
    const { appUrl } = await testDatabase();

    child = spawn(process.execPath, ['-r', '@swc-node/register', join(ROOT, 'apps/worker/src/main.ts')], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'test', DATABASE_URL: appUrl, JWT_SECRET: TEST_JWT_SECRET, SMTP_URL: smtp.url },
      stdio: 'ignore',
    });
    await smtp.waitFor((mails) => mails.length >= 6, 60_000);
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    const deliveredBeforeKill = smtp.mails.length;
    expect(deliveredBeforeKill).toBeLessThan(notifications.length);

    restarted = await createWorker(
      AppConfig.from({
        NODE_ENV: 'test',
        DATABASE_URL: appUrl,
        JWT_SECRET: TEST_JWT_SECRET,
        SMTP_URL: smtp.url,
        JOB_SUPERVISE_SECONDS: '1',
      }),
      ['error'],
    );
    const ids = notifications.map((n) => `<${n.id}@leadrelay>`);
    await smtp.waitFor((mails) => ids.every((id) => mails.some((m) => m.parsed.messageId === id)), 90_000);

    const received = smtp.mails.map((m) => m.parsed.messageId);
    const duplicates = received.length - new Set(received).size;
    // At most the messages in flight at the kill (the worker delivers four at a time).
    expect(duplicates).toBeLessThanOrEqual(4);
    // The record follows the last mail by a moment: each delivery notes SENT after the server said yes.
    // A mail sent just before the kill is sent again when its job is retried (after its expiry and the retry delay).
    const stored = () => ownerEm().then((em) => em.find(Notification, { tenantId: vendor.tenant.id }, { filters: false }));
    await waitUntil(async () => (await stored()).every((n) => n.status === NotificationStatus.SENT), {
      timeoutMs: 120_000,
      intervalMs: 200,
    });
    const statuses = (await stored()).map((n) => n.status);
    expect(statuses).toEqual(statuses.map(() => NotificationStatus.SENT));
  }, 300_000);
});
