import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { BadUserInputError } from '../errors/domain-error';
import { type Page, type PageArgs, toPage } from './connection';

export interface PaginateOptions<E extends object> {
  where: FilterQuery<E>;
  /** Must end in a unique column (id) so that the order, and thus the cursor, is total. */
  orderBy: QueryOrderMap<E>;
  populate?: readonly string[];
}

/** One page of `entity` after `args.after`, mapped to models; a foreign cursor is BAD_USER_INPUT. */
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
    });
    return toPage(
      cursor as unknown as { items: E[]; hasNextPage: boolean; endCursor: string | null; totalCount: number },
      toModel,
    );
  } catch (error) {
    if (args.after && error instanceof Error && /cursor/i.test(error.message)) {
      throw BadUserInputError.of('after', 'This cursor does not belong to this list. Start again without `after`.');
    }
    throw error;
  }
}
