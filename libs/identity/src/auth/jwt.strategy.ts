import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { type Actor, AppConfig, UnauthenticatedError } from '@leadrelay/core';
import { AuthService } from './auth.service';
import { ACCESS_AUDIENCE, type AccessClaims } from './session-tokens';

/** Reads `Authorization: Bearer <access token>` and yields the `Actor`. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor(
    config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object, made once: given a string, jsonwebtoken first tries (and fails) to read it as a
      // public key on every request. The types know only strings and buffers; jsonwebtoken takes both.
      secretOrKey: createSecretKey(Buffer.from(config.JWT_SECRET)) as unknown as string,
      audience: ACCESS_AUDIENCE,
      algorithms: ['HS256'],
    });
  }

  async validate(claims: AccessClaims): Promise<Actor> {
    const actor = await this.auth.authenticate(claims);
    if (!actor) {
      throw new UnauthenticatedError('This session has ended. Log in again.');
    }
    return actor;
  }
}
