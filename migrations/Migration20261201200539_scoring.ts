import { Migration } from '@mikro-orm/migrations';

export class Migration20261201200539_scoring extends Migration {

  override name = 'Migration20261201200539_scoring';

  override up(): void | Promise<void> {
    this.addSql(`create type "engagement_kind" as enum ('NEWSLETTER_CLICK', 'PAGE_VISIT', 'WEBINAR', 'DOWNLOAD');`);
    this.addSql(`create table "scoring_model" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "version" int not null, "rules" jsonb not null, "created_by_user_id" uuid null, "created_by_name" varchar(200) not null default 'LeadRelay', primary key ("id"));`);
    this.addSql(`alter table "scoring_model" add constraint "scoring_model_tenant_id_version_unique" unique ("tenant_id", "version");`);

    this.addSql(`create table "engagement_event" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "lead_id" uuid not null, "kind" "engagement_kind" not null, "occurred_at" timestamptz not null, "detail" varchar(200) null, "recorded_by_user_id" uuid null, primary key ("id"));`);
    this.addSql(`create index "engagement_event_tenant_id_lead_id_occurred_at_index" on "engagement_event" ("tenant_id", "lead_id", "occurred_at");`);

    this.addSql(`alter table "lead" add "scoring_fit" smallint null, add "scoring_engagement" smallint null, add "scoring_grade" varchar(1) null, add "scoring_level" smallint null, add "scoring_cell" varchar(2) null, add "scoring_model_version" int null, add "scoring_lines" jsonb null, add "scoring_scored_at" timestamptz null, add "scoring_overridden" boolean not null default false;`);

    this.addSql(`alter type "lead_event_type" add value if not exists 'lead.scored' after 'lead.qualified';`);

    this.addSql(`alter table "scoring_model" add constraint "scoring_model_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "scoring_model" enable row level security;`);
    this.addSql(`alter table "scoring_model" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "scoring_model" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    this.addSql(`alter table "engagement_event" add constraint "engagement_event_tenant_id_foreign" foreign key ("tenant_id") references "tenant" ("id") on delete cascade;`);
    this.addSql(`alter table "engagement_event" add constraint "engagement_event_lead_id_foreign" foreign key ("lead_id") references "lead" ("id") on delete cascade;`);
    this.addSql(`alter table "engagement_event" enable row level security;`);
    this.addSql(`alter table "engagement_event" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "engagement_event" using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid) with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);

    // Partner sessions see no row of either (see partnerWall): partners see grade and cell, never the rules.
    this.addSql(`create policy "partner_wall" on "scoring_model" as restrictive using (app_partner_id() is null or false);`);
    this.addSql(`create policy "partner_wall" on "engagement_event" as restrictive using (app_partner_id() is null or false);`);

    // Tables created here, like account_token's: say the application role's rights explicitly.
    this.addSql(`grant select, insert, update, delete on "scoring_model", "engagement_event" to leadrelay_app;`);

    // Every tenant that exists already gets the default model as version 1 (new tenants get it when created).
    // The rows are written across tenants, so row-level security is lifted for this statement only, inside
    // the migration's transaction. The rules are those of DEFAULT_SCORING_RULES on 1 Dec 2026, frozen here.
    this.addSql(`alter table "tenant" no force row level security;`);
    this.addSql(`alter table "scoring_model" no force row level security;`);
    this.addSql(`insert into "scoring_model" ("id", "tenant_id", "created_at", "version", "rules", "created_by_name")
      select gen_random_uuid(), t.id, now(), 1, '{"groups":[{"key":"company-size","axis":"FIT","cap":25,"rules":[{"key":"size-medium-or-larger","field":"EMPLOYEE_BAND","operator":"IN","values":["MEDIUM","LARGE","ENTERPRISE"],"points":20},{"key":"size-small","field":"EMPLOYEE_BAND","operator":"IN","values":["SMALL"],"points":10}]},{"key":"revenue","axis":"FIT","cap":15,"rules":[{"key":"revenue-10m-plus","field":"ANNUAL_REVENUE","operator":"BETWEEN","min":10000000,"points":15},{"key":"revenue-1m-10m","field":"ANNUAL_REVENUE","operator":"BETWEEN","min":1000000,"max":9999999,"points":8}]},{"key":"contact","axis":"FIT","cap":25,"rules":[{"key":"decision-maker","field":"DECISION_MAKER","operator":"IS_TRUE","points":15},{"key":"senior-position","field":"POSITION","operator":"CONTAINS","values":["Geschäftsführ","Inhaber","Vorstand","Leiter","CEO","Owner","Director","Head","Manager"],"points":10}]},{"key":"completeness","axis":"FIT","cap":20,"rules":[{"key":"email-present","field":"EMAIL","operator":"PRESENT","points":7},{"key":"phone-present","field":"PHONE","operator":"PRESENT","points":7},{"key":"website-present","field":"WEBSITE","operator":"PRESENT","points":6}]},{"key":"request-type","axis":"ENGAGEMENT","cap":40,"rules":[{"key":"inquiry","field":"REQUEST_TYPE","operator":"IN","values":["INQUIRY"],"points":10},{"key":"quote-request","field":"REQUEST_TYPE","operator":"IN","values":["QUOTE_REQUEST"],"points":30},{"key":"demo","field":"REQUEST_TYPE","operator":"IN","values":["DEMO"],"points":35}]},{"key":"source","axis":"ENGAGEMENT","cap":20,"rules":[{"key":"own-channels","field":"SOURCE","operator":"IN","values":["WEB_FORM","CAMPAIGN"],"points":10},{"key":"personal-contact","field":"SOURCE","operator":"IN","values":["TRADE_FAIR","REFERRAL","PARTNER_REGISTERED"],"points":15}]}],"engagement":[{"kind":"NEWSLETTER_CLICK","points":5,"halfLifeDays":14},{"kind":"PAGE_VISIT","points":2,"halfLifeDays":7},{"kind":"WEBINAR","points":15,"halfLifeDays":30},{"kind":"DOWNLOAD","points":10,"halfLifeDays":30}],"engagementCap":40,"grades":{"a":75,"b":50,"c":25},"levels":{"one":60,"two":30},"autoQualification":{"fit":60,"engagement":50}}'::jsonb, 'LeadRelay' from "tenant" t
      where not exists (select 1 from "scoring_model" s where s.tenant_id = t.id);`);
    this.addSql(`alter table "scoring_model" force row level security;`);
    this.addSql(`alter table "tenant" force row level security;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "scoring_model" cascade;`);
    this.addSql(`drop table if exists "engagement_event" cascade;`);

    this.addSql(`alter table "lead" drop column "scoring_fit", drop column "scoring_engagement", drop column "scoring_grade", drop column "scoring_level", drop column "scoring_cell", drop column "scoring_model_version", drop column "scoring_lines", drop column "scoring_scored_at", drop column "scoring_overridden";`);

    this.addSql(`drop type "engagement_kind";`);
    // PostgreSQL cannot drop a value from an enum: 'lead.scored' stays in "lead_event_type".
  }

}
