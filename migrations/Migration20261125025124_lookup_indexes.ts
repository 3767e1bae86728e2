import { Migration } from '@mikro-orm/migrations';

export class Migration20261125025124_lookup_indexes extends Migration {

  override name = 'Migration20261125025124_lookup_indexes';

  override up(): void | Promise<void> {
    this.addSql(`create index "membership_tenant_id_partner_id_index" on "membership" ("tenant_id", "partner_id");`);
    this.addSql(`create index "membership_user_id_index" on "membership" ("user_id");`);

    this.addSql(`create index "login_session_membership_id_index" on "login_session" ("membership_id");`);

    this.addSql(`create index "lead_tenant_id_stage_escalation_due_at_index" on "lead" ("tenant_id", "stage", "escalation_due_at");`);

    this.addSql(`drop index "offer_status_expires_at_index";`);
    this.addSql(`create index "offer_lead_id_index" on "offer" ("lead_id");`);
    this.addSql(`create index "offer_round_id_status_index" on "offer" ("round_id", "status");`);
    this.addSql(`create index "offer_tenant_id_status_expires_at_index" on "offer" ("tenant_id", "status", "expires_at");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "lead_tenant_id_stage_escalation_due_at_index";`);

    this.addSql(`drop index "login_session_membership_id_index";`);

    this.addSql(`drop index "membership_tenant_id_partner_id_index";`);
    this.addSql(`drop index "membership_user_id_index";`);

    this.addSql(`drop index "offer_lead_id_index";`);
    this.addSql(`drop index "offer_round_id_status_index";`);
    this.addSql(`drop index "offer_tenant_id_status_expires_at_index";`);
    this.addSql(`create index "offer_status_expires_at_index" on "offer" ("status", "expires_at");`);

    this.addSql(`create or replace function "app_member_partner_ids"() returns uuid[] security invoker language sql as \$\$ select coalesce(array_agg(m.partner_id) filter (where m.partner_id is not null), '{}') from membership m
       where m.user_id = nullif(current_setting('app.user_id', true), '')::uuid \$\$;`);

    this.addSql(`create or replace function "app_member_tenant_ids"() returns uuid[] security invoker language sql as \$\$ select coalesce(array_agg(m.tenant_id), '{}') from membership m
       where m.user_id = nullif(current_setting('app.user_id', true), '')::uuid \$\$;`);
  }

}
