import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { type Actor, AppConfig, UnauthenticatedError } from '@leadrelay/core';
import { AuthService } from './auth.service';
import { ACCESS_AUDIENCE, type AccessClaims } from './session-tokens';

const bearerToken = ExtractJwt.fromAuthHeaderAsBearerToken();

/** Reads `Authorization: Bearer <access token>` and yields the `Actor`. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: bearerToken,
      // A key object, made once: given a string, jsonwebtoken first tries (and fails) to read it as a
      // public key on every request. The types know only strings and buffers; jsonwebtoken takes both.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as string,
      audience: ACCESS_AUDIENCE,
      algorithms: ['HS256'],
      passReqToCallback: true,
    });
  }

  /**
   * A token whose signature, audience and expiry were verified and whose session was checked within
   * the session cache's bound (SESSION_CACHE_MS, never past the token's expiry) is believed without
   * verifying it again (issue 9: `jsonwebtoken.verify` was 3 % of a request's CPU); any other goes
   * through passport-jwt's verification and then `validate`.
   */
  override authenticate(request: Request, options?: object): void {
    const token = bearerToken(request);
    const known = token ? this.auth.knownActor(token) : undefined;
    if (known) {
      this.success(known);
      return;
    }
    super.authenticate(request, options);
  }

  async validate(request: Request, claims: AccessClaims): Promise<Actor> {
    const actor = await this.auth.authenticate(bearerToken(request)!, claims);
    if (!actor) {
      throw new UnauthenticatedError('This session has ended. Log in again.');
    }
    return actor;
  }
}
