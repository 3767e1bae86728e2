import type { EntityManager } from '@mikro-orm/postgresql';
import { Cursor } from '@mikro-orm/core';
import type { Compilable } from 'kysely';
import { BadUserInputError } from '../errors/domain-error';

/**
 * Kysely through MikroORM (`em.getKysely()`) runs in the transaction but past MikroORM's query log:
 * say the statement there, so that LOG_SQL and the statement counts see it like every other.
 */
export function loggedQuery<Q extends Compilable>(em: EntityManager, query: Q): Q {
  const { sql: text, parameters } = query.compile();
  em.config.getLogger().logQuery({ query: text, params: [...parameters], level: 'info' });
  return query;
}

/** What a cursor's first value is: an instant (ISO string), or a number that may be null (a nullable sort key). */
export type CursorKey = 'instant' | 'nullable-number';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A list cursor as MikroORM's `findByCursor` writes it (`Cursor.encode([sortKey, id])`), checked
 * against the kind of the list's sort key; anything else is BAD_USER_INPUT on `after`.
 */
export function decodeListCursor(after: string, key: 'instant'): [string, string];
export function decodeListCursor(after: string, key: 'nullable-number'): [number | null, string];
export function decodeListCursor(after: string, key: CursorKey): [string | number | null, string] {
  let value: unknown;
  try {
    value = Cursor.decode(after);
  } catch {
    value = null;
  }
  const keyFits = (first: unknown) =>
    key === 'instant'
      ? typeof first === 'string' && !Number.isNaN(Date.parse(first))
      : first === null || (typeof first === 'number' && Number.isFinite(first));
  if (!Array.isArray(value) || value.length !== 2 || !keyFits(value[0]) || typeof value[1] !== 'string' || !UUID.test(value[1])) {
    throw BadUserInputError.of('after', 'This cursor does not belong to this list. Start again without `after`.');
  }
  return [value[0] as string | number | null, value[1]];
}

/** The cursor of an item: its sort key (an instant as ISO string, like MikroORM's) and its id. */
export function encodeListCursor(key: Date | number | null, id: string): string {
  return Cursor.encode([key, id]);
}
