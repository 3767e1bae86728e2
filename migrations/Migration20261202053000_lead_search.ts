import { Migration } from '@mikro-orm/migrations';

/**
 * Search by company, contact name or e-mail through a trigram index (issue 9), under row-level
 * security. `ilike` is not leakproof, so beside the lead's policies it can never be an index
 * condition, and only a superuser could declare an operator leakproof. Hence:
 *
 * - `lead_search`: the four searched columns of each lead, kept by a trigger on `lead`, with a
 *   pg_trgm GIN index. It has no row-level security and the application role has no right on it:
 *   only the owner reads and writes it.
 * - `lead_search_ids(search)`: SECURITY DEFINER, owned by the owner, returns the ids of the leads
 *   of the transaction's tenant (`app.tenant_id`) whose company name, contact first or last name
 *   or e-mail contains `search` (case-insensitive, `%` and `_` taken literally), through that index;
 *   for a partner (`app.partner_id`) only the leads the lead's partner wall admits (the same
 *   condition as the policy of the partner_wall migration, since an owner that is superuser
 *   bypasses the policies), so calling it directly tells nothing the caller could not read. The leads list
 *   uses it as `id in (select lead_search_ids($1))`, and still runs under row-level security.
 *
 * Settings are transaction-local and no session state is used: works through pgbouncer in
 * transaction mode, on PostgreSQL 15 and 18.
 */
export class Migration20261202053000_lead_search extends Migration {

  override name = 'Migration20261202053000_lead_search';

  override up(): void | Promise<void> {
    // A trusted extension: the database's owner may create it without being superuser.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create table "lead_search" (
      "lead_id" uuid primary key references "lead" ("id") on delete cascade,
      "tenant_id" uuid not null,
      "company_name" varchar(200) not null,
      "contact_first_name" varchar(100),
      "contact_last_name" varchar(100) not null,
      "contact_email" varchar(254));`);
    this.addSql(`revoke all on "lead_search" from leadrelay_app;`);
    this.addSql(`create index "lead_search_trgm_index" on "lead_search" using gin
      ("company_name" gin_trgm_ops, "contact_first_name" gin_trgm_ops, "contact_last_name" gin_trgm_ops, "contact_email" gin_trgm_ops);`);
    this.addSql(`create function lead_search_sync() returns trigger language plpgsql security definer
      set search_path = pg_catalog, public, pg_temp as $$
      begin
        insert into lead_search (lead_id, tenant_id, company_name, contact_first_name, contact_last_name, contact_email)
        values (new.id, new.tenant_id, new.company_name, new.contact_first_name, new.contact_last_name, new.contact_email)
        on conflict (lead_id) do update set company_name = excluded.company_name,
          contact_first_name = excluded.contact_first_name, contact_last_name = excluded.contact_last_name,
          contact_email = excluded.contact_email;
        return null;
      end $$;`);
    this.addSql(`revoke all on function lead_search_sync() from public;`);
    this.addSql(`create trigger "lead_search_sync" after insert or update of company_name, contact_first_name, contact_last_name, contact_email
      on "lead" for each row execute function lead_search_sync();`);
    this.addSql(`create function lead_search_ids(search text) returns setof uuid language sql stable security definer
      rows 100 set search_path = pg_catalog, public, pg_temp as $$
      select s.lead_id
        from (select '%' || replace(replace(replace(search, '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%' as pattern) p,
             lead_search s
       where s.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
         and (s.company_name ilike p.pattern or s.contact_first_name ilike p.pattern
              or s.contact_last_name ilike p.pattern or s.contact_email ilike p.pattern)
         and (app_partner_id() is null
              or exists (select 1 from lead l where l.id = s.lead_id and (l.holding_partner_id = app_partner_id()
                         or exists (select 1 from offer o where o.lead_id = l.id and o.partner_id = app_partner_id())))) $$;`);
    this.addSql(`revoke all on function lead_search_ids(text) from public;`);
    this.addSql(`grant execute on function lead_search_ids(text) to leadrelay_app;`);
    // The leads there are now; FORCE lifted for this transaction so that an owner that is not
    // superuser reads every tenant's.
    this.addSql(`alter table "lead" no force row level security;`);
    this.addSql(`insert into lead_search (lead_id, tenant_id, company_name, contact_first_name, contact_last_name, contact_email)
      select id, tenant_id, company_name, contact_first_name, contact_last_name, contact_email from lead;`);
    this.addSql(`alter table "lead" force row level security;`);
    this.addSql(`analyze lead_search;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger "lead_search_sync" on "lead";`);
    this.addSql(`drop function lead_search_ids(text);`);
    this.addSql(`drop function lead_search_sync();`);
    this.addSql(`drop table "lead_search";`);
  }

}
