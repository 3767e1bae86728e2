import { Logger } from '@nestjs/common';
import { unwrapResolverError } from '@apollo/server/errors';
import { ForbiddenError as CaslForbiddenError } from '@casl/ability';
import { OptimisticLockError } from '@mikro-orm/core';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ConflictError, DomainError, PermissionDeniedError } from '@leadrelay/core';

/** Codes Apollo and graphql-js give to malformed requests; their messages are safe to show. */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const logger = new Logger('GraphQL');

/** graphql-js suggests names ("Did you mean the enum value "OWNER"?"): a map of the schema for a prober. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** An error graphql-js raised about the request itself: no resolver ran (no path), nothing threw inside. */
function isRequestError(error: unknown): boolean {
  // By name: Apollo and this file may load graphql-js's CommonJS and ESM builds, two GraphQLError classes.
  const isGraphQLError = (e: unknown): e is GraphQLError => e instanceof Error && e.name === 'GraphQLError';
  return isGraphQLError(error) && !error.path && (!error.originalError || isGraphQLError(error.originalError));
}

/** What the domain's errors mean to a client; anything unexpected is logged and hidden. */
function toDomainError(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof CaslForbiddenError) return new PermissionDeniedError();
  if (error instanceof OptimisticLockError) {
    return new ConflictError('Someone else changed this since you read it. Load it again and repeat your change.', {
      field: 'version',
    });
  }
  return undefined;
}

/**
 * Maps every error once to `{ message, extensions: { code, ... } }`. Stack traces never leave the
 * server; in production unexpected errors say only that they were logged.
 */
export function formatError(isProduction: boolean) {
  const format = mapError(isProduction);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const mapped = format(formatted, error);
    return isProduction ? { ...mapped, message: mapped.message.replace(SUGGESTION, '') } : mapped;
  };
}

function mapError(isProduction: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const { path, locations } = formatted;
    const domainError = toDomainError(unwrapResolverError(error));
    if (domainError) {
      return { message: domainError.message, path, locations, extensions: { code: domainError.code, ...domainError.details } };
    }
    const code = formatted.extensions?.code;
    if ((code === undefined || code === 'INTERNAL_SERVER_ERROR') && isRequestError(error)) {
      // graphql-js's own refusals of a request ("Too many errors processing variables") carry no code.
      return { message: formatted.message, locations, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { message: formatted.message, path, locations, extensions };
    }
    const original = unwrapResolverError(error);
    logger.error(original instanceof Error ? (original.stack ?? original.message) : String(original));
    return {
      message: isProduction ? 'Something went wrong on our side. It has been logged; please try again.' : formatted.message,
      path,
      locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
