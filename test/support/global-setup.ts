import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Relative, not `@leadrelay/core`: jest runs its globalSetup outside the module registry, so
// moduleNameMapper does not apply here and Node resolves the import itself. For the same reason this
// file imports nothing that imports a lib by its alias (hence ./database-url, not ./test-database).
import { migrate, provisionAppRole, startEmbeddedPostgres } from '../../libs/core/src';
import { MIGRATION_SET } from '../../migrations';
import { TEST_APP_PASSWORD, databaseUrl } from './database-url';
import { startPgbouncer } from './pgbouncer';

/**
 * Once per test run: find a PostgreSQL server (TEST_DATABASE_URL, else DATABASE_URL, else an embedded
 * one started here with fsync off), make sure the application role exists, and migrate a template
 * database from which each test worker copies its own. With TEST_PGBOUNCER=1 it also starts a
 * pgbouncer in transaction mode in front of that server, through which the application role (the
 * API and the worker) connects, as in production; owners and factories still connect directly.
 */
export default async function globalSetup(): Promise<void> {
  process.env.TZ = 'UTC';
  let adminUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'leadrelay-test-pg-'));
    const server = await startEmbeddedPostgres({ dataDir, fast: true });
    (globalThis as { embeddedPostgres?: unknown }).embeddedPostgres = { server, dataDir };
    adminUrl = server.adminUrl;
  }
  const template = `leadrelay_test_${process.pid}_template`;
  process.env.LEADRELAY_TEST_ADMIN_URL = adminUrl;
  process.env.LEADRELAY_TEST_TEMPLATE = template;
  process.env.LEADRELAY_TEST_RUN = String(process.pid);
  await provisionAppRole(adminUrl, TEST_APP_PASSWORD);
  const { Client } = await import('pg');
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`drop database if exists ${template}`);
  await admin.query(`create database ${template}`);
  await admin.end();
  await migrate(databaseUrl(adminUrl, template), MIGRATION_SET);
  if (process.env.TEST_PGBOUNCER === '1') {
    const bouncer = await startPgbouncer(adminUrl, { leadrelay_app: TEST_APP_PASSWORD });
    (globalThis as { pgbouncer?: unknown }).pgbouncer = bouncer;
    process.env.LEADRELAY_TEST_PGBOUNCER_PORT = String(bouncer.port);
  }
}
