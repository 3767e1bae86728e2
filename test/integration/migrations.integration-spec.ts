import { MikroORM } from '@mikro-orm/postgresql';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITIES } from '../../mikro-orm.config';
import { MIGRATIONS } from '../../migrations';
import { ormOptions } from '@leadrelay/core';
import { testDatabase } from '../support/test-database';

/** The committed migrations are the schema the entities describe, and every one of them runs. */
describe('migrations', () => {
  it('lists every migration file in migrations/index.ts, in order', () => {
    const files = readdirSync(join(__dirname, '..', '..', 'migrations'))
      .filter((file) => /^Migration\d+.*\.ts$/.test(file))
      .map((file) => file.replace(/\.ts$/, ''))
      .sort();
    expect(MIGRATIONS.map((migration) => migration.name)).toEqual(files);
  });

  it('leave nothing to migrate: the entities and the migrated database agree', async () => {
    const { ownerUrl } = await testDatabase();
    const orm = await MikroORM.init(ormOptions({ clientUrl: ownerUrl, entities: ENTITIES, poolMax: 1 }));
    try {
      const diff = await orm.schema.getUpdateSchemaSQL({ wrap: false, safe: false });
      expect(diff.trim()).toBe('');
    } finally {
      await orm.close();
    }
  });
});
