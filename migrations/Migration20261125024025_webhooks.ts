import { Migration } from '@mikro-orm/migrations';

export class Migration20261125024025_webhooks extends Migration {

  override name = 'Migration20261125024025_webhooks';

  override up(): void | Promise<void> {
    this.addSql(`create type "webhook_endpoint_status" as enum ('ENABLED', 'DISABLED');`);
    this.addSql(`create type "webhook_disabled_reason" as enum ('BY_ADMIN', 'GONE', 'FAILING');`);
    this.addSql(`create type "webhook_delivery_status" as enum ('PENDING', 'SUCCEEDED', 'FAILED');`);
    this.addSql(`create table "webhook_endpoint" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "url" varchar(2000) not null, "description" varchar(200) null, "event_types" text[] not null, "secret" varchar(100) not null, "previous_secret" varchar(100) null, "previous_secret_expires_at" timestamptz null, "status" "webhook_endpoint_status" not null default 'ENABLED', "disabled_reason" "webhook_disabled_reason" null, "disabled_at" timestamptz null, "consecutive_failures" int not null default 0, "last_success_at" timestamptz null, "created_by_user_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "webhook_endpoint_tenant_id_status_index" on "webhook_endpoint" ("tenant_id", "status");`);

    this.addSql(`create table "webhook_delivery" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "endpoint_id" uuid not null, "event_type" varchar(64) not null, "event_id" uuid null, "payload" jsonb not null, "status" "webhook_delivery_status" not null default 'PENDING', "attempts" int not null default 0, "last_response_code" int null, "last_error" text null, "last_attempt_at" timestamptz null, "delivered_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "webhook_delivery_tenant_id_endpoint_id_created_at_index" on "webhook_delivery" ("tenant_id", "endpoint_id", "created_at");`);

    this.addSql(`alter type "notification_kind" add value if not exists 'WEBHOOK_DISABLED' after 'LEAD_ESCALATED';`);

    this.addSql(`alter table "webhook_endpoint" add constraint "webhook_endpoint_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "webhook_endpoint" enable row level security;`);
    this.addSql(`alter table "webhook_endpoint" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "webhook_endpoint" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "webhook_delivery" add constraint "webhook_delivery_endpoint_id_foreign" foreign key ("endpoint_id") references "webhook_endpoint" ("id") on delete cascade;`);
    this.addSql(`alter table "webhook_delivery" enable row level security;`);
    this.addSql(`alter table "webhook_delivery" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "webhook_delivery" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    // The initial migration's default privileges cover tables created by the same owner; say it
    // explicitly, in case another role runs this one.
    this.addSql(`grant select, insert, update, delete on "webhook_endpoint", "webhook_delivery" to leadrelay_app;`);
  }

  override down(): void | Promise<void> {
    // PostgreSQL cannot drop a value from an enum: 'WEBHOOK_DISABLED' stays in "notification_kind".
    this.addSql(`drop table if exists "webhook_delivery" cascade;`);
    this.addSql(`drop table if exists "webhook_endpoint" cascade;`);

    this.addSql(`drop type "webhook_endpoint_status";`);
    this.addSql(`drop type "webhook_disabled_reason";`);
    this.addSql(`drop type "webhook_delivery_status";`);
  }

}
