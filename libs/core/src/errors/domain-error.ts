/**
 * The codes a client reads in `extensions.code`. The first six are the general ones; domain libs
 * add their own (OFFER_EXPIRED, ...) by passing any string code to `DomainError`.
 */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  CONFLICT = 'CONFLICT',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  TENANT_REQUIRED = 'TENANT_REQUIRED',
}

/**
 * An error whose message may be shown to the user: it says what went wrong and what to do.
 * The API maps it once to a GraphQL error with `extensions.code` and `details`.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string, id?: string) {
    super(
      ErrorCode.NOT_FOUND,
      `${what} not found${id ? `: ${id}` : ''}. Check the id; it may belong to another organisation or have been removed.`,
      id ? { id } : {},
    );
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = 'Not logged in or the session has ended. Log in again.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class PermissionDeniedError extends DomainError {
  constructor(message = 'Your role does not allow this. Ask an administrator of your organisation.') {
    super(ErrorCode.FORBIDDEN, message);
  }
}

export interface FieldProblem {
  field: string;
  message: string;
}

export class BadUserInputError extends DomainError {
  constructor(readonly problems: FieldProblem[]) {
    super(ErrorCode.BAD_USER_INPUT, problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
      field: problems[0]?.field,
      problems,
    });
  }

  static of(field: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, message }]);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, details);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(ErrorCode.TOO_MANY_REQUESTS, `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
  }
}
