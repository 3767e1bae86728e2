import { Cursor } from '@mikro-orm/core';
import { BadUserInputError } from '../errors/domain-error';
import type { Page } from './connection';

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

/**
 * The page around a lean read's nodes (fetched `first + 1`, so one more says there is a next page):
 * whether anything lies before the cursor and the count, each asked only when it is wanted, and
 * the first and last cursors.
 */
export async function leanPage<T>(
  fetched: T[],
  first: number,
  read: {
    cursorOf: (node: T) => string;
    /** Only when the page starts after a cursor. */
    anyBefore: (() => Promise<boolean>) | null;
    /** Only when `totalCount` is asked for. */
    count: (() => Promise<number>) | null;
  },
): Promise<Page<T>> {
  const nodes = fetched.slice(0, first);
  const hasPreviousPage = read.anyBefore ? await read.anyBefore() : false;
  const totalCount = read.count ? await read.count() : 0;
  return {
    nodes,
    pageInfo: {
      hasNextPage: fetched.length > first,
      hasPreviousPage,
      startCursor: nodes.length ? read.cursorOf(nodes[0]!) : null,
      endCursor: nodes.length ? read.cursorOf(nodes.at(-1)!) : null,
    },
    totalCount,
  };
}
