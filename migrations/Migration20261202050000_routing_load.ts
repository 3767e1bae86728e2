import { Migration } from '@mikro-orm/migrations';

/**
 * Routing's load of a partner (issue 11): the leads it holds open, read for every candidate of
 * every lead routed. A partial index, so the planner proves `stage in (ACCEPTED, IN_PROGRESS)`
 * under row-level security (the enum comparison is not leakproof) and reads only open leads,
 * however many leads the tenant has.
 */
export class Migration20261202050000_routing_load extends Migration {

  override name = 'Migration20261202050000_routing_load';

  override up(): void | Promise<void> {
    this.addSql(`create index "lead_open_holding_index" on "lead" ("tenant_id", "holding_partner_id") where "stage" in ('ACCEPTED', 'IN_PROGRESS');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "lead_open_holding_index";`);
  }

}
