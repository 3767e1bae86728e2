import { Client } from 'pg';
import { aTenant } from '../factories/identity.factories';
import { aLead } from '../factories/lead.factories';
import { closeOwnerOrm } from '../support/owner-orm';
import { testDatabase } from '../support/test-database';

/**
 * A lead's history lines are immutable: the application role (what the API and the worker connect
 * as) may add and read them in its tenant, never change or delete them.
 */
describe('lead history lines', () => {
  let client: Client;

  beforeAll(async () => {
    client = new Client({ connectionString: (await testDatabase()).appUrl });
    await client.connect();
  });

  afterAll(async () => {
    await client.end();
    await closeOwnerOrm();
  });

  /** Runs `sql` as the application role in a transaction of `tenantId`, rolled back afterwards. */
  async function asApp(tenantId: string, sql: string, params: unknown[] = []) {
    await client.query('begin');
    try {
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      return await client.query(sql, params);
    } finally {
      await client.query('rollback');
    }
  }

  it('can be read and added to, but not changed or deleted, by the application role', async () => {
    const tenant = await aTenant();
    const lead = await aLead(tenant);

    const read = await asApp(tenant.id, `select type, actor_name from lead_event where lead_id = $1`, [lead.id]);
    expect(read.rows).toEqual([{ type: 'lead.created', actor_name: 'Test factory' }]);
    const added = await asApp(
      tenant.id,
      `insert into lead_event (id, tenant_id, created_at, lead_id, type, occurred_at, actor_name, actor_organisation, data)
       values (gen_random_uuid(), $1, now(), $2, 'lead.updated', now(), 'Someone', 'Somewhere', '{}') returning type`,
      [tenant.id, lead.id],
    );
    expect(added.rowCount).toBe(1);

    await expect(
      asApp(tenant.id, `update lead_event set comment = 'rewritten' where lead_id = $1`, [lead.id]),
    ).rejects.toMatchObject({
      code: '42501',
    });
    await expect(asApp(tenant.id, `delete from lead_event where lead_id = $1`, [lead.id])).rejects.toMatchObject({
      code: '42501',
    });
  });
});
