// `npm run bench:seed`: the data set of the read benchmarks (issue 9), in set-based SQL.
// 50 tenants (the two demo vendors and 48 more), 10,000 partners (200 a tenant), 1,000,000 leads
// (100,000 in the demo vendor Nordlicht), 1,000,000 offers (about 100 a partner, 30 of them
// pending; Hansa Haustechnik's inbox is the demo partner's), a round per offer and 3 history lines
// a lead. BENCH_SCALE (default 1) scales the leads, offers and history lines of the 49 tenants
// that are not Nordlicht, e.g. 0.1 for a tenth: Nordlicht, which the benchmarks read, stays whole.
// Into BENCH_DATABASE_URL (see bench-database.ts), dropped and made afresh; the demo logins work.
import 'reflect-metadata';
import { availableParallelism } from 'node:os';
import { Client } from 'pg';
import * as argon2 from 'argon2';
import { MikroORM } from '@mikro-orm/postgresql';
import { ensureDatabase, migrate, ormOptions, provisionAppRole } from '@leadrelay/core';
import { DEMO_IDS, loadDemoData } from '@leadrelay/demo';
import { MIGRATION_SET } from '../../migrations';
import { ENTITIES } from '../../mikro-orm.config';
import { BENCH_APP_PASSWORD, BENCH_LOGIN_PASSWORD, BENCH_OWNER_URL } from './bench-database';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const TENANTS = 50;
const PARTNERS_PER_TENANT = 200;
const NORDLICHT_LEADS = 100_000;
const OTHER_LEADS = Math.round((900_000 * SCALE) / (TENANTS - 1));
/** About 100 offers a partner (at scale 1 in every tenant; Nordlicht's always). */
const OFFERS_PER_TENANT = PARTNERS_PER_TENANT * 100;
const OTHER_OFFERS = Math.round(OFFERS_PER_TENANT * SCALE);

async function step(client: Client, label: string, sql: string, values: unknown[] = []): Promise<void> {
  const started = Date.now();
  const result = await client.query(sql, values);
  console.log(
    `${label.padEnd(34)} ${String(result.rowCount ?? '').padStart(9)} rows  ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

async function recreateDatabase(): Promise<void> {
  const url = new URL(BENCH_OWNER_URL);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name.replaceAll('"', '""')}" with (force)`);
  } finally {
    await admin.end();
  }
  await ensureDatabase(BENCH_OWNER_URL);
}

async function main(): Promise<void> {
  const started = Date.now();
  await recreateDatabase();
  await provisionAppRole(BENCH_OWNER_URL, BENCH_APP_PASSWORD);
  await migrate(BENCH_OWNER_URL, MIGRATION_SET);
  const orm = await MikroORM.init(ormOptions({ clientUrl: BENCH_OWNER_URL, entities: ENTITIES, poolMax: 1 }));
  await loadDemoData(orm.em.fork());
  await orm.close();

  const client = await session();
  try {
    await client.query(
      `insert into bench_tenant select 0, $1::uuid, $3::int, $5::int union all select 1, $2::uuid, $4::int, $6::int
         union all select i, pg_temp.bench_id('tenant-' || i), $4::int, $6::int from generate_series(2, ${TENANTS - 1}) i`,
      [DEMO_IDS.nordlicht, DEMO_IDS.acme, NORDLICHT_LEADS, OTHER_LEADS, OFFERS_PER_TENANT, OTHER_OFFERS],
    );
    await step(
      client,
      'tenants',
      `insert into tenant (id, name, locale, time_zone, created_at)
       select id, 'Bench Vendor ' || idx, 'de', 'Europe/Berlin', now() from bench_tenant where idx >= 2`,
    );
    // Partners: the demo ones first, then as many more as make 200 a tenant.
    await step(
      client,
      'partners',
      `insert into partner (id, tenant_id, created_at, updated_at, name, tier, status, city, territories, competencies, capacity)
       select pg_temp.bench_id('partner-' || t.idx || '-' || p), t.id, now(), now(), 'Bench Partner ' || t.idx || '-' || p,
              (array['GOLD','SILVER','BRONZE'])[1 + p % 3]::partner_tier, 'ACTIVE', 'Stadt ' || p,
              jsonb_build_array(jsonb_build_object('country', 'DE', 'postalCodePrefixes', jsonb_build_array(lpad((p % 99 + 1)::text, 2, '0')))),
              array['Wärmepumpen'], 20
         from bench_tenant t
         cross join generate_series(1, ${PARTNERS_PER_TENANT}) p
        where p > (select count(*) from partner x where x.tenant_id = t.id)`,
    );
    await benchPartners(client);
    // Each tenant's leads, rounds, offers and history lines, the tenants shared among as many
    // sessions as the machine has cores: one INSERT ... SELECT uses one core.
    const { rows: tenants } = await client.query<BenchTenant>(`select idx, id, leads, offers from bench_tenant`);
    await Promise.all(shares(tenants, availableParallelism()).map((share, n) => seedLeads(share, n)));
    // A login for each of Nordlicht's other partners (its admin), for the accepts of bench:api.
    await step(
      client,
      'partner logins',
      `with users as (
         insert into user_account (id, email, name, password_hash, created_at)
         select pg_temp.bench_id('user-' || p.idx), 'partner-' || p.idx || '@bench.example', 'Bench Admin ' || p.idx, $2, now()
           from bench_partner p where p.tenant_id = $1::uuid and p.id not in ($3::uuid, $4::uuid, $5::uuid)
         returning id, email)
       insert into membership (id, tenant_id, created_at, user_id, role, partner_id)
       select gen_random_uuid(), $1::uuid, now(), u.id, 'PARTNER_ADMIN', p.id
         from users u join bench_partner p on p.tenant_id = $1::uuid and 'partner-' || p.idx || '@bench.example' = u.email`,
      [DEMO_IDS.nordlicht, await argon2.hash(BENCH_LOGIN_PASSWORD), DEMO_IDS.hansa, DEMO_IDS.isar, DEMO_IDS.rhein],
    );
    // Vacuumed as autovacuum keeps a database that has run a while: the visibility map lets counts be index-only.
    await step(client, 'vacuum analyze', `vacuum analyze`);
    const { rows } = await client.query<{ pending: number; offers: number }>(
      `select count(*) filter (where status = 'PENDING')::int as pending, count(*)::int as offers from offer where partner_id = $1`,
      [DEMO_IDS.hansa],
    );
    console.log(`Hansa Haustechnik (sales@hansa.example): ${rows[0]!.offers} offers, ${rows[0]!.pending} pending`);
  } finally {
    await client.end();
  }
  console.log(
    `bench:seed (scale ${SCALE}) into ${new URL(BENCH_OWNER_URL).pathname.slice(1)}: ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
}

interface BenchTenant {
  idx: number;
  id: string;
  leads: number;
  offers: number;
}

/** One session of the seed: the id function and the tenants' sizes, as temporary objects. */
async function session(): Promise<Client> {
  const client = new Client({ connectionString: BENCH_OWNER_URL });
  await client.connect();
  await client.query(`set synchronous_commit = off; set work_mem = '64MB'; set maintenance_work_mem = '256MB'`);
  // Fixed ids from a name, shaped as version-4 UUIDs (the API accepts no other).
  await client.query(`create function pg_temp.bench_id(name text) returns uuid language sql immutable as
    $$ select overlay(overlay(md5(name) placing '4' from 13) placing '8' from 17)::uuid $$`);
  await client.query(
    `create temporary table bench_tenant (idx int primary key, id uuid not null, leads int not null, offers int not null)`,
  );
  return client;
}

/** Each tenant's partners by their place in it (0 to 199): offer k goes to partner k % 200. */
async function benchPartners(client: Client): Promise<void> {
  await client.query(`create temporary table bench_partner as
    select tenant_id, (row_number() over (partition by tenant_id order by created_at, id) - 1)::int as idx, id from partner`);
  await client.query(`create index on bench_partner (tenant_id, idx)`);
}

/** Tenants shared into `count` groups of about as many leads (the largest first, each to the lightest group). */
function shares<T extends { leads: number }>(tenants: T[], count: number): T[][] {
  const groups = Array.from({ length: Math.max(1, count) }, () => ({ leads: 0, tenants: [] as T[] }));
  for (const tenant of [...tenants].sort((a, b) => b.leads - a.leads)) {
    const lightest = groups.reduce((min, group) => (group.leads < min.leads ? group : min));
    lightest.tenants.push(tenant);
    lightest.leads += tenant.leads;
  }
  return groups.map((group) => group.tenants).filter((group) => group.length > 0);
}

/** The leads, rounds, offers and history lines of some tenants, in a session of their own. */
async function seedLeads(tenants: BenchTenant[], n: number): Promise<void> {
  const client = await session();
  try {
    // Triggers off in this session (a superuser's right): no foreign-key check per row (the rows
    // reference what this script wrote, by construction), and no search row per lead: those are
    // written below in one statement, as the lead_search migration writes them.
    await client.query(`set session_replication_role = replica`);
    await client.query(`insert into bench_tenant select * from unnest($1::int[], $2::uuid[], $3::int[], $4::int[])`, [
      tenants.map((t) => t.idx),
      tenants.map((t) => t.id),
      tenants.map((t) => t.leads),
      tenants.map((t) => t.offers),
    ]);
    await benchPartners(client);
    // Offer k of a tenant goes to partner k % 200 and is about lead k (or k modulo the tenant's
    // leads): status by k / 200, so that each partner has 30 pending offers in 100.
    const offerStatus = (k: string) =>
      `(array['PENDING','PENDING','PENDING','ACCEPTED','ACCEPTED','ACCEPTED','DECLINED','DECLINED','EXPIRED','EXPIRED'])[1 + (${k} / ${PARTNERS_PER_TENANT}) % 10]`;
    await step(
      client,
      `leads (${n + 1})`,
      `insert into lead (id, tenant_id, created_at, updated_at, source, company_name, company_industry, company_employee_band,
                         company_country, company_postal_code, company_city, company_street, company_website,
                         contact_first_name, contact_last_name, contact_email, contact_phone, contact_position,
                         interest_product_line, interest_budget, interest_timeframe, interest_request_type,
                         consent_given, stage, score, grade, scoring_cell, match_email, match_domain, match_company_name,
                         holding_partner_id)
       select pg_temp.bench_id('lead-' || t.idx || '-' || n), t.id,
              now() - make_interval(secs => n * 37 + t.idx), now() - make_interval(secs => n * 11),
              (array['WEB_FORM','TRADE_FAIR','CAMPAIGN','REFERRAL','API'])[1 + n % 5],
              'Firma ' || n || ' ' || (array['Wärme','Solar','Haustechnik','Energie','Bau'])[1 + n % 5] || ' GmbH',
              (array['Handwerk','Industrie','Handel'])[1 + n % 3], (array['MICRO','SMALL','MEDIUM','LARGE','ENTERPRISE'])[1 + n % 5]::employee_band,
              'DE', lpad((n % 99999)::text, 5, '0'), 'Stadt ' || (n % 500), 'Straße ' || n, 'firma' || n || '.example',
              (array['Anna','Ben','Clara','David','Eva'])[1 + n % 5], 'Kontakt' || n, 'kontakt' || n || '@firma' || n || '.example',
              '+49 40 ' || n, 'Leitung', 'Wärmepumpen', 10000 + n % 50000, 'Q' || (1 + n % 4), 'QUOTE_REQUEST',
              true,
              (case when n < t.offers
                    then (case ${offerStatus('n')} when 'PENDING' then 'OFFERED' when 'ACCEPTED' then 'ACCEPTED' else 'UNPLACED' end)
                    else (array['NEW','QUALIFIED','NURTURING','WON','LOST'])[1 + n % 5] end),
              n % 101, (array['A','B','C','D'])[1 + n % 4], (array['A','B','C','D'])[1 + n % 4] || (1 + n % 3),
              'kontakt' || n || '@firma' || n || '.example', 'firma' || n || '.example', 'firma ' || n,
              case when n < t.offers and ${offerStatus('n')} = 'ACCEPTED' then p.id end
         from bench_tenant t
         cross join generate_series(0, t.leads - 1) n
         left join bench_partner p on p.tenant_id = t.id and p.idx = n % ${PARTNERS_PER_TENANT}`,
    );
    await step(
      client,
      `search rows (${n + 1})`,
      `insert into lead_search (lead_id, tenant_id, company_name, contact_first_name, contact_last_name, contact_email)
       select id, tenant_id, company_name, contact_first_name, contact_last_name, contact_email
         from lead where tenant_id in (select id from bench_tenant)
       on conflict (lead_id) do nothing`,
    );
    await step(
      client,
      `rounds (${n + 1})`,
      `insert into round (id, tenant_id, created_at, lead_id, mode, status, closed_at)
       select pg_temp.bench_id('round-' || t.idx || '-' || k), t.id, now() - make_interval(secs => k * 37),
              pg_temp.bench_id('lead-' || t.idx || '-' || (k % t.leads)), 'EXCLUSIVE',
              (case ${offerStatus('k')} when 'PENDING' then 'OPEN' when 'ACCEPTED' then 'ACCEPTED' else 'UNPLACED' end)::round_status,
              case when ${offerStatus('k')} <> 'PENDING' then now() - make_interval(secs => k * 37) end
         from bench_tenant t cross join generate_series(0, t.offers - 1) k`,
    );
    await step(
      client,
      `offers (${n + 1})`,
      `insert into offer (id, tenant_id, created_at, round_id, lead_id, partner_id, status, offered_at, expires_at, responded_at)
       select pg_temp.bench_id('offer-' || t.idx || '-' || k), t.id, now() - make_interval(secs => k * 37),
              pg_temp.bench_id('round-' || t.idx || '-' || k), pg_temp.bench_id('lead-' || t.idx || '-' || (k % t.leads)), p.id,
              ${offerStatus('k')}::offer_status, now() - make_interval(secs => k * 37),
              case when ${offerStatus('k')} = 'PENDING' then now() + interval '30 days' else now() - make_interval(secs => k * 37) + interval '8 hours' end,
              case when ${offerStatus('k')} in ('ACCEPTED', 'DECLINED') then now() - make_interval(secs => k * 37) + interval '1 hour' end
         from bench_tenant t
         cross join generate_series(0, t.offers - 1) k
         join bench_partner p on p.tenant_id = t.id and p.idx = k % ${PARTNERS_PER_TENANT}`,
    );
    // Three lines a lead: created, qualified, and offered (naming the partner) or scored.
    await step(
      client,
      `history lines (${n + 1})`,
      `insert into lead_event (id, tenant_id, created_at, lead_id, type, occurred_at, actor_name, actor_organisation, partner_id, data)
       select gen_random_uuid(), t.id, now(), pg_temp.bench_id('lead-' || t.idx || '-' || n),
              (array['lead.created','lead.qualified','lead.offered'])[line]::lead_event_type,
              now() - make_interval(secs => n * 37 - line), 'Bench', 'Bench Vendor',
              case when line = 3 and n < t.offers then p.id end, '{}'::jsonb
         from bench_tenant t
         cross join generate_series(0, t.leads - 1) n
         cross join generate_series(1, 3) line
         left join bench_partner p on p.tenant_id = t.id and p.idx = n % ${PARTNERS_PER_TENANT}`,
    );
    // The partners' load, which the triggers (off here) keep: counted as the partner_load migration counts it.
    await step(
      client,
      `partner load (${n + 1})`,
      `insert into partner_load (partner_id, tenant_id, open_leads, pending_offers)
       select p.id, p.tenant_id,
              (select count(*) from lead l where l.tenant_id = p.tenant_id and l.holding_partner_id = p.id and l.stage in ('ACCEPTED', 'IN_PROGRESS')),
              (select count(*) from offer o where o.tenant_id = p.tenant_id and o.partner_id = p.id and o.status = 'PENDING')
         from partner p where p.tenant_id in (select id from bench_tenant)
       on conflict (partner_id) do update set open_leads = excluded.open_leads, pending_offers = excluded.pending_offers`,
    );
  } finally {
    await client.end();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
