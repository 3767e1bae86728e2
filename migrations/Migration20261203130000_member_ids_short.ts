import { Migration } from '@mikro-orm/migrations';

/** The user's memberships' column each function gathers, and the rows it keeps. */
const FUNCTIONS = [
  ['app_member_partner_ids', 'coalesce(array_agg(m.partner_id) filter (where m.partner_id is not null), \'{}\')'],
  ['app_member_tenant_ids', "coalesce(array_agg(m.tenant_id), '{}')"],
] as const;

/**
 * The tenant and partner tables' select policies admit, beside the transaction's tenant, the
 * tenants and partners of the user the login path names (`app.user_id`). Every other transaction
 * (every tenant transaction, the worker) sets no user, yet each read of a partner or tenant row
 * called these functions, and each call planned and ran a membership query under its policies
 * (about 2 ms of routing's partners read, `EXPLAIN ANALYZE`, issue 11). Now they answer the empty
 * list at once when no user is set, and otherwise as before (in plpgsql, whose plan is kept for the
 * session). The same answers in every case: without a user the query matched no membership.
 */
export class Migration20261203130000_member_ids_short extends Migration {

  override name = 'Migration20261203130000_member_ids_short';

  override up(): void | Promise<void> {
    for (const [name, gathered] of FUNCTIONS) {
      this.addSql(`create or replace function "${name}"() returns uuid[] security invoker stable language plpgsql as $$
        declare
          member uuid := nullif(current_setting('app.user_id', true), '')::uuid;
        begin
          if member is null then
            return '{}';
          end if;
          return (select ${gathered} from membership m where m.user_id = member);
        end $$;`);
    }
  }

  override down(): void | Promise<void> {
    for (const [name, gathered] of FUNCTIONS) {
      this.addSql(`create or replace function "${name}"() returns uuid[] security invoker language sql as $$ select ${gathered} from membership m
         where m.user_id = nullif(current_setting('app.user_id', true), '')::uuid $$;`);
    }
  }

}
