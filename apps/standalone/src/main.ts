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
import { join } from 'node:path';
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

/** npm runs scripts in the project's folder: the data lives beside the code, in .data/. */
const DATA_DIR = join(process.cwd(), '.data');
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
  logger.log('No DATABASE_URL: starting the embedded PostgreSQL (data in .data/postgres)');
  const embedded = await startEmbeddedPostgres({
    dataDir: join(DATA_DIR, 'postgres'),
    port: process.env.EMBEDDED_POSTGRES_PORT ? Number(process.env.EMBEDDED_POSTGRES_PORT) : undefined,
  });
  const ownerUrl = embedded.adminUrl.replace(/\/postgres$/, '/leadrelay');
  await ensureDatabase(ownerUrl);
  await provisionAppRole(embedded.adminUrl, appPassword);
  return { ownerUrl, appUrl: appRoleUrl(ownerUrl, appPassword), embedded };
}

async function main(): Promise<void> {
  assertNodeVersion();
  mkdirSync(DATA_DIR, { recursive: true });
  const db = await database();
  const stopDatabase = async () => db.embedded?.stop();
  try {
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
    const worker = await createWorker(config);
    const app = await createApi(config);
    await app.listen(config.PORT);
    if (demoLoaded) {
      await loadDemoLeads(graphqlClient(`http://127.0.0.1:${config.PORT}/graphql`));
      logger.log('Loaded the demo data: two vendors, their partners and logins, and a handful of leads');
    }
    const stop = async (signal: string) => {
      logger.log(`${signal}: stopping`);
      await app.close();
      await worker.close();
      await stopDatabase();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
    printBanner(config);
  } catch (error) {
    await stopDatabase();
    throw error;
  }
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

main().catch((error: unknown) => {
  logger.error(error instanceof Error ? error.message : String(error), error instanceof Error ? error.stack : undefined);
  process.exit(1);
});
