import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { appRoleUrl } from '@leadrelay/core';
import { TEST_APP_PASSWORD, databaseUrl } from './database-url';

export interface TestDatabase {
  /** As the owner of the tables (a superuser here): for factories and catalogue checks. */
  ownerUrl: string;
  /** As the application role, the way the API and the worker connect: through pgbouncer when TEST_PGBOUNCER=1. */
  appUrl: string;
}

let current: Promise<TestDatabase> | undefined;

/**
 * This test file's own database, copied from the migrated template on first use (every file runs
 * in a fresh jest worker process, see jest.config.js). Nothing is shared between files: not the
 * rows, and not the job queues, whose backlog a worker started by a later file would otherwise
 * have to work through first.
 */
export function testDatabase(): Promise<TestDatabase> {
  current ??= (async () => {
    const adminUrl = process.env.LEADRELAY_TEST_ADMIN_URL;
    const template = process.env.LEADRELAY_TEST_TEMPLATE;
    if (!adminUrl || !template) {
      throw new Error('The database test set-up did not run: run database tests through jest (npm test).');
    }
    // Random, not the process id: ids are reused on a busy machine, and with them a database.
    const name = `leadrelay_test_${process.env.LEADRELAY_TEST_RUN}_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [name]);
      if (!rowCount) {
        await admin.query(`create database ${name} template ${template}`);
      }
    } finally {
      await admin.end();
    }
    const ownerUrl = databaseUrl(adminUrl, name);
    const appUrl = appRoleUrl(ownerUrl, TEST_APP_PASSWORD);
    return { ownerUrl, appUrl: throughPgbouncer(appUrl) };
  })();
  return current;
}

/** `url` through the run's pgbouncer (see global-setup.ts) when there is one, else `url` itself. */
export function throughPgbouncer(url: string): string {
  const port = process.env.LEADRELAY_TEST_PGBOUNCER_PORT;
  if (!port) return url;
  const target = new URL(url);
  target.hostname = '127.0.0.1';
  target.port = port;
  return target.toString();
}
