import { Migration } from '@mikro-orm/migrations';

/**
 * A stage filter in the leads list's order (issue 9): `(tenant_id, stage, created_at desc, id
 * desc)` instead of `(tenant_id, stage, created_at)`, so that a page of one stage, newest first, and
 * its capped count read that stage's newest entries and stop, instead of walking the tenant's
 * newest leads and dropping the other stages' (QUALIFIED on the bench data: 0.1 ms instead of 5 ms,
 * 20,000 rows not read). It serves every use of the old one, which shared its first two columns.
 */
export class Migration20261203132000_lead_stage_order_index extends Migration {

  override name = 'Migration20261203132000_lead_stage_order_index';

  override up(): void | Promise<void> {
    this.addSql(`drop index "lead_tenant_id_stage_created_at_index";`);
    this.addSql(`create index "lead_tenant_id_stage_created_at_index" on "lead" ("tenant_id", "stage", "created_at" desc, "id" desc);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "lead_tenant_id_stage_created_at_index";`);
    this.addSql(`create index "lead_tenant_id_stage_created_at_index" on "lead" ("tenant_id", "stage", "created_at");`);
  }

}
