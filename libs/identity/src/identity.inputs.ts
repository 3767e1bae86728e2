import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsJWT, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Locale, PageArgs, Role, Trim } from '@leadrelay/core';

/** E-mail addresses are compared trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

@InputType()
export class LoginInput {
  @Field()
  @Trim()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @IsString()
  @IsNotEmpty({ message: 'password must not be empty' })
  @MaxLength(1000)
  password!: string;

  @Field(() => ID, { nullable: true, description: 'Required when the user is a member of several tenants.' })
  @IsOptional()
  @IsUUID('all', { message: 'tenantId must be a tenant id' })
  tenantId?: string;
}

@InputType()
export class RefreshSessionInput {
  @Field({ nullable: true, description: 'Left out in a browser: the refresh cookie set by login is used.' })
  @IsOptional()
  @IsJWT({ message: 'refreshToken must be the refresh token returned by login' })
  refreshToken?: string;
}

@InputType()
export class AddMemberInput {
  @Field()
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

  @Field(() => Role)
  @IsEnum(Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for partner roles; a partner admin may leave it out.' })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a partner id' })
  partnerId?: string;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale)
  locale?: Locale;
}

@InputType()
export class UpdateMemberInput {
  @Field(() => ID, { description: 'The membership id.' })
  @IsUUID('all', { message: 'id must be a membership id' })
  id!: string;

  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a partner id' })
  partnerId?: string;
}

@ArgsType()
export class MembersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this partner's members." })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a partner id' })
  partnerId?: string;
}
