import { Logger } from '@nestjs/common';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Actor, GraphQLContext } from '@leadrelay/core';

const logger = new Logger('GraphQL');

/**
 * One log line per GraphQL operation: its name, who asked (user, tenant, role), how long it took
 * and the error codes it answered with. Never variables: they may hold personal data.
 */
export function operationLogPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async willSendResponse({ operationName, operation, response }) {
          const actor = contextValue.req.user as Actor | undefined;
          // The errors as the client receives them, after formatError gave each its code.
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = [...new Set(errors.map((error) => String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR')))];
          const who = actor ? `user ${actor.userId} tenant ${actor.tenantId} ${actor.role}` : 'anonymous';
          const line = `${operation?.operation ?? 'request'} ${operationName ?? '(unnamed)'} by ${who} in ${Math.round(performance.now() - started)} ms${codes.length ? ` errors ${codes.join(',')}` : ''}`;
          logger.log(line);
        },
      };
    },
  };
}
