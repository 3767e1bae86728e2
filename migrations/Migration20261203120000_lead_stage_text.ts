import { Migration } from '@mikro-orm/migrations';

const STAGES = ['NEW', 'QUALIFIED', 'NURTURING', 'DISQUALIFIED', 'DIRECT', 'OFFERED', 'UNPLACED', 'ACCEPTED', 'IN_PROGRESS', 'RETURNED', 'WON', 'LOST'];
const SOURCES = ['WEB_FORM', 'TRADE_FAIR', 'PURCHASED_LIST', 'CAMPAIGN', 'REFERRAL', 'PARTNER_REGISTERED', 'API', 'OTHER'];

const listOf = (values: string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * The lead's stage and source, which the leads list filters on, as `text` with a check constraint
 * instead of PostgreSQL enums (issue 9). Under row-level security the planner uses only leakproof
 * comparisons as index conditions beside the policies; enum equality is not leakproof, text
 * equality is. So `stage in (...)` was a filter on the newest-first walk of a tenant's leads (a
 * rare stage read most of them), and is now an index condition. The same values as before, held by
 * the check constraints MikroORM makes for a string enum without a native type. The intake key's
 * source goes the same way, so that no column is left of the `lead_source` type.
 */
export class Migration20261203120000_lead_stage_text extends Migration {

  override name = 'Migration20261203120000_lead_stage_text';

  override up(): void | Promise<void> {
    // Its predicate compares with the enum: made again over the text column.
    this.addSql(`drop index "lead_open_holding_index";`);
    this.addSql(`alter table "lead" alter column "stage" drop default;`);
    this.addSql(`alter table "lead" alter column "stage" type text using "stage"::text, alter column "source" type text using "source"::text;`);
    this.addSql(`alter table "lead" alter column "stage" set default 'NEW';`);
    this.addSql(`alter table "lead" add constraint "lead_stage_check" check ("stage" in (${listOf(STAGES)})), add constraint "lead_source_check" check ("source" in (${listOf(SOURCES)}));`);
    this.addSql(`alter table "intake_key" alter column "source" type text using "source"::text;`);
    this.addSql(`alter table "intake_key" add constraint "intake_key_source_check" check ("source" in (${listOf(SOURCES)}));`);
    this.addSql(`create index "lead_open_holding_index" on "lead" ("tenant_id", "holding_partner_id") where "stage" in ('ACCEPTED', 'IN_PROGRESS');`);
    this.addSql(`drop type "lead_stage";`);
    this.addSql(`drop type "lead_source";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create type "lead_stage" as enum (${listOf(STAGES)});`);
    this.addSql(`create type "lead_source" as enum (${listOf(SOURCES)});`);
    this.addSql(`drop index "lead_open_holding_index";`);
    this.addSql(`alter table "intake_key" drop constraint "intake_key_source_check";`);
    this.addSql(`alter table "intake_key" alter column "source" type "lead_source" using "source"::"lead_source";`);
    this.addSql(`alter table "lead" drop constraint "lead_stage_check", drop constraint "lead_source_check";`);
    this.addSql(`alter table "lead" alter column "stage" drop default;`);
    this.addSql(`alter table "lead" alter column "stage" type "lead_stage" using "stage"::"lead_stage", alter column "source" type "lead_source" using "source"::"lead_source";`);
    this.addSql(`alter table "lead" alter column "stage" set default 'NEW';`);
    this.addSql(`create index "lead_open_holding_index" on "lead" ("tenant_id", "holding_partner_id") where "stage" in ('ACCEPTED', 'IN_PROGRESS');`);
  }

}
