import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import { type AppConfig, createGraphQLContext } from '@leadrelay/core';
import { formatError } from './format-error';
import { operationLogPlugin } from './operation-log.plugin';

/** The most tokens a document may have; more is refused while parsing (GRAPHQL_PARSE_FAILED, HTTP 400). */
export const MAX_TOKENS = 3000;

/**
 * Apollo behind Nest: code-first schema written to schema/schema.graphql, limits on depth, cost,
 * aliases, directives and tokens from the start, no introspection and no suggestions of any kind
 * in production, no landing page (the offline IDE is served at /ide instead). Every limit is a
 * client error, HTTP 400: the token limit is graphql-js's own parse option, because graphql-armor's
 * token plugin throws from a hook that Apollo answers with 500.
 */
export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const armor = new ApolloArmor({
    maxDepth: { n: 10 },
    costLimit: { maxCost: 5000 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.isProduction, mask: '' },
  }).protect();
  return {
    // Built in memory; `npm run schema:generate` writes schema/schema.graphql, a test keeps it current.
    autoSchemaFile: true,
    sortSchema: true,
    path: '/graphql',
    introspection: !config.isProduction,
    graphiql: false,
    playground: false,
    // No HTTP caching of answers (every answer is one person's): without cache control Apollo wraps
    // no field resolver to time it, which is most of its cost on a list.
    // graphql-armor is typed against Apollo's ESM build, Nest against its CommonJS one: the same objects.
    plugins: [
      ...armor.plugins,
      operationLogPlugin(),
      ApolloServerPluginCacheControlDisabled(),
    ] as unknown as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: MAX_TOKENS },
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatError(config.isProduction),
    context: createGraphQLContext,
  };
}
