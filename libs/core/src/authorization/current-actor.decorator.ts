import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Actor } from './actor';
import { UnauthenticatedError } from '../errors/domain-error';

/** The actor of the current GraphQL request; fails loudly if the request has none. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const request = GqlExecutionContext.create(context).getContext<{ req: { user?: Actor } }>().req;
  if (!request.user) {
    throw new UnauthenticatedError();
  }
  return request.user;
});
