import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { type Actor, CurrentActor, Policy, UnauthenticatedError } from '@leadrelay/core';
import { LoginInput, LogoutArgs, RefreshSessionInput, UpdateMySettingsInput } from '../identity.inputs';
import { LoginPayload, MeModel, UserModel } from '../identity.models';
import { AuthService } from './auth.service';
import { RefreshCookie } from './refresh-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly cookie: RefreshCookie,
  ) {}

  @Mutation(() => LoginPayload, {
    description:
      'Logs in with e-mail and password. A member of several tenants names the tenant (TENANT_REQUIRED lists them). ' +
      'The refresh token also comes as an HttpOnly cookie for browsers.',
  })
  @Policy.public()
  async login(
    @Args('input', { description: 'E-mail, password and, for a member of several tenants, the tenant.' }) input: LoginInput,
    @Context('req') request: Request,
  ): Promise<LoginPayload> {
    const payload = await this.auth.login(input, request.ip ?? 'unknown');
    this.cookie.set(request, payload.refreshToken);
    return payload;
  }

  @Mutation(() => LoginPayload, {
    description:
      'A new access token and refresh token for a refresh token (each works once): the one in the input, else the refresh cookie of a browser.',
  })
  @Policy.public()
  async refreshSession(
    @Args('input', { type: () => RefreshSessionInput, nullable: true, description: 'The refresh token; left out in a browser.' })
    input: RefreshSessionInput | undefined,
    @Context('req') request: Request,
  ): Promise<LoginPayload> {
    const refreshToken = input?.refreshToken ?? RefreshCookie.read(request);
    if (!refreshToken) {
      throw new UnauthenticatedError('No session to refresh. Log in.');
    }
    try {
      const payload = await this.auth.refresh(refreshToken);
      this.cookie.set(request, payload.refreshToken);
      return payload;
    } catch (error) {
      this.cookie.clear(request);
      throw error;
    }
  }

  @Mutation(() => Boolean, {
    description:
      'Ends this session: its access and refresh tokens stop working. With everywhere: true, every session of yours, in every tenant.',
  })
  @Policy.authenticated()
  async logout(
    @CurrentActor() actor: Actor,
    @Context('req') request: Request,
    @Args() { everywhere }: LogoutArgs,
  ): Promise<boolean> {
    const ended = await (everywhere ? this.auth.logoutEverywhere(actor) : this.auth.logout(actor));
    this.cookie.clear(request);
    return ended;
  }

  @Query(() => MeModel, { description: 'Who is logged in, and the membership this session acts in.' })
  @Policy.authenticated()
  me(@CurrentActor() actor: Actor): Promise<MeModel> {
    return this.auth.me(actor);
  }

  @Mutation(() => UserModel, {
    description:
      'Saves your own settings: the language of the portal and of the mails sent to you (in every tenant you belong to).',
  })
  @Policy.authenticated()
  updateMySettings(
    @CurrentActor() actor: Actor,
    @Args('input', { description: 'The settings to save.' }) input: UpdateMySettingsInput,
  ): Promise<UserModel> {
    return this.auth.updateMySettings(actor, input);
  }
}
