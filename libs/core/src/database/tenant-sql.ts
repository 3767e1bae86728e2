/** The role the API and the worker connect as: it owns no table and cannot bypass row-level security. */
export const APP_ROLE = 'leadrelay_app';

/** The transaction-local settings the row-level security policies read (see `TenantContext`). */
export const TENANT_SETTING = 'app.tenant_id';
export const USER_SETTING = 'app.user_id';

/** SQL for the tenant of the current transaction; null when none is set, and then no row matches. */
export const CURRENT_TENANT_SQL = `nullif(current_setting('${TENANT_SETTING}', true), '')::uuid`;
/** SQL for the user of the current transaction (the login path, before a tenant is chosen). */
export const CURRENT_USER_SQL = `nullif(current_setting('${USER_SETTING}', true), '')::uuid`;
