import { DomainError } from '@leadrelay/core';

/** The codes of a link to set a password that cannot be used (`extensions.code`). */
export enum AccountTokenErrorCode {
  TOKEN_INVALID = 'TOKEN_INVALID',
  TOKEN_EXPIRED = 'TOKEN_EXPIRED',
}

/** Unknown, already used, or replaced by a password chosen meanwhile. */
export class AccountTokenInvalidError extends DomainError {
  constructor() {
    super(
      AccountTokenErrorCode.TOKEN_INVALID,
      'This link is not valid or has already been used. Ask for a new one with "Forgot password?" on the login page.',
      { field: 'token' },
    );
  }
}

export class AccountTokenExpiredError extends DomainError {
  constructor() {
    super(
      AccountTokenErrorCode.TOKEN_EXPIRED,
      'This link has expired. Ask for a new one with "Forgot password?" on the login page, or ask your administrator to send the invitation again.',
      { field: 'token' },
    );
  }
}
