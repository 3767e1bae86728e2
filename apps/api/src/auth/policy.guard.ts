import { type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { type Actor, PermissionDeniedError, POLICY_KEY, type PolicyDeclaration, UnauthenticatedError } from '@leadrelay/core';

/**
 * The one guard in front of every query, mutation and HTTP route: it authenticates the bearer
 * token (passport JWT) unless the handler is public, and applies the coarse `Policy.can` checks.
 * A handler without a declared policy is refused: new endpoints are closed until declared.
 */
@Injectable()
export class PolicyGuard extends AuthGuard('jwt') {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(private readonly reflector: Reflector) {
    super();
  }

  override getRequest(context: ExecutionContext): Request {
    return context.getType<GqlContextType>() === 'graphql'
      ? GqlExecutionContext.create(context).getContext<{ req: Request }>().req
      : context.switchToHttp().getRequest<Request>();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.get<PolicyDeclaration | undefined>(POLICY_KEY, context.getHandler());
    if (!policy) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} declares no policy and was refused.`);
      throw new PermissionDeniedError('This operation is not open to anyone yet.');
    }
    if (policy.kind === 'public') {
      return true;
    }
    await super.canActivate(context);
    const actor = this.getRequest(context).user as Actor;
    if (policy.kind === 'can' && !actor.ability.can(policy.action, policy.subject)) {
      throw new PermissionDeniedError();
    }
    return true;
  }

  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) {
      throw error;
    }
    if (!user) {
      throw new UnauthenticatedError('Log in first: send the access token from `login` as `Authorization: Bearer <token>`.');
    }
    return user;
  }
}
