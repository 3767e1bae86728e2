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
  login(
    @Args('input', { description: 'E-mail, password and, for a member of several tenants, the tenant.' }) input: LoginInput,
    @Context('req') request: Request,
  ): Promise<LoginPayload> {
    return this.auth.login(input, request.ip ?? 'unknown');
  }

  @Mutation(() => LoginPayload, { description: 'A new access token and refresh token for a refresh token (each works once).' })
  @Policy.public()
  refreshSession(@Args('input', { description: 'The refresh token.' }) input: RefreshSessionInput): Promise<LoginPayload> {
    return this.auth.refresh(input.refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Ends this session: its access and refresh tokens stop working.' })
  @Policy.authenticated()
  logout(@CurrentActor() actor: Actor): Promise<boolean> {
    return this.auth.logout(actor);
  }

  @Query(() => MeModel, { description: 'Who is logged in, and the membership this session acts in.' })
  @Policy.authenticated()
  me(@CurrentActor() actor: Actor): Promise<MeModel> {
    return this.auth.me(actor);
  }
}
