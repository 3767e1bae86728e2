import { rmSync } from 'node:fs';
import { Client } from 'pg';

/** Stops the pgbouncer, if one was started, drops this run's databases and stops the embedded server, if one was started. */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { pgbouncer?: { stop(): Promise<void> } }).pgbouncer?.stop();
  const adminUrl = process.env.LEADRELAY_TEST_ADMIN_URL;
  const run = process.env.LEADRELAY_TEST_RUN;
  const embedded = (globalThis as { embeddedPostgres?: { server: { stop(): Promise<void> }; dataDir: string } }).embeddedPostgres;
  if (adminUrl && run && !embedded) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1`, [
      `leadrelay_test_${run}_%`,
    ]);
    for (const { datname } of rows) {
      await admin.query(`drop database if exists "${datname}" with (force)`);
    }
    await admin.end();
  }
  if (embedded) {
    await embedded.server.stop();
    rmSync(embedded.dataDir, { recursive: true, force: true });
  }
}
