import { Migration } from '@mikro-orm/migrations';

/**
 * The partner wall: for a partner user's transaction (`app.partner_id` set beside `app.tenant_id`,
 * see TenantContext) the database itself shows only that partner's offers, the rounds it has an
 * offer in, the leads it holds or was offered, the history lines that name it, its own partner row
 * and its own partner's memberships. Restrictive policies, so they narrow the tenant policies and
 * never widen them; sessions without a partner (vendor users, the worker) are unaffected.
 */
export class Migration20261201200000_partner_wall extends Migration {

  override name = 'Migration20261201200000_partner_wall';

  override up(): void | Promise<void> {
    this.addSql(`create function app_partner_id() returns uuid language sql stable as $$
      select nullif(current_setting('app.partner_id', true), '')::uuid $$;`);
    this.addSql(`create policy "partner_wall" on "offer" as restrictive
      using (app_partner_id() is null or partner_id = app_partner_id());`);
    this.addSql(`create policy "partner_wall" on "round" as restrictive
      using (app_partner_id() is null
             or exists (select 1 from offer o where o.round_id = round.id and o.partner_id = app_partner_id()));`);
    this.addSql(`create policy "partner_wall" on "lead" as restrictive
      using (app_partner_id() is null or holding_partner_id = app_partner_id()
             or exists (select 1 from offer o where o.lead_id = lead.id and o.partner_id = app_partner_id()));`);
    this.addSql(`create policy "partner_wall" on "lead_event" as restrictive
      using (app_partner_id() is null or partner_id = app_partner_id());`);
    this.addSql(`create policy "partner_wall" on "partner" as restrictive
      using (app_partner_id() is null or id = app_partner_id());`);
    this.addSql(`create policy "partner_wall" on "membership" as restrictive
      using (app_partner_id() is null or partner_id = app_partner_id());`);
  }

  override down(): void | Promise<void> {
    for (const table of ['offer', 'round', 'lead', 'lead_event', 'partner', 'membership']) {
      this.addSql(`drop policy "partner_wall" on "${table}";`);
    }
    this.addSql(`drop function app_partner_id();`);
  }

}
