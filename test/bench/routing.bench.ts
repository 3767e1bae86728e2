// `npm run bench:routing`: leads from intake through scoring and routing to committed offers,
// notifications and jobs (issue 11). Real PostgreSQL: TEST_DATABASE_URL/DATABASE_URL (a role that
// may create databases) or an embedded one. The API runs in-process (NODE_ENV=production, the
// application role, row-level security) and listens on 127.0.0.1 only.
// Data: the demo data, then partners up to 200 a tenant in 50 tenants (10,000 in the database);
// the leads go into the demo vendor Nordlicht, in AUTOMATIC mode (grade A SHARED to two, the rest
// EXCLUSIVE), each lead one the scoring model qualifies by itself, so each is routed at once.
// Prints leads per second of
//  (a) the bulk path `takeInMany`: BENCH_BATCH leads (default 100) per TenantContext transaction,
//      each as `takeIn` takes it (create, match, `LeadScorer` scores and qualifies,
//      `AutomaticQualification` hands it to the `LeadRouter` in the same transaction), set-based:
//      the existing-customer check, the scoring model, the routing policy and each country's
//      partners read once a batch, one flush (leads, history, rounds, offers one insert each), the
//      jobs one insert a queue, then all the history's events to the `LeadEventSink`
//      (notifications, webhook deliveries, jobs) at once, committed once a batch;
//  (b) one by one through `POST /intake/leads` with an intake key, one lead a request:
//      BENCH_SINGLE_LEADS posts with BENCH_SINGLE_CONNECTIONS (default 10) in flight at once, as web
//      forms post concurrently (throughput), then BENCH_SINGLE_SEQUENTIAL (default 200) strictly one
//      after the other (latency); intake keys allow 60 posts a minute each: one key per 50 leads;
// and (c) the latency of `candidatePartners(leadId)` (p50, p99) over BENCH_QUERIES calls.
// Sizes: BENCH_BULK_LEADS (default 10,000), BENCH_SINGLE_LEADS (default 10,000), BENCH_QUERIES (300).
// BENCH_STATEMENTS=1 also prints, per phase, the statements that took longest in all (by their text).
// BENCH_CPU_PROFILE=<file> writes a CPU profile (.cpuprofile, V8's format) of one phase alone: candidatePartners,
// or the one BENCH_CPU_PROFILE_PHASE names (bulk, candidatePartners).
// Each phase also prints the CPU time of this process (API and bench client; PostgreSQL's apart) per
// lead or call: on a shared machine a steadier figure than the wall time.
import 'reflect-metadata';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import inspector from 'node:inspector/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { Client } from 'pg';
import { MikroORM } from '@mikro-orm/postgresql';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  AppConfig,
  Clock,
  type EmbeddedServer,
  TenantContext,
  appRoleUrl,
  ensureDatabase,
  migrate,
  ormOptions,
  provisionAppRole,
  startEmbeddedPostgres,
} from '@leadrelay/core';
import { DEMO_IDS, loadDemoData } from '@leadrelay/demo';
import { LeadSource, RequestType } from '@leadrelay/leads';
import { ApiModule } from '../../apps/api/src/api.module';
import { configureApi } from '../../apps/api/src/api.app';
import { LeadEventSink } from '../../libs/leads/src/events/lead-event-sink';
import { takeInMany } from '../../libs/leads/src/lead.service';
import type { CreateLeadInput } from '../../libs/leads/src/lead.inputs';
import { LeadScorer } from '../../libs/leads/src/scoring/lead-scorer';
import { MIGRATION_SET } from '../../migrations';
import { ENTITIES } from '../../mikro-orm.config';

const BULK_LEADS = Number(process.env.BENCH_BULK_LEADS ?? 10_000);
const SINGLE_LEADS = Number(process.env.BENCH_SINGLE_LEADS ?? 10_000);
const SINGLE_CONNECTIONS = Math.max(1, Number(process.env.BENCH_SINGLE_CONNECTIONS ?? 10));
const SINGLE_SEQUENTIAL = Number(process.env.BENCH_SINGLE_SEQUENTIAL ?? Math.min(200, SINGLE_LEADS));
const BATCH = Number(process.env.BENCH_BATCH ?? 100);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 300);
/** BENCH_STATEMENTS=1: time every statement the API sends (by its text, literals left out) and print the costliest per phase. */
const TIME_STATEMENTS = Boolean(process.env.BENCH_STATEMENTS);
const CPU_PROFILE = process.env.BENCH_CPU_PROFILE;
const CPU_PROFILE_PHASE = process.env.BENCH_CPU_PROFILE_PHASE ?? 'candidatePartners';
if (!['bulk', 'candidatePartners'].includes(CPU_PROFILE_PHASE))
  throw new Error('BENCH_CPU_PROFILE_PHASE: bulk or candidatePartners');
const TENANTS = 50;
const PARTNERS_PER_TENANT = 200;
const POSTS_PER_KEY = 50;
const APP_PASSWORD = 'leadrelay-bench';
const LOGIN_PASSWORD = 'leadrelay-demo';
const TENANT = DEMO_IDS.nordlicht;

const RULES = [
  {
    key: 'grade-a-shared',
    conditions: [{ field: 'GRADE', operator: 'IN', values: ['A'] }],
    action: 'SHARED',
    count: 2,
    required: false,
  },
  { key: 'partners', conditions: [], action: 'EXCLUSIVE', required: true },
];

async function database(): Promise<{ ownerUrl: string; appUrl: string; embedded?: EmbeddedServer; dataDir?: string }> {
  let adminUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  let embedded: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  if (!adminUrl) {
    dataDir = mkdtempSync(join(tmpdir(), 'leadrelay-bench-pg-'));
    embedded = await startEmbeddedPostgres({ dataDir });
    adminUrl = embedded.adminUrl;
  }
  const url = new URL(adminUrl);
  url.pathname = `/leadrelay_bench_routing_${process.pid}`;
  const ownerUrl = url.toString();
  await ensureDatabase(ownerUrl);
  await provisionAppRole(adminUrl, APP_PASSWORD);
  await migrate(ownerUrl, MIGRATION_SET);
  return { ownerUrl, appUrl: appRoleUrl(ownerUrl, APP_PASSWORD), embedded, dataDir };
}

/** The demo data, 48 more tenants, partners up to 200 a tenant (one user each in Nordlicht, room for the bench's leads). */
async function seed(ownerUrl: string): Promise<void> {
  const orm = await MikroORM.init(ormOptions({ clientUrl: ownerUrl, entities: ENTITIES, poolMax: 1 }));
  await loadDemoData(orm.em.fork());
  await orm.close();
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  try {
    await owner.query(
      `insert into tenant (id, name, locale, time_zone, created_at)
       select gen_random_uuid(), 'Bench Vendor ' || i, 'de', 'Europe/Berlin', now() from generate_series(1, $1::int - (select count(*)::int from tenant)) i`,
      [TENANTS],
    );
    await owner.query(
      `insert into partner (id, tenant_id, created_at, updated_at, name, tier, status, city, territories, competencies, capacity)
       select gen_random_uuid(), t.id, now(), now(), 'Bench Partner ' || p, (array['GOLD','SILVER','BRONZE'])[1 + p % 3]::partner_tier,
              'ACTIVE', 'Stadt ' || p,
              jsonb_build_array(jsonb_build_object('country', 'DE', 'postalCodePrefixes', jsonb_build_array(lpad((p % 99 + 1)::text, 2, '0')))),
              array['Wärmepumpen'], case when t.id = $2::uuid then 10000 else 20 end
         from tenant t cross join generate_series(1, $1::int) p
        where p > (select count(*) from partner x where x.tenant_id = t.id)`,
      [PARTNERS_PER_TENANT, TENANT],
    );
    // A sales user per bench partner of Nordlicht: the offers' notifications go to someone.
    await owner.query(
      `with partners as (select id from partner where tenant_id = $1::uuid and name like 'Bench Partner %'),
       users as (
         insert into user_account (id, email, name, created_at)
         select gen_random_uuid(), 'bench-' || p.id || '@example.test', 'Bench user', now() from partners p returning id, email)
       insert into membership (id, tenant_id, created_at, user_id, role, partner_id)
       select gen_random_uuid(), $1::uuid, now(), u.id, 'PARTNER_SALES', p.id
         from users u join partners p on u.email = 'bench-' || p.id || '@example.test'`,
      [TENANT],
    );
    await owner.query('analyze');
  } finally {
    await owner.end();
  }
}

/** Lead i: one the model qualifies by itself (fit and engagement above both thresholds), spread over the postal areas. */
function leadBody(i: number) {
  return {
    companyName: `Bench ${i} GmbH`,
    industry: 'Logistik',
    employeeBand: 'MEDIUM',
    annualRevenue: 12_000_000,
    website: `bench-${i}.example`,
    country: 'DE',
    postalCode: `${String((i % 99) + 1).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`,
    city: 'Hamburg',
    lastName: `Kunde${i}`,
    email: `einkauf@bench-${i}.example`,
    phone: '+49 40 123456',
    position: 'Geschäftsführerin',
    decisionMaker: true,
    productLine: 'Wärmepumpen',
    requestType: RequestType.DEMO,
    consent: true,
  };
}

function leadInput(i: number): CreateLeadInput {
  const body = leadBody(i);
  return {
    source: LeadSource.TRADE_FAIR,
    company: {
      name: body.companyName,
      industry: body.industry,
      employeeBand: body.employeeBand,
      annualRevenue: body.annualRevenue,
      website: body.website,
      country: body.country,
      postalCode: body.postalCode,
      city: body.city,
    },
    contact: {
      lastName: body.lastName,
      email: body.email,
      phone: body.phone,
      position: body.position,
      decisionMaker: true,
    },
    interest: { productLine: body.productLine, requestType: body.requestType },
    consent: { given: true },
  } as CreateLeadInput;
}

/** Statement timings by phase: the ORM's own copy of pg, whose client every statement of the API goes through. */
const timings = new Map<string, Map<string, { count: number; ms: number }>>();
let phase = 'setup';
function timeStatements(): void {
  const pg = createRequire(createRequire(__filename).resolve('@mikro-orm/postgresql'))('pg') as {
    Client: { prototype: { query: (...args: unknown[]) => unknown } };
  };
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const started = performance.now();
    const result = query.apply(this, args);
    const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string })?.text ?? '');
    const key = text
      .replace(/'[^']*'/g, '?')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 110);
    const note = () => {
      const byText = timings.get(phase) ?? new Map<string, { count: number; ms: number }>();
      timings.set(phase, byText);
      const entry = byText.get(key) ?? { count: 0, ms: 0 };
      entry.count += 1;
      entry.ms += performance.now() - started;
      byText.set(key, entry);
    };
    if (result instanceof Promise) result.then(note, note);
    return result;
  };
}

function printTimings(): void {
  for (const [name, byText] of timings) {
    const all = [...byText.values()].reduce((sum, e) => ({ count: sum.count + e.count, ms: sum.ms + e.ms }), { count: 0, ms: 0 });
    console.log(`statements in ${name}: ${all.count}, ${(all.ms / 1000).toFixed(1)} s`);
    for (const [text, e] of [...byText].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) {
      console.log(
        `  ${(e.ms / 1000).toFixed(2).padStart(6)} s ${String(e.count).padStart(6)}x ${(e.ms / e.count).toFixed(2).padStart(6)} ms  ${text}`,
      );
    }
  }
}

/** Profiles this process's CPU (API and client) until `stopInto` writes the profile to a file. */
async function startProfile(name: string): Promise<{ stopInto(file: string): Promise<void> }> {
  const session = new inspector.Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  return {
    async stopInto(file) {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
      console.log(`CPU profile of ${name} written to ${file}`);
    },
  };
}

/** A `process.cpuUsage` difference in milliseconds (user and system): this process's share, which the other engineers' load inflates far less than the wall time. */
function cpuMs(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1000;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function main(): Promise<void> {
  if (TIME_STATEMENTS) timeStatements();
  const db = await database();
  console.log('seeding ...');
  await seed(db.ownerUrl);
  const config = AppConfig.from({
    NODE_ENV: 'production',
    DATABASE_URL: db.appUrl,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123',
  });
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config), { logger: ['error'] });
  configureApi(app, config);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  const owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();

  const graphql = async <T>(query: string, variables: object, token?: string): Promise<T> => {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const login = async (email: string) =>
    (
      await graphql<{ login: { accessToken: string } }>(
        `
          mutation ($email: String!, $password: String!) {
            login(input: { email: $email, password: $password }) {
              accessToken
            }
          }
        `,
        { email, password: LOGIN_PASSWORD },
      )
    ).login.accessToken;
  const counts = async () => {
    const { rows } = await owner.query<{ leads: string; offered: string; offers: string; notifications: string; jobs: string }>(
      `select (select count(*) from lead where tenant_id = $1) as leads,
              (select count(*) from lead where tenant_id = $1 and stage = 'OFFERED') as offered,
              (select count(*) from offer where tenant_id = $1) as offers,
              (select count(*) from notification where tenant_id = $1) as notifications,
              (select count(*) from pgboss.job) as jobs`,
      [TENANT],
    );
    return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)])) as Record<keyof (typeof rows)[0], number>;
  };
  const delta = (after: Awaited<ReturnType<typeof counts>>, before: Awaited<ReturnType<typeof counts>>) =>
    `${after.leads - before.leads} leads (${after.offered - before.offered} more OFFERED), ${after.offers - before.offers} offers, ` +
    `${after.notifications - before.notifications} notifications, ${after.jobs - before.jobs} jobs`;

  try {
    const admin = await login('admin@nordlicht.example');
    const channel = await login('channel@nordlicht.example');
    await graphql(
      `
        mutation ($input: UpdateRoutingPolicyInput!) {
          updateRoutingPolicy(input: $input) {
            mode
          }
        }
      `,
      { input: { mode: 'AUTOMATIC', rules: RULES } },
      admin,
    );

    // (a) Bulk: BATCH leads a transaction through the services.
    const tenants = app.get(TenantContext);
    const clock = app.get(Clock);
    const events = app.get(LeadEventSink);
    const scorer = app.get(LeadScorer);
    const beforeBulk = await counts();
    phase = 'bulk';
    const bulkProfiler = CPU_PROFILE && CPU_PROFILE_PHASE === 'bulk' ? await startProfile(phase) : null;
    const bulkCpu = process.cpuUsage();
    const bulkStarted = performance.now();
    for (let first = 0; first < BULK_LEADS; first += BATCH) {
      const inputs = Array.from({ length: Math.min(BATCH, BULK_LEADS - first) }, (_, k) => leadInput(first + k));
      await tenants.run(TENANT, (em) => takeInMany(em, clock, TENANT, inputs, { name: 'Intake: bench bulk', scorer, events }));
    }
    const bulkSeconds = (performance.now() - bulkStarted) / 1000;
    const bulkCpuMs = cpuMs(process.cpuUsage(bulkCpu));
    if (bulkProfiler) await bulkProfiler.stopInto(CPU_PROFILE!);
    const afterBulk = await counts();
    console.log(`bulk done: ${delta(afterBulk, beforeBulk)}`);

    // (b) One by one through POST /intake/leads: concurrently, then strictly one after the other.
    const keys: string[] = [];
    for (let k = 0; k < Math.ceil((SINGLE_LEADS + SINGLE_SEQUENTIAL) / POSTS_PER_KEY); k++) {
      const created = await graphql<{ createIntakeKey: { secret: string } }>(
        `
          mutation ($input: CreateIntakeKeyInput!) {
            createIntakeKey(input: $input) {
              secret
            }
          }
        `,
        { input: { name: `Bench key ${k}`, source: 'TRADE_FAIR' } },
        admin,
      );
      keys.push(created.createIntakeKey.secret);
    }
    /** Posts lead i (the i-th of the phase) with the key its fifty share. */
    const post = async (i: number) => {
      const response = await fetch(`${base}/intake/leads`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-intake-key': keys[Math.floor(i / POSTS_PER_KEY)]! },
        body: JSON.stringify(leadBody(BULK_LEADS + i)),
      });
      if (response.status !== 201) throw new Error(`POST /intake/leads: ${response.status} ${await response.text()}`);
    };
    phase = 'one by one';
    const singleCpu = process.cpuUsage();
    const singleStarted = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: SINGLE_CONNECTIONS }, async () => {
        while (next < SINGLE_LEADS) await post(next++);
      }),
    );
    const singleSeconds = (performance.now() - singleStarted) / 1000;
    const singleCpuMs = cpuMs(process.cpuUsage(singleCpu));
    phase = 'one by one, sequential';
    const sequentialStarted = performance.now();
    for (let i = SINGLE_LEADS; i < SINGLE_LEADS + SINGLE_SEQUENTIAL; i++) await post(i);
    const sequentialSeconds = (performance.now() - sequentialStarted) / 1000;
    const afterSingle = await counts();
    console.log(`one by one done: ${delta(afterSingle, afterBulk)}`);

    // (c) candidatePartners over leads of the run.
    const { rows: leadIds } = await owner.query<{ id: string }>(
      `select id from lead where tenant_id = $1 and company_name like 'Bench %' order by random() limit $2`,
      [TENANT, QUERIES],
    );
    const CANDIDATES = `query ($leadId: ID!) { candidatePartners(leadId: $leadId) {
      leadId consentGiven candidates { partner { id name } } excluded { partner { id } } } }`;
    for (const { id } of leadIds.slice(0, 20)) await graphql(CANDIDATES, { leadId: id }, channel); // warm-up
    phase = 'candidatePartners';
    const profiler = CPU_PROFILE && CPU_PROFILE_PHASE === 'candidatePartners' ? await startProfile(phase) : null;
    const queriesCpu = process.cpuUsage();
    const latencies: number[] = [];
    for (let q = 0; q < QUERIES; q++) {
      const started = performance.now();
      await graphql(CANDIDATES, { leadId: leadIds[q % leadIds.length]!.id }, channel);
      latencies.push(performance.now() - started);
    }
    const queriesCpuMs = cpuMs(process.cpuUsage(queriesCpu));
    if (profiler) await profiler.stopInto(CPU_PROFILE!);
    latencies.sort((a, b) => a - b);
    phase = 'after';
    if (TIME_STATEMENTS) printTimings();

    const load = loadavg()
      .map((l) => l.toFixed(2))
      .join(' ');
    console.log('');
    console.log(
      `LeadRelay routing benchmark (${db.embedded ? 'embedded PostgreSQL' : 'given PostgreSQL'}, API in-process; ` +
        `${TENANTS} tenants, ${PARTNERS_PER_TENANT} partners each; load average ${load})`,
    );
    console.log(
      `  bulk       : ${BULK_LEADS} leads in ${bulkSeconds.toFixed(1)} s, ${(BULK_LEADS / bulkSeconds).toFixed(0)} leads/s ` +
        `(${BATCH} a transaction; goal >= 1000/s; ${(bulkCpuMs / BULK_LEADS).toFixed(2)} ms of this process's CPU a lead)`,
    );
    console.log(
      `  one by one : ${SINGLE_LEADS} leads in ${singleSeconds.toFixed(1)} s, ${(SINGLE_LEADS / singleSeconds).toFixed(0)} leads/s ` +
        `(POST /intake/leads, ${SINGLE_CONNECTIONS} in flight; goal >= 200/s; ${(singleCpuMs / SINGLE_LEADS).toFixed(2)} ms CPU a lead)`,
    );
    if (SINGLE_SEQUENTIAL > 0)
      console.log(
        `  sequential : ${SINGLE_SEQUENTIAL} leads in ${sequentialSeconds.toFixed(1)} s, ` +
          `${(SINGLE_SEQUENTIAL / sequentialSeconds).toFixed(0)} leads/s, ${((sequentialSeconds * 1000) / SINGLE_SEQUENTIAL).toFixed(1)} ms a post ` +
          `(POST /intake/leads, one after the other)`,
      );
    console.log(
      `  candidatePartners: ${QUERIES} calls, p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
        `p99 ${percentile(latencies, 99).toFixed(1)} ms (goal p99 < 20 ms; ${(queriesCpuMs / QUERIES).toFixed(2)} ms CPU a call)`,
    );
  } finally {
    await app.close();
    await owner.end();
    const admin = new Client({ connectionString: db.ownerUrl.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    // BENCH_KEEP=1 keeps the database for a look at the plans (drop it by hand afterwards).
    if (!process.env.BENCH_KEEP)
      await admin.query(`drop database if exists "${new URL(db.ownerUrl).pathname.slice(1)}" with (force)`);
    else console.log(`kept ${db.ownerUrl}`);
    await admin.end();
    await db.embedded?.stop();
    if (db.dataDir) rmSync(db.dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
