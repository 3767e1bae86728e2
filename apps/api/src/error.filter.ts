import { type ArgumentsHost, Catch, HttpException } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
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

/** The code of a client error Nest raises itself (an unknown route, a method not allowed). */
const HTTP_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: ErrorCode.UNAUTHENTICATED,
  403: ErrorCode.FORBIDDEN,
  404: ErrorCode.NOT_FOUND,
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: ErrorCode.TOO_MANY_REQUESTS,
};

/**
 * One place for errors outside GraphQL's own formatting. GraphQL errors go back to Apollo
 * untouched (formatError maps them and logs only the unexpected ones), so a refused permission or
 * a stale version is not logged as a server error. On plain HTTP routes (the intake endpoint) a
 * domain error becomes a status and `{ code, message, errors? }`, and so does a client error Nest
 * raises itself (404 for an unknown route); anything else is Nest's 500.
 */
@Catch()
export class ErrorFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') {
      return error;
    }
    const response = host.switchToHttp().getResponse<Response>();
    if (error instanceof HttpException && error.getStatus() < 500) {
      const status = error.getStatus();
      response.status(status).json({ code: HTTP_CODES[status] ?? 'BAD_REQUEST', message: error.message });
      return undefined;
    }
    if (!(error instanceof DomainError)) {
      return super.catch(error, host);
    }
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
