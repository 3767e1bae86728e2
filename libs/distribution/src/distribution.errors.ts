import { DomainError, PermissionDeniedError } from '@leadrelay/core';
import type { TransitionResult } from './lifecycle';

/** The distribution lib's own error codes, next to the general ones of core. */
export enum DistributionErrorCode {
  OFFER_EXPIRED = 'OFFER_EXPIRED',
  OFFER_TAKEN = 'OFFER_TAKEN',
  OFFER_NOT_PENDING = 'OFFER_NOT_PENDING',
  CONSENT_MISSING = 'CONSENT_MISSING',
  PARTNER_EXCLUDED = 'PARTNER_EXCLUDED',
  PARTNER_NOT_ACTIVE = 'PARTNER_NOT_ACTIVE',
  INVALID_STAGE = 'INVALID_STAGE',
}

export class OfferExpiredError extends DomainError {
  constructor(expiresAt: Date) {
    super(
      DistributionErrorCode.OFFER_EXPIRED,
      `This offer expired at ${expiresAt.toISOString()} and can no longer be answered.`,
      {
        expiresAt: expiresAt.toISOString(),
      },
    );
  }
}

export class OfferTakenError extends DomainError {
  constructor() {
    super(DistributionErrorCode.OFFER_TAKEN, 'Another partner accepted this lead first. The offer is closed.');
  }
}

export class OfferNotPendingError extends DomainError {
  constructor(status: string) {
    super(
      DistributionErrorCode.OFFER_NOT_PENDING,
      `This offer is ${status}, not PENDING: it can no longer be answered or withdrawn.`,
      {
        status,
      },
    );
  }
}

/** A lifecycle refusal from the transition table, as the error the user sees. */
export function lifecycleError(result: Extract<TransitionResult, { allowed: false }>): DomainError {
  return result.code === 'FORBIDDEN'
    ? new PermissionDeniedError(result.message)
    : new DomainError(DistributionErrorCode.INVALID_STAGE, result.message);
}
