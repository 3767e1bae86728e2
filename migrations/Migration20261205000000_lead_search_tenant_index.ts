import { Migration } from '@mikro-orm/migrations';

/**
 * The search's trigram index carries the tenant too (issue 9): `(tenant_id, document)`, the tenant
 * through btree_gin (a trusted extension, as pg_trgm: the database's owner may create it). A search
 * walks the posting lists of its trigrams, and the costly part is the trigrams nearly every lead
 * shares ("fir", "kon"...): the index checks them for each lead its rarer trigrams found, in every
 * tenant. With the tenant in the index only the tenant's own such leads are checked (bench data,
 * Nordlicht half of all leads: "Firma 4711" 240 → 126 index pages, 2.0 → 1.2 ms; a small tenant's
 * search 0.3 ms). `lead_search_ids` is unchanged: its `tenant_id = app.tenant_id` becomes an index
 * condition beside the pattern (list-plans holds it).
 */
export class Migration20261205000000_lead_search_tenant_index extends Migration {

  override name = 'Migration20261205000000_lead_search_tenant_index';

  override up(): void | Promise<void> {
    this.addSql(`create extension if not exists btree_gin;`);
    this.addSql(`create index "lead_search_tenant_document_index" on "lead_search" using gin ("tenant_id", "document" gin_trgm_ops);`);
    this.addSql(`drop index "lead_search_document_index";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create index "lead_search_document_index" on "lead_search" using gin ("document" gin_trgm_ops);`);
    this.addSql(`drop index "lead_search_tenant_document_index";`);
  }

}
