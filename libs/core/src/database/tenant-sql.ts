import type { PolicyDef } from '@mikro-orm/core';

/** The role the API and the worker connect as: it owns no table and cannot bypass row-level security. */
export const APP_ROLE = 'leadrelay_app';
/**
 * The role a partner user's transactions switch to (`set_config('role', ..., true)`, beside
 * `app.partner_id`): the partner wall's policies apply to it alone, so vendor users' and the
 * worker's queries are planned without them (migration partner_role). Same rights as APP_ROLE.
 */
export const PARTNER_ROLE = 'leadrelay_partner';

/** The transaction-local settings the row-level security policies read (see `TenantContext`). */
export const TENANT_SETTING = 'app.tenant_id';
export const USER_SETTING = 'app.user_id';
/** Set beside the tenant for partner users: the partner wall (see the partner_wall migration). */
export const PARTNER_SETTING = 'app.partner_id';

/** SQL for the tenant of the current transaction; null when none is set, and then no row matches. */
export const CURRENT_TENANT_SQL = `nullif(current_setting('${TENANT_SETTING}', true), '')::uuid`;
/** SQL for the user of the current transaction (the login path, before a tenant is chosen). */
export const CURRENT_USER_SQL = `nullif(current_setting('${USER_SETTING}', true), '')::uuid`;

/**
 * The partner wall on a table (migrations partner_wall, partner_role): a restrictive policy for the
 * partner role, so it narrows the tenant policy, that admits in a partner user's transaction only
 * the rows `admits` says are that partner's (none when `app.partner_id` is missing). Vendor users
 * and the worker never take the role, and their queries are planned without it.
 */
export function partnerWall(admits: (columns: Record<string, string>) => string): PolicyDef {
  return {
    name: 'partner_wall',
    type: 'restrictive',
    roles: [PARTNER_ROLE],
    using: (columns) => admits(columns as Record<string, string>),
  };
}
