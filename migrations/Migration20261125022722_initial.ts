import { Migration } from '@mikro-orm/migrations';

export class Migration20261125022722_initial extends Migration {

  override name = 'Migration20261125022722_initial';

  override up(): void | Promise<void> {
    // Tables are owned by the role running migrations; the application connects as leadrelay_app,
    // which owns nothing, so row-level security holds for it (see README, "Database roles").
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'leadrelay_app') then
        raise exception 'Create the application role first: CREATE ROLE leadrelay_app LOGIN PASSWORD ''...'' (see README, Database roles)';
      end if;
    end $$;`);
    this.addSql(`create type "locale" as enum ('de', 'en');`);
    this.addSql(`create type "reason_code_kind" as enum ('DECLINE', 'RETURN', 'LOST', 'DISQUALIFY');`);
    this.addSql(`create type "reason_follow_up" as enum ('RE_OFFER', 'NURTURE', 'DISCARD');`);
    this.addSql(`create type "partner_tier" as enum ('GOLD', 'SILVER', 'BRONZE');`);
    this.addSql(`create type "partner_status" as enum ('INVITED', 'ACTIVE', 'PAUSED', 'ENDED');`);
    this.addSql(`create type "notification_kind" as enum ('OFFER_NEW', 'OFFER_REMINDER', 'OFFER_EXPIRED', 'OFFER_ACCEPTED', 'OFFER_DECLINED', 'LEAD_UNPLACED', 'LEAD_RETURNED', 'LEAD_WON', 'LEAD_LOST', 'WORK_REMINDER', 'LEAD_ESCALATED');`);
    this.addSql(`create type "notification_status" as enum ('PENDING', 'SENT', 'FAILED');`);
    this.addSql(`create type "lead_source" as enum ('WEB_FORM', 'TRADE_FAIR', 'PURCHASED_LIST', 'CAMPAIGN', 'REFERRAL', 'PARTNER_REGISTERED', 'API', 'OTHER');`);
    this.addSql(`create type "role" as enum ('VENDOR_ADMIN', 'CHANNEL_MANAGER', 'MARKETING', 'DIRECT_SALES', 'PARTNER_ADMIN', 'PARTNER_SALES');`);
    this.addSql(`create type "employee_band" as enum ('MICRO', 'SMALL', 'MEDIUM', 'LARGE', 'ENTERPRISE');`);
    this.addSql(`create type "request_type" as enum ('INQUIRY', 'QUOTE_REQUEST', 'DEMO');`);
    this.addSql(`create type "lead_stage" as enum ('NEW', 'QUALIFIED', 'NURTURING', 'DISQUALIFIED', 'DIRECT', 'OFFERED', 'UNPLACED', 'ACCEPTED', 'IN_PROGRESS', 'RETURNED', 'WON', 'LOST');`);
    this.addSql(`create type "progress_stage" as enum ('CONTACTED', 'MEETING', 'PROPOSAL', 'NEGOTIATION');`);
    this.addSql(`create type "distribution_mode" as enum ('EXCLUSIVE', 'SHARED');`);
    this.addSql(`create type "round_status" as enum ('OPEN', 'ACCEPTED', 'UNPLACED');`);
    this.addSql(`create type "offer_status" as enum ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN', 'CLOSED');`);
    this.addSql(`create type "lead_event_type" as enum ('lead.created', 'lead.updated', 'lead.qualified', 'lead.disqualified', 'lead.routed_direct', 'lead.offered', 'offer.reminded', 'offer.accepted', 'offer.declined', 'offer.expired', 'offer.withdrawn', 'offer.closed', 'lead.unplaced', 'lead.reminded', 'lead.escalated', 'lead.assigned', 'lead.progressed', 'lead.returned', 'lead.won', 'lead.lost', 'lead.nurtured', 'lead.contact_revealed', 'lead.erased');`);
    this.addSql(`create table "tenant" ("id" uuid not null, "name" varchar(200) not null, "locale" "locale" not null default 'de', "time_zone" varchar(64) not null default 'Europe/Berlin', "stored_settings" jsonb not null default '{}', "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "reason_code" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "key" varchar(64) not null, "kind" "reason_code_kind" not null, "label_de" varchar(200) not null, "label_en" varchar(200) not null, "comment_required" boolean not null default false, "follow_up" "reason_follow_up" not null, "retired_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "reason_code" add constraint "reason_code_tenant_id_kind_key_unique" unique ("tenant_id", "kind", "key");`);

    this.addSql(`create table "partner" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "name" varchar(200) not null, "tier" "partner_tier" not null default 'BRONZE', "status" "partner_status" not null default 'ACTIVE', "city" varchar(200) null, "territories" jsonb not null, "competencies" text[] not null, "capacity" int not null default 20, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "partner" add constraint "partner_tenant_id_name_unique" unique ("tenant_id", "name");`);

    this.addSql(`create table "notification" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "kind" "notification_kind" not null, "user_id" uuid not null, "email" varchar(254) not null, "recipient_name" varchar(200) not null, "locale" "locale" not null, "lead_event_id" uuid null, "data" jsonb not null, "status" "notification_status" not null default 'PENDING', "attempts" int not null default 0, "last_error" text null, "sent_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "notification_tenant_id_status_created_at_index" on "notification" ("tenant_id", "status", "created_at");`);

    this.addSql(`create table "intake_key" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "name" varchar(200) not null, "source" "lead_source" not null, "source_detail" varchar(200) null, "secret_hash" varchar(64) not null, "prefix" varchar(16) not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, "created_by_user_id" uuid null, "leads_created" int not null default 0, primary key ("id"));`);
    this.addSql(`alter table "intake_key" add constraint "intake_key_tenant_id_secret_hash_unique" unique ("tenant_id", "secret_hash");`);

    this.addSql(`create table "user_account" ("id" uuid not null, "email" varchar(254) not null, "name" varchar(200) not null, "password_hash" varchar(200) null, "locale" "locale" null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "user_account" add constraint "user_account_email_unique" unique ("email");`);

    this.addSql(`create table "membership" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "user_id" uuid not null, "role" "role" not null, "partner_id" uuid null, "notification_opt_outs" text[] not null default '{}', primary key ("id"));`);
    this.addSql(`alter table "membership" add constraint "membership_tenant_id_user_id_unique" unique ("tenant_id", "user_id");`);
    this.addSql(`alter table "membership" add constraint "membership_partner_matches_role" check ((role in ('PARTNER_ADMIN', 'PARTNER_SALES')) = (partner_id is not null));`);

    this.addSql(`create table "login_session" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "membership_id" uuid not null, "refresh_token_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);

    this.addSql(`create table "lead" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "source" "lead_source" not null, "source_detail" varchar(200) null, "company_name" varchar(200) not null, "company_industry" varchar(100) null, "company_employee_band" "employee_band" null, "company_annual_revenue" bigint null, "company_website" varchar(300) null, "company_country" varchar(2) not null, "company_postal_code" varchar(16) null, "company_city" varchar(100) null, "company_street" varchar(200) null, "contact_first_name" varchar(100) null, "contact_last_name" varchar(100) not null, "contact_email" varchar(254) null, "contact_phone" varchar(50) null, "contact_position" varchar(100) null, "contact_decision_maker" boolean not null default false, "interest_product_line" varchar(100) null, "interest_description" text null, "interest_budget" bigint null, "interest_timeframe" varchar(100) null, "interest_request_type" "request_type" not null default 'INQUIRY', "consent_given" boolean not null default false, "consent_given_at" timestamptz null, "consent_wording" text null, "stage" "lead_stage" not null default 'NEW', "score" smallint null, "grade" varchar(1) null, "existing_customer" boolean not null default false, "external_reference" varchar(200) null, "idempotency_key" varchar(200) null, "match_email" varchar(254) null, "match_domain" varchar(253) null, "match_company_name" varchar(200) not null, "holding_partner_id" uuid null, "owner_id" uuid null, "accepted_at" timestamptz null, "work_reminder_due_at" timestamptz null, "escalation_due_at" timestamptz null, "work_reminded_at" timestamptz null, "escalated_at" timestamptz null, "progress_stage" "progress_stage" null, "last_progress_at" timestamptz null, "next_step_at" timestamptz null, "won_amount" numeric(14,2) null, "won_currency" varchar(3) null, "won_closed_on" date null, "lost_to_competitor" varchar(200) null, "closed_at" timestamptz null, "pending_follow_up" "reason_follow_up" null, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`create index "lead_match_email_index" on "lead" ("match_email");`);
    this.addSql(`create index "lead_match_domain_index" on "lead" ("match_domain");`);
    this.addSql(`create index "lead_match_company_name_index" on "lead" ("match_company_name");`);
    this.addSql(`create index "lead_tenant_id_holding_partner_id_index" on "lead" ("tenant_id", "holding_partner_id");`);
    this.addSql(`create index "lead_tenant_id_stage_created_at_index" on "lead" ("tenant_id", "stage", "created_at");`);
    this.addSql(`alter table "lead" add constraint "lead_tenant_id_idempotency_key_unique" unique ("tenant_id", "idempotency_key");`);
    this.addSql(`alter table "lead" add constraint "lead_tenant_id_external_reference_unique" unique ("tenant_id", "external_reference");`);

    this.addSql(`create table "round" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "lead_id" uuid not null, "mode" "distribution_mode" not null, "status" "round_status" not null default 'OPEN', "opened_by_user_id" uuid null, "closed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "round_lead_id_status_index" on "round" ("lead_id", "status");`);

    this.addSql(`create table "offer" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "round_id" uuid not null, "lead_id" uuid not null, "partner_id" uuid not null, "status" "offer_status" not null default 'PENDING', "offered_at" timestamptz not null, "expires_at" timestamptz not null, "remind_halfway_at" timestamptz null, "remind_before_end_at" timestamptz null, "halfway_reminded_at" timestamptz null, "before_end_reminded_at" timestamptz null, "responded_at" timestamptz null, "responded_by_user_id" uuid null, "decline_reason_id" uuid null, "decline_comment" text null, primary key ("id"));`);
    this.addSql(`create index "offer_status_expires_at_index" on "offer" ("status", "expires_at");`);
    this.addSql(`create index "offer_tenant_id_partner_id_status_offered_at_index" on "offer" ("tenant_id", "partner_id", "status", "offered_at");`);

    this.addSql(`create table "lead_event" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "lead_id" uuid not null, "type" "lead_event_type" not null, "occurred_at" timestamptz not null, "position" bigserial, "actor_user_id" uuid null, "actor_name" varchar(200) not null, "actor_organisation" varchar(200) not null, "partner_id" uuid null, "offer_id" uuid null, "reason_code_id" uuid null, "comment" text null, "data" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "lead_event_lead_id_position_index" on "lead_event" ("lead_id", "position");`);

    this.addSql(`alter table "reason_code" add constraint "reason_code_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);

    this.addSql(`alter table "partner" add constraint "partner_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);

    this.addSql(`alter table "intake_key" add constraint "intake_key_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);

    this.addSql(`alter table "membership" add constraint "membership_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on delete restrict;`);

    this.addSql(`alter table "login_session" add constraint "login_session_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "login_session" add constraint "login_session_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on delete cascade;`);

    this.addSql(`alter table "lead" add constraint "lead_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "lead" add constraint "lead_holding_partner_id_foreign" foreign key ("holding_partner_id") references "partner" ("id") on delete restrict;`);
    this.addSql(`alter table "lead" add constraint "lead_owner_id_foreign" foreign key ("owner_id") references "user_account" ("id") on delete set null;`);

    this.addSql(`alter table "round" add constraint "round_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "round" add constraint "round_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete cascade;`);

    this.addSql(`alter table "offer" add constraint "offer_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "offer" add constraint "offer_round_id_foreign" foreign key ("round_id") references "round" ("id") on delete cascade;`);
    this.addSql(`alter table "offer" add constraint "offer_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete cascade;`);
    this.addSql(`alter table "offer" add constraint "offer_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on delete restrict;`);
    this.addSql(`alter table "offer" add constraint "offer_decline_reason_id_foreign" foreign key ("decline_reason_id") references "reason_code" ("id") on delete restrict;`);

    this.addSql(`alter table "lead_event" add constraint "lead_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_event" add constraint "lead_event_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete cascade;`);
    this.addSql(`alter table "lead_event" add constraint "lead_event_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on delete restrict;`);
    this.addSql(`alter table "lead_event" add constraint "lead_event_reason_code_id_foreign" foreign key ("reason_code_id") references "reason_code" ("id") on delete restrict;`);

    // Before a tenant is chosen (login, `me`), a user may see its own memberships' tenants and partners.
    this.addSql(`create function app_member_tenant_ids() returns uuid[] language sql stable as $$
      select coalesce(array_agg(m.tenant_id), '{}') from membership m
       where m.user_id = nullif(current_setting('app.user_id', true), '')::uuid $$;`);
    this.addSql(`create function app_member_partner_ids() returns uuid[] language sql stable as $$
      select coalesce(array_agg(m.partner_id) filter (where m.partner_id is not null), '{}') from membership m
       where m.user_id = nullif(current_setting('app.user_id', true), '')::uuid $$;`);

    this.addSql(`alter table "tenant" enable row level security;`);
    this.addSql(`alter table "tenant" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "tenant" using (id = nullif(current_setting('app.tenant_id', true), '')::uuid or id = any (app_member_tenant_ids())) with check (id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`alter table "reason_code" enable row level security;`);
    this.addSql(`alter table "reason_code" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "reason_code" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`alter table "partner" enable row level security;`);
    this.addSql(`alter table "partner" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "partner" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`create policy "partner_of_own_membership" on "partner" for select using (id = any (app_member_partner_ids()));`);
    this.addSql(`alter table "notification" enable row level security;`);
    this.addSql(`alter table "notification" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "notification" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`alter table "intake_key" enable row level security;`);
    this.addSql(`alter table "intake_key" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "intake_key" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`alter table "membership" enable row level security;`);
    this.addSql(`alter table "membership" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "membership" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`create policy "membership_own_rows" on "membership" for select using (user_id = nullif(current_setting('app.user_id', true), '')::uuid);`);
    this.addSql(`alter table "login_session" enable row level security;`);
    this.addSql(`alter table "login_session" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "login_session" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`alter table "lead" enable row level security;`);
    this.addSql(`alter table "lead" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "lead" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`alter table "round" enable row level security;`);
    this.addSql(`alter table "round" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "round" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`alter table "offer" enable row level security;`);
    this.addSql(`alter table "offer" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "offer" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`alter table "lead_event" enable row level security;`);
    this.addSql(`alter table "lead_event" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "lead_event" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    // rate-limiter-flexible's table (login throttling, intake rate limits), created here so that the
    // application role needs no CREATE privilege.
    this.addSql(`create table "rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);

    this.addSql(`grant usage on schema public to leadrelay_app;`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to leadrelay_app;`);
    this.addSql(`grant usage, select on all sequences in schema public to leadrelay_app;`);
    this.addSql(`alter default privileges in schema public grant select, insert, update, delete on tables to leadrelay_app;`);
    this.addSql(`alter default privileges in schema public grant usage, select on sequences to leadrelay_app;`);
    // History lines are immutable: the application may add and read them, never change or delete them.
    this.addSql(`revoke update, delete on "lead_event" from leadrelay_app;`);
  }

}
