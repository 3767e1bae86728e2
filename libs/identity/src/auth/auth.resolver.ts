import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { type Actor, CurrentActor, Policy } from '@leadrelay/core';
import { LoginInput, RefreshSessionInput } from '../identity.inputs';
import { LoginPayload, MeModel } from '../identity.models';
import { AuthService } from './auth.service';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Mutation(() => LoginPayload, {
    description: 'Logs in with e-mail and password. A member of several tenants names the tenant (TENANT_REQUIRED lists them).',
  })
  @Policy.public()
  login(@Args('input') input: LoginInput, @Context('req') request: Request): Promise<LoginPayload> {
    return this.auth.login(input, request.ip ?? 'unknown');
  }

  @Mutation(() => LoginPayload, { description: 'A new access token and refresh token for a refresh token (each works once).' })
  @Policy.public()
  refreshSession(@Args('input') input: RefreshSessionInput): Promise<LoginPayload> {
    return this.auth.refresh(input.refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends this session: its access and refresh tokens stop working.' })
  @Policy.authenticated()
  logout(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.auth.logout(actor);
  }

  @Query(() => MeModel)
  @Policy.authenticated()
  me(@CurrentActor() actor: Actor): Promise<MeModel> {
    return this.auth.me(actor);
  }
}
