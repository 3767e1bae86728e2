// `npm run db:migrate`: applies pending migrations as the owner of the tables, then exits.
// A release step: the API and the worker never change the schema themselves.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { assertNodeVersion, migrate } from '@leadrelay/core';
import { MIGRATION_SET } from '../../../migrations';

async function main(): Promise<void> {
  assertNodeVersion();
  const ownerUrl = process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL;
  if (!ownerUrl) {
    throw new Error('Set DATABASE_OWNER_URL to a connection as the role that owns (or will own) the tables.');
  }
  const applied = await migrate(ownerUrl, MIGRATION_SET);
  new Logger('Migrations').log(applied.length ? `Applied: ${applied.join(', ')}` : 'Nothing to apply: the schema is up to date.');
}

main().catch((error: unknown) => {
  new Logger('Migrations').error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
