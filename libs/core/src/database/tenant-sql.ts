import type { PolicyDef } from '@mikro-orm/core';

/** The role the API and the worker connect as: it owns no table and cannot bypass row-level security. */
export const APP_ROLE = 'leadrelay_app';

/** The transaction-local settings the row-level security policies read (see `TenantContext`). */
export const TENANT_SETTING = 'app.tenant_id';
export const USER_SETTING = 'app.user_id';
/** Set beside the tenant for partner users: the partner wall (see the partner_wall migration). */
export const PARTNER_SETTING = 'app.partner_id';

/** SQL for the tenant of the current transaction; null when none is set, and then no row matches. */
export const CURRENT_TENANT_SQL = `nullif(current_setting('${TENANT_SETTING}', true), '')::uuid`;
/** SQL for the user of the current transaction (the login path, before a tenant is chosen). */
export const CURRENT_USER_SQL = `nullif(current_setting('${USER_SETTING}', true), '')::uuid`;

/** SQL for the partner of the current transaction: set for partner users, null for everyone else. */
export const CURRENT_PARTNER_SQL = 'app_partner_id()';

/**
 * The partner wall on a table (migration partner_wall): a restrictive policy, so it narrows the
 * tenant policy, that admits in a partner user's transaction only the rows `admits` says are that
 * partner's, and changes nothing for sessions without a partner (vendor users, the worker).
 */
export function partnerWall(admits: (columns: Record<string, string>) => string): PolicyDef {
  return {
    name: 'partner_wall',
    type: 'restrictive',
    using: (columns) => `${CURRENT_PARTNER_SQL} is null or ${admits(columns as Record<string, string>)}`,
  };
}
