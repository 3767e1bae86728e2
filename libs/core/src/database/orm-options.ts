import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';

/**
 * The schema's migrations, handed in by whoever migrates (the apps, the CLI configuration, the test
 * set-up: see `migrations/index.ts`), so that libs/core knows nothing outside itself.
 */
export interface MigrationSet {
  /** Every migration, in the order they run. */
  list: MigrationObject[];
  /** The folder they live in, where `npm run db:migration:create` writes the next one. */
  folder: string;
}

export interface OrmOptionsInput {
  clientUrl: string;
  entities: EntityClass<unknown>[];
  /** Log every SQL statement (LOG_SQL=true). */
  debug?: boolean;
  poolMax?: number;
  /** Needed only to migrate (or create a migration); the API and the worker never do. */
  migrations?: MigrationSet;
}

/** One MikroORM configuration for the API, the worker, the migration CLI and the tests. */
export function ormOptions({ clientUrl, entities, debug = false, poolMax = 10, migrations }: OrmOptionsInput): Options {
  return defineConfig({
    clientUrl,
    entities,
    discovery: { warnWhenNoEntities: false, checkDuplicateTableNames: true },
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    debug,
    pool: { min: 0, max: poolMax },
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    sessionContext: 'transaction',
    // Written by hand in migrations, not by entities: a table that belongs to a library
    // (rate_limit), the search table behind the leads list's trigram index and its trigger
    // (lead_search), a partner's load kept by triggers (partner_load), and the SQL functions of the
    // row-level security policies and the search.
    schemaGenerator: { skipTables: ['rate_limit', 'lead_search', 'partner_load'], ignoreRoutines: true, ignoreTriggers: true },
    migrations: {
      ...(migrations && { path: migrations.folder, pathTs: migrations.folder, migrationsList: migrations.list }),
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      fileName: (timestamp, name) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
  });
}
