import { Migration } from '@mikro-orm/migrations';

/**
 * Indexes for every order and filter of the lists (issue 9), usable under row-level security:
 * the policies' quals come first, and only leakproof comparisons (uuid, timestamptz, integer
 * equality and order) may become index conditions beside them. `status = 'PENDING'` on the
 * `offer_status` enum is not leakproof, so the inbox gets a partial index: the planner proves its
 * predicate from the query without evaluating the comparison early.
 */
export class Migration20261202000000_read_path_indexes extends Migration {

  override name = 'Migration20261202000000_read_path_indexes';

  override up(): void | Promise<void> {
    // The partner inbox (newest pending first) and a partner's whole offer list.
    this.addSql(`create index "offer_pending_inbox_index" on "offer" ("tenant_id", "partner_id", "offered_at" desc, "id" desc) where "status" = 'PENDING';`);
    this.addSql(`create index "offer_tenant_id_partner_id_offered_at_index" on "offer" ("tenant_id", "partner_id", "offered_at" desc, "id" desc);`);
    // The vendor's offer list.
    this.addSql(`create index "offer_tenant_id_offered_at_index" on "offer" ("tenant_id", "offered_at" desc, "id" desc);`);
    // The lead list's orders (NEWEST and OLDEST share one), and the holding partner's leads.
    this.addSql(`create index "lead_tenant_id_created_at_index" on "lead" ("tenant_id", "created_at" desc, "id" desc);`);
    this.addSql(`create index "lead_tenant_id_updated_at_index" on "lead" ("tenant_id", "updated_at" desc, "id" desc);`);
    this.addSql(`create index "lead_tenant_id_score_index" on "lead" ("tenant_id", "score" desc nulls last, "id" desc);`);
    this.addSql(`create index "lead_tenant_id_holding_partner_id_created_at_index" on "lead" ("tenant_id", "holding_partner_id", "created_at" desc, "id" desc);`);
    this.addSql(`create index "lead_tenant_id_owner_id_created_at_index" on "lead" ("tenant_id", "owner_id", "created_at" desc, "id" desc);`);
    // A lead's history for a partner: the lines that name it.
    this.addSql(`create index "lead_event_lead_id_partner_id_position_index" on "lead_event" ("lead_id", "partner_id", "position");`);
  }

  override down(): void | Promise<void> {
    for (const index of [
      'offer_pending_inbox_index',
      'offer_tenant_id_partner_id_offered_at_index',
      'offer_tenant_id_offered_at_index',
      'lead_tenant_id_created_at_index',
      'lead_tenant_id_updated_at_index',
      'lead_tenant_id_score_index',
      'lead_tenant_id_holding_partner_id_created_at_index',
      'lead_tenant_id_owner_id_created_at_index',
      'lead_event_lead_id_partner_id_position_index',
    ]) {
      this.addSql(`drop index "${index}";`);
    }
  }

}
