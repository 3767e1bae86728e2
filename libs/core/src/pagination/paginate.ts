import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { BadUserInputError } from '../errors/domain-error';
import type { Page, PageArgs } from './connection';

export interface PaginateOptions<E extends object> {
  where: FilterQuery<E>;
  /** Must end in a unique column (id) so that the order, and thus the cursor, is total. */
  orderBy: QueryOrderMap<E>;
  populate?: readonly string[];
  /** Count the whole list for `totalCount`: leave it false when the request does not ask for it. */
  withCount?: boolean;
}

/**
 * One page of `entity` after `args.after`, mapped to models; a foreign cursor is BAD_USER_INPUT.
 * `hasPreviousPage` says whether items of the list really lie before the page (MikroORM's own
 * `hasPrevPage` only says that `after` was given): one more statement, and only after `after`.
 */
export async function paginate<E extends object, M>(
  em: EntityManager,
  entity: EntityName<E>,
  args: PageArgs,
  options: PaginateOptions<E>,
  toModel: (entity: E) => M,
): Promise<Page<M>> {
  try {
    const cursor = await em.findByCursor(entity, {
      where: options.where as never,
      orderBy: options.orderBy,
      first: args.first,
      after: args.after,
      populate: options.populate as never,
      includeCount: options.withCount ?? true,
    });
    let hasPreviousPage = false;
    if (args.after && cursor.startCursor) {
      const before = await em.findByCursor(entity, {
        where: options.where as never,
        orderBy: options.orderBy,
        last: 1,
        before: cursor.startCursor,
        includeCount: false,
      });
      hasPreviousPage = before.items.length > 0;
    } else if (args.after) {
      // An empty page after a cursor: nothing lies after it, so every item of the list lies before.
      hasPreviousPage =
        (options.withCount ?? true) ? (cursor.totalCount ?? 0) > 0 : (await em.count(entity, options.where as never)) > 0;
    }
    return {
      nodes: (cursor.items as E[]).map(toModel),
      pageInfo: {
        hasNextPage: cursor.hasNextPage,
        hasPreviousPage,
        startCursor: cursor.startCursor,
        endCursor: cursor.endCursor,
      },
      totalCount: cursor.totalCount ?? 0,
    };
  } catch (error) {
    if (args.after && error instanceof Error && /cursor/i.test(error.message)) {
      throw BadUserInputError.of('after', 'This cursor does not belong to this list. Start again without `after`.');
    }
    throw error;
  }
}
