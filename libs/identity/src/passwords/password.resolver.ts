import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Policy } from '@leadrelay/core';
import { RequestPasswordResetInput, SetPasswordInput } from './password.inputs';
import { PasswordService } from './password.service';

@Resolver()
export class PasswordResolver {
  constructor(private readonly passwords: PasswordService) {}

  @Mutation(() => Boolean, {
    description:
      'Mails a link to choose a new password (valid for an hour) if the e-mail has an account. Always answers true, ' +
      'whether it has or not; TOO_MANY_REQUESTS after a few requests for one e-mail within an hour.',
  })
  @Policy.public()
  requestPasswordReset(
    @Args('input', { description: 'The e-mail address.' }) input: RequestPasswordResetInput,
    @Context('req') request: Request,
  ): Promise<boolean> {
    return this.passwords.requestReset(input, request.ip ?? 'unknown');
  }

  @Mutation(() => Boolean, {
    description:
      "Sets the password with the token from an invitation or password-reset link (each works once). Ends all the user's " +
      'sessions. TOKEN_INVALID for an unknown or used token, TOKEN_EXPIRED for an old one; then log in with `login`.',
  })
  @Policy.public()
  setPassword(
    @Args('input', { description: 'The token from the mail and the new password.' }) input: SetPasswordInput,
    @Context('req') request: Request,
  ): Promise<boolean> {
    return this.passwords.setPassword(input, request.ip ?? 'unknown');
  }
}
