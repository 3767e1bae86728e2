import { MikroORM } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import { ENTITIES } from '../../mikro-orm.config';
import { ormOptions } from '@leadrelay/core';
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

/** How many rows of `entity` match `where`, in every tenant (as the owner, filters off). */
export async function countRows<T extends object>(entity: EntityName<T>, where: FilterQuery<NoInfer<T>> = {}): Promise<number> {
  return (await ownerEm()).count(entity, where, { filters: false });
}

/** The one row of `entity` matching `where`, read fresh from the database as the owner (filters off). */
export async function readRow<T extends object>(entity: EntityName<T>, where: FilterQuery<NoInfer<T>>): Promise<T> {
  return (await ownerEm()).findOneOrFail(entity, where, { filters: false });
}
