// `npm run bench:deadlines`: how late do offers expire under load? Prints two figures:
//  1. a burst: 10,000 offers sharing one deadline second, and how long until all are EXPIRED;
//  2. a stream: 100 deadlines a second for 30 seconds, and the p50/p99/max lateness.
// Runs the real worker (pg-boss, the set-based sweep, the notification outbox) against real
// PostgreSQL: DATABASE_URL/TEST_DATABASE_URL (a role that may create databases) or an embedded one.
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { PgBoss } from 'pg-boss';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { createWorker } from '../../apps/worker/src/worker.app';
import {
  AppConfig,
  JOB_SCHEMA,
  QUEUE,
  type EmbeddedServer,
  appRoleUrl,
  ensureDatabase,
  migrate,
  provisionAppRole,
  startEmbeddedPostgres,
} from '@leadrelay/core';
import { MIGRATION_SET } from '../../migrations';

const BURST = 10_000;
const STREAM_PER_SECOND = 100;
const STREAM_SECONDS = Number(process.env.BENCH_STREAM_SECONDS ?? 30);
const PARTNERS = 100;
const APP_PASSWORD = 'leadrelay-bench';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function database(): Promise<{ ownerUrl: string; appUrl: string; embedded?: EmbeddedServer; dataDir?: string }> {
  const given = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let adminUrl = given;
  let embedded: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  if (!adminUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'leadrelay-bench-pg-'));
    embedded = await startEmbeddedPostgres({ dataDir });
    adminUrl = embedded.adminUrl;
  }
  const url = new URL(adminUrl);
  url.pathname = `/leadrelay_bench_${process.pid}`;
  const ownerUrl = url.toString();
  await ensureDatabase(ownerUrl);
  await provisionAppRole(adminUrl, APP_PASSWORD);
  await migrate(ownerUrl, MIGRATION_SET);
  return { ownerUrl, appUrl: appRoleUrl(ownerUrl, APP_PASSWORD), embedded, dataDir };
}

/** One tenant, its partners (one user each), a channel manager; and `count` offers due at `deadlines(i)`. */
async function seed(owner: Client, tenantId: string, count: number, deadlineSql: string): Promise<void> {
  await owner.query(`select set_config('app.tenant_id', $1, false)`, [tenantId]);
  await owner.query(
    `with leads as (
       insert into lead (id, tenant_id, created_at, updated_at, source, company_name, company_country, contact_last_name,
                         consent_given, stage, match_company_name)
       select gen_random_uuid(), $1::uuid, now(), now(), 'WEB_FORM', 'Bench ' || i, 'DE', 'Bench', true, 'OFFERED', 'bench ' || i
         from generate_series(1, $2::int / 5) as i
       returning id),
     rounds as (
       insert into round (id, tenant_id, created_at, lead_id, mode, status)
       select gen_random_uuid(), $1::uuid, now(), id, 'SHARED', 'OPEN' from leads
       returning id, lead_id),
     numbered as (
       select r.id as round_id, r.lead_id, p.id as partner_id, row_number() over () as n
         from rounds r
         cross join lateral (select id from partner where tenant_id = $1::uuid order by random() limit 5) p)
     insert into offer (id, tenant_id, created_at, round_id, lead_id, partner_id, status, offered_at, expires_at)
     select gen_random_uuid(), $1::uuid, now(), round_id, lead_id, partner_id, 'PENDING', now(), ${deadlineSql}
       from numbered`,
    [tenantId, count],
  );
}

async function newTenant(owner: Client): Promise<string> {
  const { rows } = await owner.query<{ id: string }>(
    `insert into tenant (id, name, created_at, time_zone) values (gen_random_uuid(), 'Bench ' || now(), now(), 'Europe/Berlin') returning id`,
  );
  const tenantId = rows[0]!.id;
  await owner.query(`select set_config('app.tenant_id', $1, false)`, [tenantId]);
  await owner.query(
    `with partners as (
       insert into partner (id, tenant_id, created_at, updated_at, name, territories, competencies)
       select gen_random_uuid(), $1::uuid, now(), now(), 'Bench partner ' || i, '[]', '{}' from generate_series(1, $2::int) as i
       returning id),
     users as (
       insert into user_account (id, email, name, created_at)
       select gen_random_uuid(), 'bench-' || p.id || '@example.test', 'Bench user', now() from partners p
       returning id, email)
     insert into membership (id, tenant_id, created_at, user_id, role, partner_id)
     select gen_random_uuid(), $1::uuid, now(), u.id, 'PARTNER_SALES', p.id
       from users u join partners p on u.email = 'bench-' || p.id || '@example.test'`,
    [tenantId, PARTNERS],
  );
  await owner.query(
    `with u as (insert into user_account (id, email, name, created_at) values (gen_random_uuid(), 'channel-' || $1::text || '@example.test', 'Channel', now()) returning id)
     insert into membership (id, tenant_id, created_at, user_id, role) select gen_random_uuid(), $1::uuid, now(), id, 'CHANNEL_MANAGER' from u`,
    [tenantId],
  );
  return tenantId;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  const db = await database();
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (s, _x, cb) => s.resume().on('end', () => cb()),
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  const boss = new PgBoss({
    connectionString: db.appUrl,
    schema: JOB_SCHEMA,
    migrate: false,
    createSchema: false,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  const worker = await createWorker(
    AppConfig.from({
      NODE_ENV: 'production',
      DATABASE_URL: db.appUrl,
      JWT_SECRET: 'bench-secret-bench-secret-bench-secret-42',
      SMTP_URL: smtpUrl,
    }),
    ['error'],
  );
  const pending = async (tenantId: string) =>
    Number(
      (
        await owner.query<{ n: string }>(`select count(*) as n from offer where tenant_id = $1 and status = 'PENDING'`, [
          tenantId,
        ])
      ).rows[0]!.n,
    );

  try {
    // 1. The burst.
    const burstTenant = await newTenant(owner);
    const burstDeadline = new Date(Math.ceil((Date.now() + 10_000) / 1000) * 1000);
    await seed(owner, burstTenant, BURST, `'${burstDeadline.toISOString()}'::timestamptz`);
    await boss.send(QUEUE.dueWork, { tenantId: burstTenant }, { startAfter: burstDeadline });
    console.log(`burst: ${await pending(burstTenant)} offers due at ${burstDeadline.toISOString()}`);
    while ((await pending(burstTenant)) > 0) await sleep(20);
    const burstSeconds = (Date.now() - burstDeadline.getTime()) / 1000;

    // 2. The stream: 100 deadlines a second, each offer its own instant, one job per second as the API sends them.
    const streamTenant = await newTenant(owner);
    const start = Math.ceil((Date.now() + 10_000) / 1000) * 1000;
    const total = STREAM_PER_SECOND * STREAM_SECONDS;
    await seed(owner, streamTenant, total, `to_timestamp(${start / 1000} + (n - 1) * ${1 / STREAM_PER_SECOND})`);
    for (let second = 0; second <= STREAM_SECONDS; second++) {
      await boss.send(QUEUE.dueWork, { tenantId: streamTenant }, { startAfter: new Date(start + second * 1000) });
    }
    console.log(
      `stream: ${await pending(streamTenant)} offers due from ${new Date(start).toISOString()} over ${STREAM_SECONDS} s`,
    );
    // Lateness as an observer sees it: when an offer is first seen EXPIRED, minus its deadline.
    const seen = new Map<string, number>();
    while (seen.size < total) {
      const { rows } = await owner.query<{ id: string; expires_at: Date }>(
        `select id, expires_at from offer where tenant_id = $1 and status = 'EXPIRED'`,
        [streamTenant],
      );
      const now = Date.now();
      for (const row of rows) if (!seen.has(row.id)) seen.set(row.id, now - row.expires_at.getTime());
      await sleep(50);
    }
    const lateness = [...seen.values()].sort((a, b) => a - b);

    console.log('');
    console.log(
      `LeadRelay deadline benchmark (${process.env.TEST_DATABASE_URL || process.env.DATABASE_URL ? 'given PostgreSQL' : 'embedded PostgreSQL 18'}, one worker)`,
    );
    console.log(
      `  burst : ${BURST} offers sharing one deadline second, all EXPIRED ${burstSeconds.toFixed(2)} s after it (target < 5 s)`,
    );
    console.log(
      `  stream: ${total} offers at ${STREAM_PER_SECOND} deadlines/s, lateness p50 ${(percentile(lateness, 50) / 1000).toFixed(2)} s, ` +
        `p99 ${(percentile(lateness, 99) / 1000).toFixed(2)} s, max ${(lateness[lateness.length - 1]! / 1000).toFixed(2)} s (target p99 < 2 s)`,
    );
  } finally {
    await worker.close();
    await boss.stop({ graceful: false });
    await owner.end();
    smtp.close();
    const admin = new Client({ connectionString: db.ownerUrl.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    await admin.query(`drop database if exists "${new URL(db.ownerUrl).pathname.slice(1)}" with (force)`);
    await admin.end();
    await db.embedded?.stop();
    if (db.dataDir) rmSync(db.dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
