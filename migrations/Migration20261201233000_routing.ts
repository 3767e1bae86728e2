import { Migration } from '@mikro-orm/migrations';

export class Migration20261201233000_routing extends Migration {

  override name = 'Migration20261201233000_routing';

  override up(): void | Promise<void> {
    this.addSql(`create table "partner_absence" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "partner_id" uuid not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "note" varchar(500) null, "created_by_user_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "partner_absence_tenant_id_partner_id_ends_at_index" on "partner_absence" ("tenant_id", "partner_id", "ends_at");`);

    this.addSql(`create type "routing_mode" as enum ('MANUAL', 'AUTOMATIC');`);
    this.addSql(`create table "routing_policy" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "tiers_by_grade" jsonb not null, "mode" "routing_mode" not null default 'MANUAL', "rules" jsonb not null, "fallback_partner_id" uuid null, "max_rounds" smallint not null default 3, "updated_at" timestamptz not null, "version" int not null default 1, primary key ("id"));`);
    this.addSql(`alter table "routing_policy" add constraint "routing_policy_tenant_id_unique" unique ("tenant_id");`);

    this.addSql(`alter type "lead_event_type" add value if not exists 'lead.routed' after 'lead.routed_direct';`);

    // Routing measures a partner's wins, losses and returns over a recent window.
    this.addSql(`create index "lead_event_tenant_id_partner_id_type_occurred_at_index" on "lead_event" ("tenant_id", "partner_id", "type", "occurred_at");`);

    this.addSql(`alter table "partner_absence" add constraint "partner_absence_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "partner_absence" add constraint "partner_absence_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on delete cascade;`);
    this.addSql(`alter table "routing_policy" add constraint "routing_policy_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);

    for (const table of ['partner_absence', 'routing_policy']) {
      this.addSql(`alter table "${table}" enable row level security;`);
      this.addSql(`alter table "${table}" force row level security;`);
      this.addSql(`create policy "tenant_isolation" on "${table}" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    }
    // A partner's users see their own partner's absences; no partner sees the routing policy.
    this.addSql(`create policy "partner_wall" on "partner_absence" as restrictive using (app_partner_id() is null or partner_id = app_partner_id());`);
    this.addSql(`create policy "partner_wall" on "routing_policy" as restrictive using (app_partner_id() is null or false);`);

    this.addSql(`grant select, insert, update, delete on "partner_absence", "routing_policy" to leadrelay_app;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "lead_event_tenant_id_partner_id_type_occurred_at_index";`);
    this.addSql(`drop table if exists "partner_absence" cascade;`);
    this.addSql(`drop table if exists "routing_policy" cascade;`);
    this.addSql(`drop type "routing_mode";`);
    // PostgreSQL cannot drop a value from an enum: 'lead.routed' stays in "lead_event_type".
  }

}
