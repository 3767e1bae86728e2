import DataLoader from 'dataloader';

/** The GraphQL context of one request: the HTTP request, and the request's batch loaders. */
export interface GraphQLContext {
  req: { user?: unknown; ip?: string };
  loaders: Map<string, DataLoader<string, unknown>>;
}

export function createGraphQLContext({ req }: { req: GraphQLContext['req'] }): GraphQLContext {
  return { req, loaders: new Map() };
}

/**
 * A per-request DataLoader: field resolvers of a list ask for their item, and one batch call
 * answers the whole page, so the number of SQL statements does not grow with the page size.
 */
export function requestLoader<V>(
  context: GraphQLContext,
  name: string,
  batch: (keys: readonly string[]) => Promise<Map<string, V>>,
  missing: V,
): DataLoader<string, V> {
  let loader = context.loaders.get(name) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(async (keys) => {
      const found = await batch(keys);
      return keys.map((key) => found.get(key) ?? missing);
    });
    context.loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}
