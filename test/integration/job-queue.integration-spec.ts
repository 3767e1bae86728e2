import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import type { Client as PgClient } from 'pg';
import { JobQueue, QUEUE, TenantContext, WRITTEN_IN_UP_TO } from '@leadrelay/core';
import { type VendorTeam, aVendorTeam } from '../factories/team.factories';
import { closeOwnerOrm, ownerEm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';

/** The driver as the ORM loaded it (as in accept-statement-counts): every statement of a tenant transaction goes through its `query`. */
const nodePg = createRequire(createRequire(__filename).resolve('@mikro-orm/postgresql'))('pg') as { Client: typeof PgClient };

/**
 * Rows that jobs name and the jobs, written at the end of a batch (`inBatch`, `sendManyWith`): in
 * one round trip with their values written in while they are small (an accept, a post), each with
 * its value as a parameter once they are large (a sweep's burst: writing megabytes into a literal
 * cost more than the round trips).
 */
describe('job queue: rows and jobs written at the end of a batch', () => {
  let api: TestApi;
  let vendor: VendorTeam;

  beforeAll(async () => {
    api = await createTestApi();
    vendor = await aVendorTeam(api);
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  /** Sends `count` notification jobs (due in a year: no worker takes them) named by rows of `rowJson` characters; what was sent to PostgreSQL. */
  async function writeInBatch(count: number, rowJson: string) {
    const jobs = api.app.get(JobQueue);
    const ids = Array.from({ length: count }, () => randomUUID());
    const startAfter = new Date(Date.now() + 365 * 24 * 3600 * 1000);
    const logQuery = jest.spyOn(nodePg.Client.prototype, 'query');
    try {
      await api.app.get(TenantContext).run(vendor.tenant.id, (em) =>
        jobs.inBatch(em, async () => {
          // A statement with one JSON value, as the outbox's insert; it reads the rows only.
          await jobs.sendManyWith(
            em,
            { sql: 'select count(*) from json_array_elements($1::json)', json: rowJson },
            QUEUE.notification,
            ids.map((notificationId) => ({ data: { tenantId: vendor.tenant.id, notificationId }, startAfter })),
          );
          await jobs.send(em, QUEUE.dueWork, { tenantId: vendor.tenant.id }, { startAfter });
        }),
      );
      const sent = logQuery.mock.calls.map(([query, values]) =>
        typeof query === 'string'
          ? { text: query, values: Array.isArray(values) ? values : [] }
          : { text: (query as { text: string }).text, values: (query as { values?: unknown[] }).values ?? [] },
      );
      const em = await ownerEm();
      const [{ written }] = await em.execute<{ written: number }[]>(
        `select count(*)::int as written from pgboss.job where name = ? and data->>'notificationId' = any(?::text[])`,
        [QUEUE.notification, `{${ids.join(',')}}`],
      );
      return { sent: sent.filter(({ text }) => /json_array_elements|pgboss/.test(text)), written };
    } finally {
      logQuery.mockRestore();
    }
  }

  it('writes small rows and the jobs of two queues in one round trip, the values written in', async () => {
    const { sent, written } = await writeInBatch(3, JSON.stringify([{ n: 1 }, { n: 2 }, { n: 3 }]));
    expect(written).toBe(3);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.values).toEqual([]);
    expect(sent[0]!.text).toContain('json_array_elements');
    expect(sent[0]!.text).toContain(QUEUE.dueWork);
  });

  it(`writes rows and jobs of more than ${WRITTEN_IN_UP_TO} characters each with its value as a parameter, nothing written in`, async () => {
    const rows = JSON.stringify(
      Array.from({ length: 2_000 }, (_, n) => ({ n, text: `Zeile ${n} mit etwas Text, 'zitiert' und \\ dabei` })),
    );
    expect(rows.length).toBeGreaterThan(WRITTEN_IN_UP_TO);
    const { sent, written } = await writeInBatch(1_000, rows);
    expect(written).toBe(1_000);
    // The rows' statement and each queue's insert, one round trip each, every value a parameter.
    expect(sent).toHaveLength(3);
    expect(sent.map(({ values }) => values.length)).toEqual([1, 1, 1]);
    expect(sent[0]!.values[0]).toBe(rows);
    expect(Math.max(...sent.map(({ text }) => text.length))).toBeLessThan(10_000);
  });
});
