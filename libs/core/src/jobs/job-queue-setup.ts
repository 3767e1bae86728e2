import { PgBoss } from 'pg-boss';
import { Client } from 'pg';
import { APP_ROLE, PARTNER_ROLE } from '../database/tenant-sql';
import { JOB_SCHEMA, QUEUE_SETTINGS, type QueueName } from './queues';

/**
 * Part of `db:migrate`: installs or upgrades pg-boss's schema and LeadRelay's queues as the owner,
 * and lets the application role use them (it creates no tables itself).
 */
export async function setUpJobQueues(ownerUrl: string): Promise<void> {
  const boss = new PgBoss({
    connectionString: ownerUrl,
    schema: JOB_SCHEMA,
    max: 2,
    migrate: true,
    createSchema: true,
    schedule: false,
    supervise: false,
  });
  await boss.start();
  try {
    for (const [name, settings] of Object.entries(QUEUE_SETTINGS) as [QueueName, (typeof QUEUE_SETTINGS)[QueueName]][]) {
      const options = { ...settings, expireInSeconds: settings.expireInSeconds };
      if (await boss.getQueue(name)) {
        await boss.updateQueue(name, options);
      } else {
        await boss.createQueue(name, options);
      }
    }
  } finally {
    await boss.stop({ graceful: false });
  }
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    for (const role of [APP_ROLE, PARTNER_ROLE]) {
      await client.query(`grant usage on schema ${JOB_SCHEMA} to ${role};
        grant select, insert, update, delete on all tables in schema ${JOB_SCHEMA} to ${role};
        grant usage, select on all sequences in schema ${JOB_SCHEMA} to ${role};
        grant execute on all functions in schema ${JOB_SCHEMA} to ${role};
        alter default privileges in schema ${JOB_SCHEMA} grant select, insert, update, delete on tables to ${role};`);
    }
  } finally {
    await client.end();
  }
}
