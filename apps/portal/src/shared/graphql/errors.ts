// One error path for the whole portal: a GraphQL error's `extensions.code` picks one catalog key;
// BAD_USER_INPUT's problems go onto the form's fields. Components never show a raw server message.
import type { CombinedError } from '@urql/core';

/** The codes the API answers with (libs/core ErrorCode and the domain libraries' codes). */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'CONFLICT',
  'TOO_MANY_REQUESTS',
  'TENANT_REQUIRED',
  'OFFER_TAKEN',
  'OFFER_EXPIRED',
  'OFFER_NOT_PENDING',
  'INVALID_STAGE',
  'CONSENT_MISSING',
  'PARTNER_EXCLUDED',
  'PARTNER_NOT_ACTIVE',
  'TOKEN_INVALID',
  'TOKEN_EXPIRED',
  'LAST_ADMIN',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** A catalog key under `errors.` for every code, and for anything else (network, server fault). */
export type ErrorMessageKey = `errors.${ErrorCode | 'NETWORK' | 'UNKNOWN'}`;

export interface FieldProblem {
  field: string;
  message: string;
}

interface ErrorLike {
  message?: string;
  extensions?: Record<string, unknown>;
}

function isKnown(code: unknown): code is ErrorCode {
  return typeof code === 'string' && (ERROR_CODES as readonly string[]).includes(code);
}

/** The first error's code, as the API sent it. */
export function errorCodeOf(error: Pick<CombinedError, 'graphQLErrors' | 'networkError'> | undefined): string | undefined {
  const code = error?.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The catalog key that says to the user what happened and what to do. */
export function errorMessageKey(error: Pick<CombinedError, 'graphQLErrors' | 'networkError'>): ErrorMessageKey {
  if (error.networkError && error.graphQLErrors.length === 0) return 'errors.NETWORK';
  const code = errorCodeOf(error);
  return isKnown(code) ? `errors.${code}` : 'errors.UNKNOWN';
}

/** BAD_USER_INPUT's problems by input field (the last segment of `input.company.name` -> `name`). */
export function fieldProblems(error: Pick<CombinedError, 'graphQLErrors'> | undefined): Record<string, string> {
  const first = error?.graphQLErrors[0] as ErrorLike | undefined;
  if (first?.extensions?.code !== 'BAD_USER_INPUT') return {};
  const problems = (first.extensions.problems ?? []) as FieldProblem[];
  return Object.fromEntries(problems.map((p) => [p.field.split('.').pop()!, p.message]));
}

/** TENANT_REQUIRED lists the tenants a person may sign in to. */
export interface TenantChoice {
  tenantId: string;
  name: string;
  role: string;
}

export function tenantChoices(error: Pick<CombinedError, 'graphQLErrors'> | undefined): TenantChoice[] {
  const first = error?.graphQLErrors[0] as ErrorLike | undefined;
  if (first?.extensions?.code !== 'TENANT_REQUIRED') return [];
  return (first.extensions.tenants ?? []) as TenantChoice[];
}
