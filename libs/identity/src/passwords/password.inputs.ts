import { Field, InputType } from '@nestjs/graphql';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from '@leadrelay/core';

@InputType({ description: 'The e-mail address to send a password-reset link to.' })
export class RequestPasswordResetInput {
  @Field({ description: 'The e-mail address the user logs in with.' })
  @Trim()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;
}

@InputType({ description: 'The token from an invitation or password-reset link, and the new password.' })
export class SetPasswordInput {
  @Field({ description: 'The token from the link in the invitation or password-reset mail.' })
  @IsString()
  @IsNotEmpty({ message: 'token must be the token from the link in the mail' })
  @MaxLength(200, { message: 'token must be the token from the link in the mail' })
  token!: string;

  @Field({ description: 'At least 12 characters; not the e-mail address or the name.' })
  @IsString()
  @IsNotEmpty({ message: 'password must not be empty' })
  @MaxLength(1000, { message: 'password must be at most 1000 characters long' })
  password!: string;
}
