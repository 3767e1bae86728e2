import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { BadUserInputError, DomainError, ErrorCode } from '@leadrelay/core';

const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
};

/**
 * Domain errors on plain HTTP routes (the intake endpoint): a status and
 * `{ code, message, errors? }`. GraphQL errors pass through to Apollo's error formatting.
 */
@Catch(DomainError)
export class HttpDomainErrorFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') {
      return error;
    }
    const response = host.switchToHttp().getResponse<Response>();
    if (typeof error.details.retryAfterSeconds === 'number') {
      response.setHeader('Retry-After', String(error.details.retryAfterSeconds));
    }
    response.status(STATUS[error.code] ?? 422).json({
      code: error.code,
      message: error.message,
      ...(error instanceof BadUserInputError ? { errors: error.problems } : {}),
    });
    return undefined;
  }
}
