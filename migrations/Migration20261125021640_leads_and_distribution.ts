import { Migration } from '@mikro-orm/migrations';
import { DEFAULT_REASON_CODES } from '../libs/leads/src/reason-codes/default-reason-codes';

export class Migration20261125021640_leads_and_distribution extends Migration {

  override name = 'Migration20261125021640_leads_and_distribution';

  override up(): void | Promise<void> {
    this.addSql(`create type "reason_code_kind" as enum ('DECLINE', 'RETURN', 'LOST', 'DISQUALIFY');`);
    this.addSql(`create type "reason_follow_up" as enum ('RE_OFFER', 'NURTURE', 'DISCARD');`);
    this.addSql(`create type "lead_source" as enum ('WEB_FORM', 'TRADE_FAIR', 'PURCHASED_LIST', 'CAMPAIGN', 'REFERRAL', 'PARTNER_REGISTERED', 'API', 'OTHER');`);
    this.addSql(`create type "employee_band" as enum ('MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE');`);
    this.addSql(`create type "request_type" as enum ('INQUIRY', 'QUOTE_REQUEST', 'DEMO');`);
    this.addSql(`create type "lead_stage" as enum ('NEW', 'QUALIFIED', 'NURTURING', 'DISQUALIFIED', 'DIRECT', 'OFFERED', 'UNPLACED', 'ACCEPTED', 'IN_PROGRESS', 'RETURNED', 'WON', 'LOST');`);
    this.addSql(`create type "progress_stage" as enum ('CONTACTED', 'MEETING', 'PROPOSAL', 'NEGOTIATION');`);
    this.addSql(`create type "distribution_mode" as enum ('EXCLUSIVE', 'SHARED');`);
    this.addSql(`create type "round_status" as enum ('OPEN', 'ACCEPTED', 'UNPLACED');`);
    this.addSql(`create type "offer_status" as enum ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'CLOSED');`);
    this.addSql(`create type "lead_event_type" as enum ('lead.created', 'lead.updated', 'lead.qualified', 'lead.disqualified', 'lead.routed_direct', 'lead.offered', 'offer.reminded', 'offer.accepted', 'offer.declined', 'offer.expired', 'offer.withdrawn', 'offer.closed', 'lead.unplaced', 'lead.escalated', 'lead.assigned', 'lead.progressed', 'lead.returned', 'lead.won', 'lead.lost', 'lead.nurtured', 'lead.contact_revealed', 'lead.erased');`);
    this.addSql(`create table "reason_code" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "key" varchar(64) not null, "kind" "reason_code_kind" not null, "label_de" varchar(200) not null, "label_en" varchar(200) not null, "comment_required" boolean not null default false, "follow_up" "reason_follow_up" not null, "retired_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "reason_code" add constraint "reason_code_tenant_id_kind_key_unique" unique ("tenant_id", "kind", "key");`);

    this.addSql(`create table "intake_key" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "name" varchar(200) not null, "source" "lead_source" not null, "source_detail" varchar(200) null, "secret_hash" varchar(64) not null, "prefix" varchar(16) not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "created_by_user_id" uuid null, "leads_created" int not null default 0, primary key ("id"));`);
    this.addSql(`alter table "intake_key" add constraint "intake_key_tenant_id_secret_hash_unique" unique ("tenant_id", "secret_hash");`);

    this.addSql(`create table "lead" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "source" "lead_source" not null, "source_detail" varchar(200) null, "company_name" varchar(200) not null, "company_industry" varchar(100) null, "company_employee_band" "employee_band" null, "company_annual_revenue" bigint null, "company_website" varchar(300) null, "company_country" varchar(2) not null, "company_postal_code" varchar(16) null, "company_city" varchar(100) null, "company_street" varchar(200) null, "contact_first_name" varchar(100) null, "contact_last_name" varchar(100) not null, "contact_email" varchar(254) null, "contact_phone" varchar(50) null, "contact_position" varchar(100) null, "contact_decision_maker" boolean not null default false, "interest_product_line" varchar(100) null, "interest_description" text null, "interest_budget" bigint null, "interest_timeframe" varchar(100) null, "interest_request_type" "request_type" not null default 'INQUIRY', "consent_given" boolean not null default false, "consent_given_at" timestamptz null, "consent_wording" text null, "stage" "lead_stage" not null default 'NEW', "score" smallint null, "grade" varchar(1) null, "existing_customer" boolean not null default false, "external_reference" varchar(200) null, "idempotency_key" varchar(200) null, "match_email" varchar(254) null, "match_domain" varchar(253) null, "match_company_name" varchar(200) not null, "holding_partner_id" uuid null, "owner_id" uuid null, "accepted_at" timestamptz null, "progress_stage" "progress_stage" null, "last_progress_at" timestamptz null, "next_step_at" timestamptz null, "won_amount" numeric(14,2) null, "won_currency" varchar(3) null, "won_closed_on" date null, "lost_to_competitor" varchar(200) null, "closed_at" timestamptz null, "pending_follow_up" "reason_follow_up" null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "lead_match_email_index" on "lead" ("match_email");`);
    this.addSql(`create index "lead_match_domain_index" on "lead" ("match_domain");`);
    this.addSql(`create index "lead_match_company_name_index" on "lead" ("match_company_name");`);
    this.addSql(`create index "lead_tenant_id_holding_partner_id_index" on "lead" ("tenant_id", "holding_partner_id");`);
    this.addSql(`create index "lead_tenant_id_stage_created_at_index" on "lead" ("tenant_id", "stage", "created_at");`);
    this.addSql(`alter table "lead" add constraint "lead_tenant_id_idempotency_key_unique" unique ("tenant_id", "idempotency_key");`);
    this.addSql(`alter table "lead" add constraint "lead_tenant_id_external_reference_unique" unique ("tenant_id", "external_reference");`);

    this.addSql(`create table "round" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "lead_id" uuid not null, "mode" "distribution_mode" not null, "status" "round_status" not null default 'OPEN', "opened_by_user_id" uuid null, "closed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "round_lead_id_status_index" on "round" ("lead_id", "status");`);

    this.addSql(`create table "offer" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "round_id" uuid not null, "lead_id" uuid not null, "partner_id" uuid not null, "status" "offer_status" not null default 'PENDING', "offered_at" timestamptz not null, "expires_at" timestamptz not null, "responded_at" timestamptz null, "responded_by_user_id" uuid null, "decline_reason_id" uuid null, "decline_comment" text null, primary key ("id"));`);
    this.addSql(`create index "offer_status_expires_at_index" on "offer" ("status", "expires_at");`);
    this.addSql(`create index "offer_tenant_id_partner_id_status_offered_at_index" on "offer" ("tenant_id", "partner_id", "status", "offered_at");`);

    this.addSql(`create table "lead_event" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "lead_id" uuid not null, "type" "lead_event_type" not null, "occurred_at" timestamptz not null, "position" bigint generated always as identity not null, "actor_user_id" uuid null, "actor_name" varchar(200) not null, "actor_organisation" varchar(200) not null, "partner_id" uuid null, "offer_id" uuid null, "reason_code_id" uuid null, "comment" text null, "data" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "lead_event_lead_id_position_index" on "lead_event" ("lead_id", "position");`);

    this.addSql(`drop policy "tenant_isolation" on "tenant";`);

    this.addSql(`drop policy "partner_of_own_membership" on "partner";`);

    this.addSql(`alter table "tenant" add "stored_settings" jsonb not null default '{}';`);
    this.addSql(`create policy "tenant_isolation" on "tenant" using (id = nullif(current_setting('app.tenant_id', true), '')::uuid or id in (select m.tenant_id from membership m where m.user_id = nullif(current_setting('app.user_id', true), '')::uuid)) with check (id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`create policy "partner_of_own_membership" on "partner" for select using (id in (select m.partner_id from membership m where m.user_id = nullif(current_setting('app.user_id', true), '')::uuid));`);

    this.addSql(`alter table "reason_code" add constraint "reason_code_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "reason_code" enable row level security;`);
    this.addSql(`alter table "reason_code" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "reason_code" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "intake_key" add constraint "intake_key_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "intake_key" enable row level security;`);
    this.addSql(`alter table "intake_key" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "intake_key" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "lead" add constraint "lead_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "lead" add constraint "lead_holding_partner_id_foreign" foreign key ("holding_partner_id") references "partner" ("id") on delete restrict;`);
    this.addSql(`alter table "lead" add constraint "lead_owner_id_foreign" foreign key ("owner_id") references "user_account" ("id") on delete set null;`);
    this.addSql(`alter table "lead" enable row level security;`);
    this.addSql(`alter table "lead" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "lead" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "round" add constraint "round_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "round" add constraint "round_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete cascade;`);
    this.addSql(`alter table "round" enable row level security;`);
    this.addSql(`alter table "round" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "round" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "offer" add constraint "offer_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "offer" add constraint "offer_round_id_foreign" foreign key ("round_id") references "round" ("id") on delete cascade;`);
    this.addSql(`alter table "offer" add constraint "offer_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete cascade;`);
    this.addSql(`alter table "offer" add constraint "offer_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on delete restrict;`);
    this.addSql(`alter table "offer" add constraint "offer_decline_reason_id_foreign" foreign key ("decline_reason_id") references "reason_code" ("id") on delete restrict;`);
    this.addSql(`alter table "offer" enable row level security;`);
    this.addSql(`alter table "offer" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "offer" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "lead_event" add constraint "lead_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_event" add constraint "lead_event_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_event" add constraint "lead_event_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on delete restrict;`);
    this.addSql(`alter table "lead_event" add constraint "lead_event_reason_code_id_foreign" foreign key ("reason_code_id") references "reason_code" ("id") on delete restrict;`);
    this.addSql(`alter table "lead_event" enable row level security;`);
    this.addSql(`alter table "lead_event" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "lead_event" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    // History lines are immutable: the application may add and read them, never change or delete them.
    this.addSql(`revoke update, delete on "lead_event" from leadrelay_app;`);

    // Tenants that exist already get the default reason codes (new ones get them when created).
    const literal = (value: string | boolean) => (typeof value === 'boolean' ? String(value) : `'${value.replaceAll("'", "''")}'`);
    const values = DEFAULT_REASON_CODES.map(
      (c) => `(${[c.key, c.kind, c.labelDe, c.labelEn, c.commentRequired, c.followUp].map(literal).join(', ')})`,
    ).join(',\n');
    this.addSql(`do $$ declare t record; begin
      for t in select id from tenant loop
        perform set_config('app.tenant_id', t.id::text, true);
        insert into reason_code (id, tenant_id, created_at, key, kind, label_de, label_en, comment_required, follow_up)
        select gen_random_uuid(), t.id, now(), d.key, d.kind::reason_code_kind, d.label_de, d.label_en, d.comment_required, d.follow_up::reason_follow_up
          from (values ${values}) as d (key, kind, label_de, label_en, comment_required, follow_up)
        on conflict do nothing;
      end loop;
    end $$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "offer" drop constraint "offer_decline_reason_id_foreign";`);
    this.addSql(`alter table "lead_event" drop constraint "lead_event_reason_code_id_foreign";`);
    this.addSql(`alter table "round" drop constraint "round_lead_id_foreign";`);
    this.addSql(`alter table "offer" drop constraint "offer_lead_id_foreign";`);
    this.addSql(`alter table "lead_event" drop constraint "lead_event_lead_id_foreign";`);
    this.addSql(`alter table "offer" drop constraint "offer_round_id_foreign";`);

    this.addSql(`drop table if exists "reason_code" cascade;`);
    this.addSql(`drop table if exists "intake_key" cascade;`);
    this.addSql(`drop table if exists "lead" cascade;`);
    this.addSql(`drop table if exists "round" cascade;`);
    this.addSql(`drop table if exists "offer" cascade;`);
    this.addSql(`drop table if exists "lead_event" cascade;`);

    this.addSql(`drop policy "partner_of_own_membership" on "partner";`);

    this.addSql(`drop policy "tenant_isolation" on "tenant";`);

    this.addSql(`create policy "partner_of_own_membership" on "partner" for select to public using ((id IN ( SELECT m.partner_id
   FROM membership m
  WHERE (m.user_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid))));`);

    this.addSql(`alter table "tenant" drop column "stored_settings";`);
    this.addSql(`create policy "tenant_isolation" on "tenant" to public using (((id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid) OR (id IN ( SELECT m.tenant_id
   FROM membership m
  WHERE (m.user_id = (NULLIF(current_setting('app.user_id'::text, true), ''::text))::uuid))))) with check ((id = (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid));`);

    this.addSql(`drop type "reason_code_kind";`);
    this.addSql(`drop type "reason_follow_up";`);
    this.addSql(`drop type "lead_source";`);
    this.addSql(`drop type "employee_band";`);
    this.addSql(`drop type "request_type";`);
    this.addSql(`drop type "lead_stage";`);
    this.addSql(`drop type "progress_stage";`);
    this.addSql(`drop type "distribution_mode";`);
    this.addSql(`drop type "round_status";`);
    this.addSql(`drop type "offer_status";`);
    this.addSql(`drop type "lead_event_type";`);
  }

}
