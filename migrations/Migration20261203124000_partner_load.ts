import { Migration } from '@mikro-orm/migrations';

/** A lead its partner holds open, and a pending offer: what fills a partner's capacity. */
const OPEN_LEAD = `stage in ('ACCEPTED', 'IN_PROGRESS')`;
const PENDING_OFFER = `status = 'PENDING'`;

/**
 * A partner's load for routing's capacity check (issue 11), kept by the database instead of
 * counted for every candidate of every lead: `partner_load` holds per partner the leads it holds
 * open and its pending offers. Statement-level triggers on `lead` and `offer` (with transition
 * tables: one upsert per statement, whatever the number of rows) add what a statement changed,
 * per partner, in partner order (so concurrent statements lock the rows in the same order); a
 * statement that changes nothing of a partner's load writes nothing. The counts are exact under
 * concurrency: each change adds to the row under its row lock, and commits or rolls back with it.
 *
 * The application role reads it (row-level security as for every tenant table, and the partner
 * wall for the partner role) but neither may write it: only `partner_load_sync`, SECURITY DEFINER and owned by the owner,
 * does. A later migration that changes offers or leads as an owner that is not superuser must set
 * `app.tenant_id` or lift FORCE, as the backfill below does.
 */
export class Migration20261203124000_partner_load extends Migration {

  override name = 'Migration20261203124000_partner_load';

  override up(): void | Promise<void> {
    this.addSql(`create table "partner_load" (
      "partner_id" uuid primary key references "partner" ("id") on delete cascade,
      "tenant_id" uuid not null references "tenant" ("id") on delete cascade,
      "open_leads" int not null default 0,
      "pending_offers" int not null default 0);`);
    this.addSql(`revoke insert, update, delete, truncate on "partner_load" from leadrelay_app, leadrelay_partner;`);
    this.addSql(`grant select on "partner_load" to leadrelay_app, leadrelay_partner;`);
    // tg_argv: the counter, the row's partner column, and when a row counts.
    this.addSql(`create function partner_load_sync() returns trigger language plpgsql security definer
      set search_path = pg_catalog, public, pg_temp as $$
      declare
        changes text := case tg_op
          when 'INSERT' then format('select %1$I as partner_id, tenant_id, 1 as n from new_rows where %2$s', tg_argv[1], tg_argv[2])
          when 'DELETE' then format('select %1$I as partner_id, tenant_id, -1 as n from old_rows where %2$s', tg_argv[1], tg_argv[2])
          else format('select %1$I as partner_id, tenant_id, 1 as n from new_rows where %2$s
                       union all select %1$I, tenant_id, -1 from old_rows where %2$s', tg_argv[1], tg_argv[2]) end;
      begin
        execute format('insert into partner_load as l (partner_id, tenant_id, %1$I)
          select partner_id, tenant_id, sum(n) from (%2$s) c where partner_id is not null
           group by partner_id, tenant_id having sum(n) <> 0 order by partner_id
          on conflict (partner_id) do update set %1$I = l.%1$I + excluded.%1$I', tg_argv[0], changes);
        return null;
      end $$;`);
    this.addSql(`revoke all on function partner_load_sync() from public;`);
    for (const [table, counter, partner, counts] of [
      ['lead', 'open_leads', 'holding_partner_id', OPEN_LEAD],
      ['offer', 'pending_offers', 'partner_id', PENDING_OFFER],
    ] as const) {
      const args = `'${counter}', '${partner}', '${counts.replaceAll("'", "''")}'`;
      this.addSql(`create trigger "partner_load_insert" after insert on "${table}" referencing new table as new_rows
        for each statement execute function partner_load_sync(${args});`);
      this.addSql(`create trigger "partner_load_update" after update on "${table}" referencing old table as old_rows new table as new_rows
        for each statement execute function partner_load_sync(${args});`);
      this.addSql(`create trigger "partner_load_delete" after delete on "${table}" referencing old table as old_rows
        for each statement execute function partner_load_sync(${args});`);
    }
    // The load there is now; FORCE lifted for this transaction so that an owner that is not
    // superuser reads every tenant's.
    this.addSql(`alter table "partner" no force row level security;`);
    this.addSql(`alter table "lead" no force row level security;`);
    this.addSql(`alter table "offer" no force row level security;`);
    this.addSql(`insert into partner_load (partner_id, tenant_id, open_leads, pending_offers)
      select p.id, p.tenant_id,
             (select count(*) from lead l where l.tenant_id = p.tenant_id and l.holding_partner_id = p.id and l.${OPEN_LEAD}),
             (select count(*) from offer o where o.tenant_id = p.tenant_id and o.partner_id = p.id and o.${PENDING_OFFER})
        from partner p;`);
    this.addSql(`alter table "partner" force row level security;`);
    this.addSql(`alter table "lead" force row level security;`);
    this.addSql(`alter table "offer" force row level security;`);
    this.addSql(`alter table "partner_load" enable row level security;`);
    this.addSql(`alter table "partner_load" force row level security;`);
    this.addSql(`create policy "tenant_isolation" on "partner_load"
      using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
      with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);`);
    this.addSql(`create policy "partner_wall" on "partner_load" as restrictive to leadrelay_partner
      using (partner_id = app_partner_id());`);
  }

  override down(): void | Promise<void> {
    for (const table of ['lead', 'offer']) {
      for (const event of ['insert', 'update', 'delete']) this.addSql(`drop trigger "partner_load_${event}" on "${table}";`);
    }
    this.addSql(`drop function partner_load_sync();`);
    this.addSql(`drop table "partner_load";`);
  }

}
