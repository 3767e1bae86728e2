import { MikroORM } from '@mikro-orm/postgresql';
import { ENTITIES } from '../../mikro-orm.config';
import { ormOptions } from '../../libs/core/src';
import { testDatabase } from './test-database';

let orm: Promise<MikroORM> | undefined;

/**
 * MikroORM as the owner of the tables, outside any tenant: factories build test data with it.
 * The code under test never connects this way.
 */
export function ownerOrm(): Promise<MikroORM> {
  orm ??= testDatabase().then(({ ownerUrl }) =>
    MikroORM.init(ormOptions({ clientUrl: ownerUrl, entities: ENTITIES, poolMax: 4 })),
  );
  return orm;
}

/** A fresh entity manager as the owner; reads pass `filters: false` to see every tenant. */
export async function ownerEm() {
  return (await ownerOrm()).em.fork({ clear: true });
}

export async function closeOwnerOrm(): Promise<void> {
  if (orm) {
    await (await orm).close();
    orm = undefined;
  }
}
