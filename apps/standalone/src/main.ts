// `npm start`: LeadRelay on one machine, run from the TypeScript sources (compiled on the fly by
// swc, so there is no build step to wait for). Without DATABASE_URL it starts an embedded PostgreSQL
// (data under .data/, reused next time); it applies migrations, loads the demo data once and
// runs the API and the worker in this one process. Production builds (`npm run build`) and runs
// `npm run db:migrate`, `npm run start:api` and `npm run start:worker` instead.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import {
  AppConfig,
  type EmbeddedServer,
  appRoleUrl,
  assertNodeVersion,
  ensureDatabase,
  migrate,
  ormOptions,
  provisionAppRole,
  startEmbeddedPostgres,
} from '@leadrelay/core';
import { DEMO_LOGINS, DEMO_PASSWORD, graphqlClient, loadDemoData, loadDemoLeads } from '@leadrelay/demo';
import { createApi } from '../../api/src/api.app';
import { createWorker } from '../../worker/src/worker.app';
import { ENTITIES } from '../../../mikro-orm.config';
import { MIGRATION_SET } from '../../../migrations';

/** npm runs scripts in the project's folder: the data lives beside the code, in .data/ (or DATA_DIR). */
const DATA_DIR = resolve(process.env.DATA_DIR || join(process.cwd(), '.data'));
const logger = new Logger('LeadRelay');

/** A secret kept in .data/ so that sessions survive a restart. */
function localSecret(name: string): string {
  const file = join(DATA_DIR, name);
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

interface Database {
  ownerUrl: string;
  appUrl: string;
  embedded?: EmbeddedServer;
}

/**
 * Where the data lives. Embedded: a superuser of our own server owns the tables and the
 * application connects as leadrelay_app. With DATABASE_URL (and DATABASE_OWNER_URL when the
 * application role is separate) the same is done on that server.
 */
async function database(): Promise<Database> {
  const appPassword = localSecret('app-role-password');
  if (process.env.DATABASE_URL) {
    if (process.env.DATABASE_OWNER_URL) {
      return { ownerUrl: process.env.DATABASE_OWNER_URL, appUrl: process.env.DATABASE_URL };
    }
    const ownerUrl = process.env.DATABASE_URL;
    await ensureDatabase(ownerUrl);
    await provisionAppRole(ownerUrl, appPassword);
    return { ownerUrl, appUrl: appRoleUrl(ownerUrl, appPassword) };
  }
  logger.log(`No DATABASE_URL: starting the embedded PostgreSQL (data in ${join(DATA_DIR, 'postgres')})`);
  const embedded = await startEmbeddedPostgres({
    onNotice: (message) => logger.log(message),
    dataDir: join(DATA_DIR, 'postgres'),
    port: process.env.EMBEDDED_POSTGRES_PORT ? Number(process.env.EMBEDDED_POSTGRES_PORT) : undefined,
  });
  const ownerUrl = embedded.adminUrl.replace(/\/postgres$/, '/leadrelay');
  await ensureDatabase(ownerUrl);
  await provisionAppRole(embedded.adminUrl, appPassword);
  return { ownerUrl, appUrl: appRoleUrl(ownerUrl, appPassword), embedded };
}

/** What this process has started, stopped in reverse: the API (no new requests), the worker (finishes its jobs), the database. */
const started: { api?: { close(): Promise<void> }; worker?: { close(): Promise<void> }; database?: EmbeddedServer } = {};

async function stopAll(): Promise<void> {
  await started.api?.close().catch((error: unknown) => logger.warn(`closing the API: ${String(error)}`));
  await started.worker?.close().catch((error: unknown) => logger.warn(`closing the worker: ${String(error)}`));
  await started.database?.stop();
}

async function main(): Promise<void> {
  assertNodeVersion();
  // Ctrl-C (SIGINT), SIGTERM and a closed terminal (SIGHUP) stop everything in order, at any stage.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      logger.log(`${signal}: stopping`);
      void stopAll().then(() => process.exit(0));
    });
  }
  mkdirSync(DATA_DIR, { recursive: true });
  const db = await database();
  started.database = db.embedded;
  const applied = await migrate(db.ownerUrl, MIGRATION_SET);
  logger.log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date');
  let demoLoaded = false;
  if (process.env.DEMO_DATA !== 'false') {
    const orm = await MikroORM.init(ormOptions({ clientUrl: db.ownerUrl, entities: ENTITIES, poolMax: 1 }));
    demoLoaded = await loadDemoData(orm.em.fork());
    await orm.close();
  }
  // Without SMTP_URL the mail of `npm start` is caught as .eml files in .data/mail.
  const config = AppConfig.from({
    JWT_SECRET: localSecret('jwt-secret'),
    MAIL_DIR: join(DATA_DIR, 'mail'),
    // One machine, for trying LeadRelay out: webhooks may go to a receiver on localhost.
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    ...process.env,
    DATABASE_URL: db.appUrl,
  });
  started.worker = await createWorker(config);
  const app = await createApi(config);
  started.api = app;
  await app.init();
  if (demoLoaded) {
    // The demo leads go through the API, on a loopback port of their own: PORT opens only when
    // they are in, so the first login sees them.
    const loader = createServer(app.getHttpAdapter().getInstance());
    await new Promise<void>((resolve) => loader.listen(0, '127.0.0.1', resolve));
    try {
      await loadDemoLeads(graphqlClient(`http://127.0.0.1:${(loader.address() as AddressInfo).port}/graphql`));
    } finally {
      await new Promise((resolve) => loader.close(resolve));
    }
    logger.log('Loaded the demo data: two vendors, their partners and logins, and a handful of leads');
  }
  await app.listen(config.PORT);
  printBanner(config);
}

function printBanner(config: AppConfig): void {
  const base = `http://localhost:${config.PORT}`;
  const lines = [
    '',
    `  LeadRelay is running.`,
    `  GraphQL:      ${base}/graphql`,
    config.graphqlIde ? `  GraphQL IDE:  ${base}/ide` : '',
    config.SMTP_URL ? `  Mail:         sent through SMTP_URL` : `  Mail:         caught as .eml files in ${config.MAIL_DIR}`,
    process.env.DEMO_DATA !== 'false' ? `  Demo logins (password "${DEMO_PASSWORD}"):` : '',
    ...(process.env.DEMO_DATA !== 'false'
      ? DEMO_LOGINS.map((l) => `    ${l.email.padEnd(30)} ${l.memberships.map((m) => m.role).join(', ')}`)
      : []),
    `  Stop with Ctrl-C.`,
    '',
  ];
  process.stdout.write(lines.filter((line) => line !== '').join('\n') + '\n\n');
}

/** Every start-up failure says what went wrong and what to do; never only `undefined`. */
function startupFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    const port = (error as { port?: number }).port ?? process.env.PORT ?? 3000;
    return `Port ${port} is already in use (is LeadRelay running already?). Stop the other program, or start with another PORT, e.g. PORT=3001 npm start.`;
  }
  if (code === 'ECONNREFUSED' && process.env.DATABASE_URL) {
    return `PostgreSQL at DATABASE_URL does not answer (${(error as Error).message}). Start it, or unset DATABASE_URL to use the embedded one.`;
  }
  if (error instanceof Error && error.message.trim()) return error.message;
  return `LeadRelay could not start (${String(error)}, without a message). Run it again; if it fails again, move ${DATA_DIR} away to start with fresh data, and report what it printed.`;
}

main().catch(async (error: unknown) => {
  // What started is stopped in order first, so that the cause is the last word.
  await stopAll().catch(() => undefined);
  logger.error(startupFailure(error));
  process.exit(1);
});
