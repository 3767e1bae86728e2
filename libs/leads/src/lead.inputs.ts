import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsDate,
  IsEmail,
  IsEnum,
  IsISO31661Alpha2,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs, TrimOptional, UpperCase, OptionalText } from '@leadrelay/core';
import { EmployeeBand, LeadSource, RequestType } from './lead.entity';
import { LeadStage } from './lead-stage';

@InputType()
export class CompanyInput {
  @Field()
  @TrimOptional()
  @IsString()
  @IsNotEmpty({ message: 'company.name must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true })
  @OptionalText(100)
  industry?: string;

  @Field(() => EmployeeBand, { nullable: true })
  @IsOptional()
  @IsEnum(EmployeeBand)
  employeeBand?: EmployeeBand;

  @Field(() => Float, { nullable: true, description: "Annual revenue in the tenant's currency, whole units, 0 to 1e15." })
  @IsOptional()
  @IsInt({ message: 'annualRevenue must be a whole amount' })
  @Min(0)
  @Max(1e15)
  annualRevenue?: number;

  @Field(() => String, { nullable: true, description: 'Web address or domain, e.g. nordlicht.example.' })
  @OptionalText(300)
  website?: string;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. DE.' })
  @UpperCase()
  @IsISO31661Alpha2({ message: 'company.country must be an ISO 3166-1 alpha-2 code such as DE' })
  country!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimOptional()
  @Matches(/^[0-9A-Za-z -]{2,16}$/, { message: 'company.postalCode must be 2 to 16 letters, digits, spaces or dashes' })
  postalCode?: string;

  @Field(() => String, { nullable: true })
  @OptionalText(100)
  city?: string;

  @Field(() => String, { nullable: true })
  @OptionalText(200)
  street?: string;
}

@InputType()
export class ContactPersonInput {
  @Field(() => String, { nullable: true })
  @OptionalText(100)
  firstName?: string;

  @Field()
  @TrimOptional()
  @IsString()
  @IsNotEmpty({ message: 'contact.lastName must not be empty' })
  @MaxLength(100)
  lastName!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimOptional()
  @IsEmail({}, { message: 'contact.email must be an e-mail address' })
  @MaxLength(254)
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TrimOptional()
  @Matches(/^\+?[0-9 ()/.-]{5,50}$/, { message: 'contact.phone must be a phone number, e.g. +49 40 123456' })
  phone?: string;

  @Field(() => String, { nullable: true })
  @OptionalText(100)
  position?: string;

  @Field({ defaultValue: false })
  @IsBoolean()
  decisionMaker: boolean = false;
}

@InputType()
export class InterestInput {
  @Field(() => String, { nullable: true })
  @OptionalText(100)
  productLine?: string;

  @Field(() => String, { nullable: true })
  @OptionalText(5000)
  description?: string;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsInt({ message: 'interest.budget must be a whole amount' })
  @Min(0)
  @Max(1e15)
  budget?: number;

  @Field(() => String, { nullable: true })
  @OptionalText(100)
  timeframe?: string;

  @Field(() => RequestType, { defaultValue: RequestType.INQUIRY })
  @IsEnum(RequestType)
  requestType: RequestType = RequestType.INQUIRY;
}

@InputType()
export class ConsentInput {
  @Field({ description: 'The lead agreed to have its data passed on to partners.' })
  @IsBoolean()
  given!: boolean;

  @Field(() => Date, { nullable: true, description: 'When; now if given and left out.' })
  @IsOptional()
  @IsDate()
  givenAt?: Date;

  @Field(() => String, { nullable: true, description: 'The wording the lead agreed to.' })
  @OptionalText(2000)
  wording?: string;
}

@InputType()
export class CreateLeadInput {
  @Field(() => LeadSource)
  @IsEnum(LeadSource)
  source!: LeadSource;

  @Field(() => String, { nullable: true, description: 'The campaign, fair or list.' })
  @OptionalText(200)
  sourceDetail?: string;

  @Field(() => CompanyInput)
  @ValidateNested()
  @Type(() => CompanyInput)
  company!: CompanyInput;

  @Field(() => ContactPersonInput)
  @ValidateNested()
  @Type(() => ContactPersonInput)
  contact!: ContactPersonInput;

  @Field(() => InterestInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterestInput)
  interest?: InterestInput;

  @Field(() => ConsentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentInput)
  consent?: ConsentInput;

  @Field(() => String, { nullable: true, description: "The lead's id in your own systems; unique in the tenant." })
  @OptionalText(200)
  externalReference?: string;
}

@InputType({ description: 'Changes a lead. Parts given replace the stored parts; version must be the one you read.' })
export class UpdateLeadInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a lead id' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  version!: number;

  @Field(() => CompanyInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => CompanyInput)
  company?: CompanyInput;

  @Field(() => ContactPersonInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactPersonInput)
  contact?: ContactPersonInput;

  @Field(() => InterestInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterestInput)
  interest?: InterestInput;

  @Field(() => ConsentInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ConsentInput)
  consent?: ConsentInput;
}

export enum LeadOrder {
  NEWEST = 'NEWEST',
  OLDEST = 'OLDEST',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
  SCORE = 'SCORE',
}
registerEnumType(LeadOrder, { name: 'LeadOrder', description: 'SCORE: highest first.' });

@InputType()
export class LeadFilter {
  @Field(() => [LeadStage], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(LeadStage, { each: true })
  stages?: LeadStage[];

  @Field(() => [LeadSource], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsEnum(LeadSource, { each: true })
  sources?: LeadSource[];

  @Field(() => ID, { nullable: true, description: 'Leads held by this partner.' })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a partner id' })
  partnerId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the company name, contact name or e-mail.' })
  @OptionalText(200)
  search?: string;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  createdFrom?: Date;

  @Field(() => Date, { nullable: true })
  @IsOptional()
  @IsDate()
  createdTo?: Date;
}

@ArgsType()
export class LeadsArgs extends PageArgs {
  @Field(() => LeadFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => LeadFilter)
  filter?: LeadFilter;

  @Field(() => LeadOrder, { defaultValue: LeadOrder.NEWEST })
  @IsEnum(LeadOrder)
  orderBy: LeadOrder = LeadOrder.NEWEST;
}
