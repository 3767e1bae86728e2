// Every migration, in order. `npm run db:migration:create` writes a new file here; add it to this
// list (a test fails until you do). Listing them lets compiled builds and tests run them without
// a TypeScript loader. Whoever migrates passes MIGRATION_SET to `migrate` or `ormOptions`.
import type { MigrationSet } from '@leadrelay/core';
import { Migration20261125022722_initial } from './Migration20261125022722_initial';
import { Migration20261125024025_webhooks } from './Migration20261125024025_webhooks';
import { Migration20261125025124_lookup_indexes } from './Migration20261125025124_lookup_indexes';
import { Migration20261125030510_account_tokens } from './Migration20261125030510_account_tokens';
import { Migration20261201200000_partner_wall } from './Migration20261201200000_partner_wall';
import { Migration20261201200539_scoring } from './Migration20261201200539_scoring';
import { Migration20261201203000_reason_code_labels } from './Migration20261201203000_reason_code_labels';
import { Migration20261201233000_routing } from './Migration20261201233000_routing';
import { Migration20261202000000_read_path_indexes } from './Migration20261202000000_read_path_indexes';
import { Migration20261202050000_routing_load } from './Migration20261202050000_routing_load';
import { Migration20261202053000_lead_search } from './Migration20261202053000_lead_search';
import { Migration20261202054000_lead_count_index } from './Migration20261202054000_lead_count_index';
import { Migration20261203120000_lead_stage_text } from './Migration20261203120000_lead_stage_text';
import { Migration20261203123000_partner_role } from './Migration20261203123000_partner_role';
import { Migration20261203124000_partner_load } from './Migration20261203124000_partner_load';
import { Migration20261203130000_member_ids_short } from './Migration20261203130000_member_ids_short';
import { Migration20261203132000_lead_stage_order_index } from './Migration20261203132000_lead_stage_order_index';
import { Migration20261204190000_lead_search_document } from './Migration20261204190000_lead_search_document';
import { Migration20261204203000_lead_source_order_index } from './Migration20261204203000_lead_source_order_index';
import { Migration20261205000000_lead_search_tenant_index } from './Migration20261205000000_lead_search_tenant_index';

export const MIGRATIONS = [
  { name: 'Migration20261125022722_initial', class: Migration20261125022722_initial },
  { name: 'Migration20261125024025_webhooks', class: Migration20261125024025_webhooks },
  { name: 'Migration20261125025124_lookup_indexes', class: Migration20261125025124_lookup_indexes },
  { name: 'Migration20261125030510_account_tokens', class: Migration20261125030510_account_tokens },
  { name: 'Migration20261201200000_partner_wall', class: Migration20261201200000_partner_wall },
  { name: 'Migration20261201200539_scoring', class: Migration20261201200539_scoring },
  { name: 'Migration20261201203000_reason_code_labels', class: Migration20261201203000_reason_code_labels },
  { name: 'Migration20261201233000_routing', class: Migration20261201233000_routing },
  { name: 'Migration20261202000000_read_path_indexes', class: Migration20261202000000_read_path_indexes },
  { name: 'Migration20261202050000_routing_load', class: Migration20261202050000_routing_load },
  { name: 'Migration20261202053000_lead_search', class: Migration20261202053000_lead_search },
  { name: 'Migration20261202054000_lead_count_index', class: Migration20261202054000_lead_count_index },
  { name: 'Migration20261203120000_lead_stage_text', class: Migration20261203120000_lead_stage_text },
  { name: 'Migration20261203123000_partner_role', class: Migration20261203123000_partner_role },
  { name: 'Migration20261203124000_partner_load', class: Migration20261203124000_partner_load },
  { name: 'Migration20261203130000_member_ids_short', class: Migration20261203130000_member_ids_short },
  { name: 'Migration20261203132000_lead_stage_order_index', class: Migration20261203132000_lead_stage_order_index },
  { name: 'Migration20261204190000_lead_search_document', class: Migration20261204190000_lead_search_document },
  { name: 'Migration20261204203000_lead_source_order_index', class: Migration20261204203000_lead_source_order_index },
  { name: 'Migration20261205000000_lead_search_tenant_index', class: Migration20261205000000_lead_search_tenant_index },
];

/** The list above and this folder (in source and in `dist/` alike), for `migrate` and the MikroORM CLI. */
export const MIGRATION_SET: MigrationSet = { list: MIGRATIONS, folder: __dirname };
