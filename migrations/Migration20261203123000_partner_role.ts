import { Migration } from '@mikro-orm/migrations';

/** The partner wall's rule per table: what a partner user's transaction sees of it. */
const WALL: Record<string, string> = {
  offer: 'partner_id = app_partner_id()',
  round: 'exists (select 1 from offer o where o.round_id = round.id and o.partner_id = app_partner_id())',
  lead: 'holding_partner_id = app_partner_id() or exists (select 1 from offer o where o.lead_id = lead.id and o.partner_id = app_partner_id())',
  lead_event: 'partner_id = app_partner_id()',
  partner: 'id = app_partner_id()',
  membership: 'partner_id = app_partner_id()',
  partner_absence: 'partner_id = app_partner_id()',
  scoring_model: 'false',
  engagement_event: 'false',
  routing_policy: 'false',
};

/**
 * The partner wall as the partner role's policies (issue 9). Before, every session carried the
 * wall as `app_partner_id() is null or <the partner's rows>`: vendor users and the worker passed
 * it, but their queries were planned with it, and the planner, unable to know the setting, guessed
 * the `or` at about half the rows (a vendor's lead count estimated at 50,000 of 100,000) and kept
 * its subplan in every plan. Now a partner user's transaction switches to `leadrelay_partner`
 * (`set_config('role', ..., true)`, transaction-local, see TenantContext), and the restrictive
 * policies apply to that role alone; in it a missing `app.partner_id` admits nothing. The role has
 * the application role's rights, and that role is a member of it (provisionAppRole creates both).
 */
export class Migration20261203123000_partner_role extends Migration {

  override name = 'Migration20261203123000_partner_role';

  override up(): void | Promise<void> {
    this.addSql(`do $$ begin
      if not exists (select 1 from pg_roles where rolname = 'leadrelay_partner') then
        raise exception 'Create the partner role first: CREATE ROLE leadrelay_partner NOLOGIN; GRANT leadrelay_partner TO leadrelay_app; (see README, Isolation and database roles)';
      end if;
      if not pg_has_role('leadrelay_app', 'leadrelay_partner', 'member') then
        raise exception 'Let the application role switch to the partner role: GRANT leadrelay_partner TO leadrelay_app; (see README, Isolation and database roles)';
      end if;
      if pg_has_role('leadrelay_app', 'leadrelay_partner', 'usage') then
        raise exception 'The application role must not inherit the partner role, or the partner wall applies to every session: ALTER ROLE leadrelay_app NOINHERIT; (PostgreSQL 16 and later: GRANT leadrelay_partner TO leadrelay_app WITH INHERIT FALSE;)';
      end if;
    end $$;`);
    this.addSql(`grant usage on schema public to leadrelay_partner;`);
    // The application role's rights on the tables, as they are (some tables it may only read, one not at all).
    this.addSql(`do $$ declare granted record; begin
      for granted in
        select table_name, string_agg(privilege_type, ', ') as privileges
          from information_schema.role_table_grants
         where grantee = 'leadrelay_app' and table_schema = 'public'
         group by table_name
      loop
        execute format('grant %s on %I to leadrelay_partner', granted.privileges, granted.table_name);
      end loop;
    end $$;`);
    this.addSql(`do $$ declare granted record; begin
      for granted in
        select p.oid::regprocedure as routine
          from pg_proc p, aclexplode(p.proacl) a
         where p.pronamespace = 'public'::regnamespace and a.grantee = 'leadrelay_app'::regrole and a.privilege_type = 'EXECUTE'
      loop
        execute format('grant execute on function %s to leadrelay_partner', granted.routine);
      end loop;
    end $$;`);
    this.addSql(`grant usage, select on all sequences in schema public to leadrelay_partner;`);
    this.addSql(`alter default privileges in schema public grant select, insert, update, delete on tables to leadrelay_partner;`);
    this.addSql(`alter default privileges in schema public grant usage, select on sequences to leadrelay_partner;`);
    for (const [table, admits] of Object.entries(WALL)) {
      this.addSql(`drop policy "partner_wall" on "${table}";`);
      this.addSql(`create policy "partner_wall" on "${table}" as restrictive to leadrelay_partner using (${admits});`);
    }
  }

  override down(): void | Promise<void> {
    for (const [table, admits] of Object.entries(WALL)) {
      this.addSql(`drop policy "partner_wall" on "${table}";`);
      this.addSql(`create policy "partner_wall" on "${table}" as restrictive using (app_partner_id() is null or ${admits});`);
    }
  }

}
