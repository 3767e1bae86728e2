import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import type { EntityClass } from '@mikro-orm/core';
import { join } from 'node:path';
import { MIGRATIONS } from '../../../../migrations';

/** The repository's `migrations/` folder, found from this file in source and in `dist/` alike. */
export const MIGRATIONS_PATH = join(__dirname, '..', '..', '..', '..', 'migrations');

export interface OrmOptionsInput {
  clientUrl: string;
  entities: EntityClass<unknown>[];
  /** Log every SQL statement (LOG_SQL=true). */
  debug?: boolean;
  poolMax?: number;
}

/** One MikroORM configuration for the API, the worker, the migration CLI and the tests. */
export function ormOptions({ clientUrl, entities, debug = false, poolMax = 10 }: OrmOptionsInput): Options {
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
    // A table that belongs to a library rather than an entity, and the SQL functions of the
    // row-level security policies: both are written by hand in the initial migration.
    schemaGenerator: { skipTables: ['rate_limit'], ignoreRoutines: true },
    migrations: {
      path: MIGRATIONS_PATH,
      pathTs: MIGRATIONS_PATH,
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      fileName: (timestamp, name) => `Migration${timestamp}${name ? '_' + name : ''}`,
    },
  });
}
