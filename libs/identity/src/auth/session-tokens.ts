import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig, UnauthenticatedError } from '@leadrelay/core';

export const ACCESS_AUDIENCE = 'leadrelay:access';
export const REFRESH_AUDIENCE = 'leadrelay:refresh';

/** What an access token says: who (sub), in which membership and tenant, in which session. */
export interface AccessClaims {
  sub: string;
  tid: string;
  mid: string;
  sid: string;
  /** Its expiry (seconds since the epoch), as signed: verified by jsonwebtoken. */
  exp?: number;
}

/** A refresh token names its session and which of the session's refresh tokens it is (jti). */
export interface RefreshClaims {
  sub: string;
  tid: string;
  sid: string;
  jti: string;
}

/** Signs and reads the two kinds of token. Both are HS256 JWTs kept apart by their audience. */
@Injectable()
export class SessionTokens {
  constructor(
    private readonly jwt: JwtService,
    private readonly config: AppConfig,
  ) {}

  async signAccess(claims: Omit<AccessClaims, 'exp'>, now: Date): Promise<{ token: string; expiresAt: Date }> {
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS;
    const token = await this.jwt.signAsync(
      { ...claims, iat: Math.floor(now.getTime() / 1000) },
      { audience: ACCESS_AUDIENCE, expiresIn: ttl, secret: this.config.JWT_SECRET, algorithm: 'HS256' },
    );
    return { token, expiresAt: new Date(Math.floor(now.getTime() / 1000) * 1000 + ttl * 1000) };
  }

  signRefresh({ jti, ...claims }: RefreshClaims): Promise<string> {
    return this.jwt.signAsync(claims, {
      audience: REFRESH_AUDIENCE,
      jwtid: jti,
      expiresIn: this.config.REFRESH_TOKEN_TTL_SECONDS,
      secret: this.config.JWT_SECRET,
      algorithm: 'HS256',
    });
  }

  async readRefresh(token: string): Promise<RefreshClaims> {
    try {
      return await this.jwt.verifyAsync<RefreshClaims>(token, {
        audience: REFRESH_AUDIENCE,
        secret: this.config.JWT_SECRET,
        algorithms: ['HS256'],
      });
    } catch {
      throw new UnauthenticatedError('This refresh token is not valid or has expired. Log in again.');
    }
  }
}
