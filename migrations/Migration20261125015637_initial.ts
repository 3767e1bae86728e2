import { Migration } from '@mikro-orm/migrations';

export class Migration20261125015637_initial extends Migration {

  override name = 'Migration20261125015637_initial';

  override up(): void | Promise<void> {
    // Tables are owned by the role running migrations; the application connects as leadrelay_app,
    // which owns nothing, so row-level security holds for it (see README, "Database roles").
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'leadrelay_app') then
        raise exception 'Create the application role first: CREATE ROLE leadrelay_app LOGIN PASSWORD ''...'' (see README, Database roles)';
      end if;
    end $$;`);
    this.addSql(`create type "locale" as enum ('de', 'en');`);
    this.addSql(`create type "partner_tier" as enum ('GOLD', 'SILVER', 'BRONZE');`);
    this.addSql(`create type "partner_status" as enum ('INVITED', 'ACTIVE', 'PAUSED', 'ENDED');`);
    this.addSql(`create type "role" as enum ('VENDOR_ADMIN', 'CHANNEL_MANAGER', 'MARKETING', 'DIRECT_SALES', 'PARTNER_ADMIN', 'PARTNER_SALES');`);
    this.addSql(`create table "tenant" ("id" uuid not null, "name" varchar(200) not null, "locale" "locale" not null default 'de', "time_zone" varchar(64) not null default 'Europe/Berlin', "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "partner" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "name" varchar(200) not null, "tier" "partner_tier" not null default 'BRONZE', "status" "partner_status" not null default 'ACTIVE', "city" varchar(200) null, "territories" jsonb not null, "competencies" text[] not null, "capacity" int not null default 20, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "partner" add constraint "partner_tenant_id_name_unique" unique ("tenant_id", "name");`);

    this.addSql(`create table "user_account" ("id" uuid not null, "email" varchar(254) not null, "name" varchar(200) not null, "password_hash" varchar(200) null, "locale" "locale" null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "user_account" add constraint "user_account_email_unique" unique ("email");`);

    this.addSql(`create table "membership" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "user_id" uuid not null, "role" "role" not null, "partner_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "membership" add constraint "membership_tenant_id_user_id_unique" unique ("tenant_id", "user_id");`);
    this.addSql(`alter table "membership" add constraint "membership_partner_matches_role" check ((role in ('PARTNER_ADMIN', 'PARTNER_SALES')) = (partner_id is not null));`);

    this.addSql(`create table "login_session" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "membership_id" uuid not null, "refresh_token_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, primary key ("id"));`);

    this.addSql(`alter table "partner" add constraint "partner_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);

    this.addSql(`alter table "membership" add constraint "membership_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_user_id_foreign" foreign key ("user_id") references "user_account" ("id") on delete cascade;`);
    this.addSql(`alter table "membership" add constraint "membership_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on delete restrict;`);

    this.addSql(`alter table "login_session" add constraint "login_session_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "login_session" add constraint "login_session_membership_id_foreign" foreign key ("membership_id") references "membership" ("id") on delete cascade;`);

    this.addSql(`alter table "tenant" enable row level security;`);
    this.addSql(`alter table "tenant" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "tenant" using (id = nullif(current_setting('app.tenant_id', true), '')::uuid or id in (select m.tenant_id from membership m where m.user_id = nullif(current_setting('app.user_id', true), '')::uuid)) with check (id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`alter table "partner" enable row level security;`);
    this.addSql(`alter table "partner" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "partner" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`create policy "partner_of_own_membership" on "partner" for select using (id in (select m.partner_id from membership m where m.user_id = nullif(current_setting('app.user_id', true), '')::uuid));`);
    this.addSql(`alter table "membership" enable row level security;`);
    this.addSql(`alter table "membership" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "membership" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`create policy "membership_own_rows" on "membership" for select using (user_id = nullif(current_setting('app.user_id', true), '')::uuid);`);
    this.addSql(`alter table "login_session" enable row level security;`);
    this.addSql(`alter table "login_session" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "login_session" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    // rate-limiter-flexible's table (login throttling, intake rate limits), created here so that the
    // application role needs no CREATE privilege.
    this.addSql(`create table "rate_limit" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);

    this.addSql(`grant usage on schema public to leadrelay_app;`);
    this.addSql(`grant select, insert, update, delete on all tables in schema public to leadrelay_app;`);
    this.addSql(`alter default privileges in schema public grant select, insert, update, delete on tables to leadrelay_app;`);
  }

}
