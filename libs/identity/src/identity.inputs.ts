import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEmail, IsEnum, IsJWT, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Locale, PageArgs, Role, Trim } from '@leadrelay/core';

/** E-mail addresses are compared trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

@InputType({ description: 'E-mail and password, and the tenant when the user has several.' })
export class LoginInput {
  @Field({ description: 'The e-mail address the user logs in with.' })
  @Trim()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'The password.' })
  @IsString()
  @IsNotEmpty({ message: 'password must not be empty' })
  @MaxLength(1000)
  password!: string;

  @Field(() => ID, { nullable: true, description: 'Required when the user is a member of several tenants.' })
  @IsOptional()
  @IsUUID('all', { message: 'tenantId must be a tenant id' })
  tenantId?: string;
}

@InputType({ description: 'A refresh token to exchange for a new pair of tokens.' })
export class RefreshSessionInput {
  @Field({
    nullable: true,
    description:
      'The refresh token from login or the last refresh; each works once. Left out in a browser: the refresh cookie is used.',
  })
  @IsOptional()
  @IsJWT({ message: 'refreshToken must be the refresh token returned by login' })
  refreshToken?: string;
}

@InputType({ description: 'A person to add to the tenant: a new user is invited by mail to choose a password.' })
export class AddMemberInput {
  @Field({ description: "The person's e-mail address; an existing user is found by it." })
  @Trim()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'Used when the e-mail is new to LeadRelay; an existing user keeps their name.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => Role, { description: 'What they may do.' })
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for partner roles; a partner admin may leave it out.' })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a partner id' })
  partnerId?: string;

  @Field(() => Locale, { nullable: true, description: "Their language for mails; the tenant's when left out." })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

@InputType({ description: 'A new role (and partner) for a membership.' })
export class UpdateMemberInput {
  @Field(() => ID, { description: 'The membership id.' })
  @IsUUID('all', { message: 'id must be a membership id' })
  id!: string;

  @Field(() => Role, { nullable: true, description: 'The new role.' })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'The partner, for a partner role.' })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a partner id' })
  partnerId?: string;
}

@ArgsType()
export class LogoutArgs {
  @Field({ defaultValue: false, description: 'End every session of yours, in every tenant.' })
  @IsBoolean()
  everywhere: boolean = false;
}

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this partner's members." })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a partner id' })
  partnerId?: string;
}

@InputType({ description: 'Your own settings: the language of the portal and of your mails.' })
export class UpdateMySettingsInput {
  @Field(() => Locale, {
    nullable: true,
    description: "Your language for the portal and your mails, in every tenant; null (or left out) for each tenant's.",
  })
  @IsOptional()
  @IsEnum(Locale, { message: `locale must be one of ${Object.values(Locale).join(', ')}` })
  locale?: Locale | null;
}
