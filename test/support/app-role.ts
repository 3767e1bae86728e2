import { Client } from 'pg';
import { PARTNER_ROLE, PARTNER_SETTING, TENANT_SETTING, USER_SETTING } from '@leadrelay/core';
import { testDatabase } from './test-database';

export interface AppRoleSettings {
  /** `app.tenant_id` for the transaction; none when left out. */
  tenantId?: string;
  /** `app.user_id` for the transaction (the login path); none when left out. */
  userId?: string;
  /** `app.partner_id` for the transaction, in the partner role (a partner user's session); none when left out. */
  partnerId?: string;
  /** The partner role without `settings.partnerId` (a partner session that lost its partner). */
  partnerRole?: boolean;
}

/**
 * Runs raw SQL as the application role, the way the API connects, in one transaction with the
 * given transaction-local settings, and rolls it back: the database's own walls, without the ORM.
 */
export async function asAppRole<T>(settings: AppRoleSettings, work: (client: Client) => Promise<T>): Promise<T> {
  const { appUrl } = await testDatabase();
  const client = new Client({ connectionString: appUrl });
  await client.connect();
  try {
    await client.query('begin');
    if (settings.tenantId) {
      await client.query('select set_config($1, $2, true)', [TENANT_SETTING, settings.tenantId]);
    }
    if (settings.partnerId) {
      await client.query('select set_config($1, $2, true)', [PARTNER_SETTING, settings.partnerId]);
    }
    if (settings.partnerId || settings.partnerRole) {
      await client.query(`select set_config('role', $1, true)`, [PARTNER_ROLE]);
    }
    if (settings.userId) {
      await client.query('select set_config($1, $2, true)', [USER_SETTING, settings.userId]);
    }
    return await work(client);
  } finally {
    await client.query('rollback').catch(() => undefined);
    await client.end();
  }
}
