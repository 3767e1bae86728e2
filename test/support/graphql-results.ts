import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLResult, TestApi } from './test-api';

/** The data of a GraphQL answer that must have succeeded; its errors otherwise, as the failure. */
export function dataOf<T>(result: GraphQLResult<T>): T {
  if (result.errors?.length || !result.data) {
    throw new Error(`expected data, got errors: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/** Sends one operation that must succeed and returns its data. */
export async function gql<TResult, TVariables>(
  api: TestApi,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token: string,
): Promise<TResult>;
/** The same for an operation as text (built at run time), untyped. */
export async function gql<T = Record<string, unknown>>(
  api: TestApi,
  query: string,
  variables: Record<string, unknown>,
  token: string,
): Promise<T>;
export async function gql(api: TestApi, document: TypedDocumentNode | string, variables: Record<string, unknown>, token: string) {
  return dataOf(
    typeof document === 'string' ? await api.graphql(document, variables, token) : await api.graphql(document, variables, token),
  );
}

/** The `extensions.code` of the first error, or undefined when the operation succeeded. */
export function codeOf(result: GraphQLResult<unknown>): string | undefined {
  return result.errors?.[0]?.extensions.code;
}

/** The first error's `extensions`, for `code`, `field` and domain details. */
export function extensionsOf(result: GraphQLResult<unknown>): Record<string, unknown> {
  const error = result.errors?.[0];
  if (!error) throw new Error(`expected an error, got data: ${JSON.stringify(result.data)}`);
  return error.extensions;
}
