// `npm run bench:api`: the read path under load (issue 9). Needs `npm run bench:seed` and `npm run build`.
// Starts the BUILT API (NODE_ENV=production, the application role, row-level security, pool 10)
// and the bare `node:http` + `pg` baseline (baseline-server.ts) on 127.0.0.1, and runs autocannon
// against them, the inbox of both alternately, so that the ratio holds on a machine others share.
// Prints requests/s, p50/p99, transactions and SQL statements per request, and the ratios.
// BENCH_SECONDS (default 10) per run. BENCH_API_MAIN: another build's dist/apps/api/src/main.js (a
// copy of an earlier commit's dist, beside a node_modules), to compare before and after back to back.
// BENCH_ONLY=accept: only the accept phase (after the inbox's warm-up), to compare accepts quickly.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { DEMO_IDS } from '@leadrelay/demo';
import { SESSION_CACHE_MS } from '@leadrelay/identity';
import { BENCH_APP_URL, BENCH_LOGIN_PASSWORD, BENCH_OWNER_URL } from './bench-database';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROOT = join(__dirname, '..', '..');
const API_PORT = 3911;
const PROBE_PORT = 3912;
const BASELINE_PORT = 3913;

const INBOX = `query ($first: Int!) { offers(first: $first, filter: { status: [PENDING] }) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id status offeredAt expiresAt partner { name }
    teaser { companySize industry country postalArea city productLine requestType timeframe budget score grade cell source } } } }`;
const LEADS = `query ($first: Int!, $filter: LeadFilter, $orderBy: LeadOrder!) { leads(first: $first, filter: $filter, orderBy: $orderBy) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes { id stage source createdAt score grade company { name city } contact { firstName lastName email } holdingPartner { name } } } }`;
const LEAD = `query ($id: ID!) { lead(id: $id) { id stage company { name city } contact { lastName email }
  events { type occurredAt actorName actorOrganisation } } }`;
const ACCEPT = `mutation ($id: ID!) { acceptOffer(id: $id) { id status } }`;

interface Figures {
  label: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function start(script: string[], port: number, env: Record<string, string>, output?: string[]): ChildProcess {
  const child = spawn(process.execPath, script, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: 'pipe',
  });
  child.stdout!.on('data', (chunk: Buffer) => output?.push(...chunk.toString().split('\n')));
  child.stderr!.on('data', (chunk: Buffer) => process.stderr.write(chunk));
  return child;
}

async function until(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      await fetch(url);
      return;
    } catch {
      await sleep(100);
    }
  }
  throw new Error(`${url} did not answer`);
}

function api(env: Record<string, string> = {}, port = API_PORT, output?: string[]): ChildProcess {
  return start(
    [process.env.BENCH_API_MAIN ?? join('dist', 'apps', 'api', 'src', 'main.js')],
    port,
    { NODE_ENV: 'production', DATABASE_URL: BENCH_APP_URL, JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0123', ...env },
    output,
  );
}

async function graphql(port: number, query: string, variables: object, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

async function login(port: number, email: string): Promise<string> {
  const data = await graphql(
    port,
    `
      mutation ($email: String!, $password: String!) {
        login(input: { email: $email, password: $password }) {
          accessToken
        }
      }
    `,
    {
      email,
      password: BENCH_LOGIN_PASSWORD,
    },
  );
  return (data.login as { accessToken: string }).accessToken;
}

function body(query: string, variables: object): string {
  return JSON.stringify({ query, variables });
}

async function load(label: string, options: autocannon.Options): Promise<Figures> {
  const result = await autocannon({ duration: SECONDS, ...options });
  const figures = {
    label,
    connections: options.connections ?? 10,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
  console.log(
    `${label.padEnd(44)} ${String(figures.connections).padStart(3)} conn  ${figures.rps.toFixed(0).padStart(5)} req/s  ` +
      `p50 ${String(figures.p50).padStart(5)} ms  p99 ${String(figures.p99).padStart(5)} ms${figures.errors ? `  ${figures.errors} errors` : ''}`,
  );
  return figures;
}

function graphqlLoad(label: string, token: string, query: string, variables: object, connections = 10): Promise<Figures> {
  return load(label, {
    url: `http://127.0.0.1:${API_PORT}/graphql`,
    connections,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body(query, variables),
  });
}

function baselineLoad(connections: number): Promise<Figures> {
  return load('bare node:http + pg, the inbox SQL', {
    url: `http://127.0.0.1:${BASELINE_PORT}/?tenant=${DEMO_IDS.nordlicht}&partner=${DEMO_IDS.hansa}&first=25`,
    connections,
  });
}

const LEAD_VARIANTS: [string, object][] = [
  ['leads NEWEST', { orderBy: 'NEWEST' }],
  ['leads OLDEST', { orderBy: 'OLDEST' }],
  ['leads RECENTLY_UPDATED', { orderBy: 'RECENTLY_UPDATED' }],
  ['leads SCORE', { orderBy: 'SCORE' }],
  ['leads stages [QUALIFIED] NEWEST', { orderBy: 'NEWEST', filter: { stages: ['QUALIFIED'] } }],
  ['leads sources [TRADE_FAIR] SCORE', { orderBy: 'SCORE', filter: { sources: ['TRADE_FAIR'] } }],
  ['leads partnerId (Hansa) NEWEST', { orderBy: 'NEWEST', filter: { partnerId: DEMO_IDS.hansa } }],
  ['leads search "Firma 4711"', { orderBy: 'NEWEST', filter: { search: 'Firma 4711' } }],
  ['leads search contact "kontakt9876@"', { orderBy: 'NEWEST', filter: { search: 'kontakt9876@' } }],
];

/** Transactions and statements per request, read off a probe API that logs its SQL (LOG_SQL=true). */
async function statementsPerRequest(): Promise<void> {
  const output: string[] = [];
  const probe = api({ LOG_SQL: 'true' }, PROBE_PORT, output);
  try {
    await until(`http://127.0.0.1:${PROBE_PORT}/graphql`);
    const partner = await login(PROBE_PORT, 'sales@hansa.example');
    const vendor = await login(PROBE_PORT, 'channel@nordlicht.example');
    const leadId = await someLeadId();
    const probes: [string, string, string, object][] = [
      ['offers(first: 25) inbox', partner, INBOX, { first: 25 }],
      ['offers(first: 5) inbox', partner, INBOX, { first: 5 }],
      ['leads(first: 25) NEWEST', vendor, LEADS, { first: 25, orderBy: 'NEWEST' }],
      ['leads(first: 50) NEWEST', vendor, LEADS, { first: 50, orderBy: 'NEWEST' }],
      ['lead(id) with history', vendor, LEAD, { id: leadId }],
    ];
    for (const [label, token, query, variables] of probes) {
      // Warm, with the session freshly checked (an entry cached earlier may expire in the middle), so
      // that the counted request meets a cached session: the steady state.
      await sleep(SESSION_CACHE_MS + 100);
      await graphql(PROBE_PORT, query, variables, token);
      await sleep(200);
      output.length = 0;
      await graphql(PROBE_PORT, query, variables, token);
      await sleep(200);
      // eslint-disable-next-line no-control-regex
      const statements = output.map((line) => line.replace(/\u001b\[[0-9;]*m/g, '')).filter((line) => /\[query\]/.test(line));
      const transactions = statements.filter((line) => /begin/i.test(line)).length;
      console.log(`${label.padEnd(44)} ${transactions} transaction(s), ${statements.length} SQL statements per request`);
    }
  } finally {
    probe.kill();
  }
}

async function someLeadId(): Promise<string> {
  const owner = new Client({ connectionString: BENCH_OWNER_URL });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ id: string }>(
      `select lead_id as id from offer where tenant_id = $1 order by offered_at desc limit 1`,
      [DEMO_IDS.nordlicht],
    );
    return rows[0]!.id;
  } finally {
    await owner.end();
  }
}

/** Pending offers of Nordlicht's bench partners (not the demo ones), with their admins' e-mails. */
async function pendingOffersToAccept(limit: number): Promise<{ id: string; email: string }[]> {
  const owner = new Client({ connectionString: BENCH_OWNER_URL });
  await owner.connect();
  try {
    const { rows } = await owner.query<{ id: string; email: string }>(
      `select o.id, u.email from offer o join membership m on m.partner_id = o.partner_id join user_account u on u.id = m.user_id
        where o.tenant_id = $1 and o.status = 'PENDING' and u.email like 'partner-%@bench.example'
        order by o.partner_id, o.offered_at limit $2`,
      [DEMO_IDS.nordlicht, limit],
    );
    return rows;
  } finally {
    await owner.end();
  }
}

async function main(): Promise<void> {
  console.log(`bench:api: ${SECONDS} s a run, on ${new URL(BENCH_OWNER_URL).host}/${new URL(BENCH_OWNER_URL).pathname.slice(1)}`);
  const onlyAccept = process.env.BENCH_ONLY === 'accept';
  if (!onlyAccept) await statementsPerRequest();
  const server = api();
  const baseline = start(['-r', '@swc-node/register', join('test', 'bench', 'baseline-server.ts')], BASELINE_PORT, {
    BENCH_APP_URL,
  });
  try {
    await until(`http://127.0.0.1:${API_PORT}/graphql`);
    await until(`http://127.0.0.1:${BASELINE_PORT}/stats`);
    const partner = await login(API_PORT, 'sales@hansa.example');
    const vendor = await login(API_PORT, 'channel@nordlicht.example');
    // Warm both up, then alternate: LeadRelay, baseline, LeadRelay, baseline.
    await graphqlLoad('warm-up', partner, INBOX, { first: 25 });
    if (onlyAccept) return await acceptWhileInboxRuns(partner);
    await baselineLoad(10);
    const ratios: string[] = [];
    for (const connections of [10, 50]) {
      const ours: Figures[] = [];
      const bare: Figures[] = [];
      for (let round = 0; round < 2; round++) {
        ours.push(await graphqlLoad('LeadRelay offers(first: 25) inbox', partner, INBOX, { first: 25 }, connections));
        bare.push(await baselineLoad(connections));
      }
      const sum = (list: Figures[]) => list.reduce((total, f) => total + f.rps, 0);
      ratios.push(`inbox at ${connections} connections: LeadRelay / bare pg = ${(sum(ours) / sum(bare)).toFixed(2)}`);
    }
    for (const [label, variables] of LEAD_VARIANTS) {
      await graphqlLoad(label, vendor, LEADS, { first: 25, ...variables });
    }
    await graphqlLoad('lead(id) with history', vendor, LEAD, { id: await someLeadId() });
    await acceptWhileInboxRuns(partner);
    console.log(ratios.join('\n'));
  } finally {
    server.kill();
    baseline.kill();
  }
}

/** Accepts, one at a time from 5 partners, while the inbox runs at 10 connections: accept latency. */
async function acceptWhileInboxRuns(partnerToken: string): Promise<void> {
  const offers = await pendingOffersToAccept(2000);
  const emails = [...new Set(offers.map((o) => o.email))].slice(0, 5);
  const tokens = new Map<string, string>();
  for (const email of emails) tokens.set(email, await login(API_PORT, email));
  const queue = offers.filter((o) => tokens.has(o.email));
  if (queue.length < 50) {
    console.log(`accept: only ${queue.length} pending offers of bench partners left: run npm run bench:seed again`);
    return;
  }
  const inbox = graphqlLoad('inbox while accepting', partnerToken, INBOX, { first: 25 });
  let next = 0;
  const accepts = load('acceptOffer while the inbox runs', {
    url: `http://127.0.0.1:${API_PORT}/graphql`,
    connections: 2,
    amount: Math.min(queue.length, 400),
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const offer = queue[next++ % queue.length]!;
          return {
            ...request,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.get(offer.email)!}` },
            body: body(ACCEPT, { id: offer.id }),
          };
        },
      },
    ],
  });
  await Promise.all([inbox, accepts]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
