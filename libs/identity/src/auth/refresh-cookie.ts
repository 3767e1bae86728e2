import { Injectable } from '@nestjs/common';
import type { CookieOptions, Request } from 'express';
import { AppConfig } from '@leadrelay/core';

/**
 * The refresh token for browsers: an HttpOnly cookie that scripts cannot read, sent only to the
 * GraphQL path (where `refreshSession` is) and never from another site. Other clients keep using
 * the token in the answer's body.
 */
export const REFRESH_COOKIE = 'leadrelay_refresh';
export const REFRESH_COOKIE_PATH = '/graphql';

@Injectable()
export class RefreshCookie {
  constructor(private readonly config: AppConfig) {}

  /** The refresh token the browser sent, if any. */
  static read(request: Request): string | undefined {
    const header = request.headers.cookie;
    if (!header) return undefined;
    for (const part of header.split(';')) {
      const [name, ...value] = part.trim().split('=');
      if (name === REFRESH_COOKIE) return decodeURIComponent(value.join('='));
    }
    return undefined;
  }

  set(request: Request, token: string): void {
    request.res?.cookie(REFRESH_COOKIE, token, {
      ...this.options(request),
      maxAge: this.config.REFRESH_TOKEN_TTL_SECONDS * 1000,
    });
  }

  clear(request: Request): void {
    request.res?.clearCookie(REFRESH_COOKIE, this.options(request));
  }

  /** Secure always in production; plain-HTTP localhost is allowed in development. */
  private options(request: Request): CookieOptions {
    return {
      httpOnly: true,
      secure: this.config.isProduction || request.secure,
      sameSite: 'strict',
      path: REFRESH_COOKIE_PATH,
    };
  }
}
