import type { INestApplicationContext } from '@nestjs/common';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { createWorker } from '../../apps/worker/src/worker.app';
import { AppConfig } from '@leadrelay/core';
import { DEMO_IDS } from '@leadrelay/demo';
import { aLead } from '../factories/lead.factories';
import { demoLogin, withDemoData } from '../support/demo';
import { closeOwnerOrm } from '../support/owner-orm';
import { TEST_JWT_SECRET, type TestApi, createTestApi } from '../support/test-api';
import { testDatabase } from '../support/test-database';
import { waitUntil } from '../support/wait-until';
import { graphql } from '../support/graphql/generated';

/**
 * The worker issue's acceptance story with the demo tenant and the local mail catcher of
 * `npm start` (.eml files): an offer with a near deadline expires by itself, the lead turns
 * UNPLACED, and the German notices reach Hansa and the channel manager.
 */
describe('the demo: an offer that nobody answers', () => {
  let api: TestApi;
  let worker: INestApplicationContext;
  const mailDir = mkdtempSync(join(tmpdir(), 'leadrelay-mail-'));

  beforeAll(async () => {
    await withDemoData();
    const env = { MAIL_DIR: mailDir, PORTAL_URL: 'http://localhost:3000' };
    api = await createTestApi(env);
    const { appUrl } = await testDatabase();
    worker = await createWorker(AppConfig.from({ NODE_ENV: 'test', DATABASE_URL: appUrl, JWT_SECRET: TEST_JWT_SECRET, ...env }), [
      'error',
    ]);
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
    await closeOwnerOrm();
  });

  it('expires by itself, turns the lead UNPLACED and mails the German notices', async () => {
    const channel = await demoLogin(api, 'channel@nordlicht.example');
    const lead = await aLead({ id: DEMO_IDS.nordlicht }, { stage: 'QUALIFIED' as never, score: 70, grade: 'B' });
    const expiresAt = new Date(Date.now() + 3000);
    const offered = await api.graphql(
      graphql(`
        mutation DemoDeadlineDistributeLead($input: DistributeLeadInput!) {
          distributeLead(input: $input) {
            stage
          }
        }
      `),
      { input: { leadId: lead.id, partnerIds: [DEMO_IDS.hansa], mode: 'EXCLUSIVE', expiresAt: expiresAt.toISOString() } },
      channel,
    );
    expect(offered.errors).toBeUndefined();

    const stage = await waitUntil(
      async () => {
        const result = await api.graphql(
          graphql(`
            query DemoDeadlineLead($id: ID!) {
              lead(id: $id) {
                stage
              }
            }
          `),
          { id: lead.id },
          channel,
        );
        return result.data?.lead.stage === 'UNPLACED' ? 'UNPLACED' : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(stage).toBe('UNPLACED');

    const mails = await waitUntil(
      async () => {
        const parsed = await Promise.all(readdirSync(mailDir).map((file) => simpleParser(readFileSync(join(mailDir, file)))));
        const expiredForHansa = parsed.filter((m) => m.subject === 'Lead-Angebot abgelaufen');
        const toChannel = parsed.filter((m) => (m.to as { text: string }).text.includes('channel@nordlicht.example'));
        const unplaced = toChannel.find((m) => m.subject?.startsWith('Nicht vergeben'));
        return expiredForHansa.length >= 2 && unplaced ? { expiredForHansa, unplaced } : undefined;
      },
      { timeoutMs: 30_000, intervalMs: 200 },
    );
    expect(mails.expiredForHansa.map((m) => (m.to as { text: string }).text).sort()).toEqual([
      expect.stringContaining('admin@hansa.example'),
      expect.stringContaining('sales@hansa.example'),
    ]);
    expect(mails.unplaced.text).toContain('Kein Partner hat den Lead');
    expect(mails.unplaced.text).toContain(`http://localhost:3000/leads/${lead.id}`);
  });
});
