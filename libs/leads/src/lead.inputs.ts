import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsISO31661Alpha2,
  IsIn,
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
import {
  OptionalNote,
  OptionalText,
  PageArgs,
  PastInstant,
  SearchInstant,
  TrimOptional,
  UpperCase,
  WebAddress,
} from '@leadrelay/core';
import { EmployeeBand, LeadSource, RequestType } from './lead.entity';
import { LeadStage } from './lead-stage';

@InputType({ description: 'The customer company a lead is about.' })
export class CompanyInput {
  @Field({ description: "The company's name." })
  @TrimOptional()
  @IsString()
  @IsNotEmpty({ message: 'company.name must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, { nullable: true, description: "Its industry, in the tenant's words (e.g. Mechanical engineering)." })
  @OptionalText(100)
  industry?: string;

  @Field(() => EmployeeBand, { nullable: true, description: 'How many people it employs.' })
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
  @WebAddress(300)
  website?: string;

  @Field({ description: 'ISO 3166-1 alpha-2, e.g. DE.' })
  @UpperCase()
  @IsISO31661Alpha2({ message: 'company.country must be an ISO 3166-1 alpha-2 code such as DE' })
  country!: string;

  @Field(() => String, { nullable: true, description: 'Postal code; its first digits place the lead in partner territories.' })
  @IsOptional()
  @TrimOptional()
  @Matches(/^[0-9A-Za-z -]{2,16}$/, { message: 'company.postalCode must be 2 to 16 letters, digits, spaces or dashes' })
  postalCode?: string;

  @Field(() => String, { nullable: true, description: 'City.' })
  @OptionalText(100)
  city?: string;

  @Field(() => String, { nullable: true, description: 'Street and number.' })
  @OptionalText(200)
  street?: string;
}

@InputType({ description: 'The person to contact (personal data).' })
export class ContactPersonInput {
  @Field(() => String, { nullable: true, description: 'First name of the contact person.' })
  @OptionalText(100)
  firstName?: string;

  @Field({ description: 'Last name of the contact person.' })
  @TrimOptional()
  @IsString()
  @IsNotEmpty({ message: 'contact.lastName must not be empty' })
  @MaxLength(100)
  lastName!: string;

  @Field(() => String, { nullable: true, description: "The contact person's e-mail address." })
  @IsOptional()
  @TrimOptional()
  @IsEmail({}, { message: 'contact.email must be an e-mail address' })
  @MaxLength(254)
  email?: string;

  @Field(() => String, { nullable: true, description: 'Phone number, as given.' })
  @IsOptional()
  @TrimOptional()
  @Matches(/^\+?[0-9 ()/.-]{5,50}$/, { message: 'contact.phone must be a phone number, e.g. +49 40 123456' })
  phone?: string;

  @Field(() => String, { nullable: true, description: 'Job title, e.g. Head of Purchasing.' })
  @OptionalText(100)
  position?: string;

  @Field({ defaultValue: false, description: 'Whether the contact person decides the purchase.' })
  @IsBoolean()
  decisionMaker: boolean = false;
}

@InputType({ description: 'What the lead is interested in.' })
export class InterestInput {
  @Field(() => String, { nullable: true, description: 'The product line asked about.' })
  @OptionalText(100)
  productLine?: string;

  @Field(() => String, { nullable: true, description: 'What the lead asked or needs, in its own words.' })
  @OptionalNote(5000)
  description?: string;

  @Field(() => Float, { nullable: true, description: "The budget the lead named, in the tenant's currency, whole units." })
  @IsOptional()
  @IsInt({ message: 'interest.budget must be a whole amount' })
  @Min(0)
  @Max(1e15)
  budget?: number;

  @Field(() => String, { nullable: true, description: 'When the lead plans to buy, as given (e.g. Q3).' })
  @OptionalText(100)
  timeframe?: string;

  @Field(() => RequestType, {
    defaultValue: RequestType.INQUIRY,
    description: 'What kind of request it was: a question, a quote request or a demo.',
  })
  @IsEnum(RequestType)
  requestType: RequestType = RequestType.INQUIRY;
}

@InputType({ description: "The lead's consent to have its data passed on to partners." })
export class ConsentInput {
  @Field({ description: 'The lead agreed to have its data passed on to partners.' })
  @IsBoolean()
  given!: boolean;

  @Field(() => Date, { nullable: true, description: 'When; now if given and left out.' })
  @IsOptional()
  @PastInstant()
  givenAt?: Date;

  @Field(() => String, { nullable: true, description: 'The wording the lead agreed to.' })
  @OptionalNote(2000)
  wording?: string;
}

@InputType({ description: 'A new lead, brought in by a vendor user; it starts NEW and is checked for duplicates.' })
export class CreateLeadInput {
  @Field(() => LeadSource, { description: 'Where the lead came from.' })
  @IsEnum(LeadSource)
  source!: LeadSource;

  @Field(() => String, { nullable: true, description: 'The campaign, fair or list.' })
  @OptionalText(200)
  sourceDetail?: string;

  @Field(() => CompanyInput, { description: 'The customer company.' })
  @ValidateNested()
  @Type(() => CompanyInput)
  company!: CompanyInput;

  @Field(() => ContactPersonInput, { description: 'The person to contact.' })
  @ValidateNested()
  @Type(() => ContactPersonInput)
  contact!: ContactPersonInput;

  @Field(() => InterestInput, { nullable: true, description: 'What the lead is interested in; a plain inquiry when left out.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterestInput)
  interest?: InterestInput;

  @Field(() => ConsentInput, {
    nullable: true,
    description: "The lead's consent to be passed on to partners; none when left out.",
  })
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
  @Field(() => ID, { description: 'The lead to change.' })
  @IsUUID('all', { message: 'id must be a lead id' })
  id!: string;

  @Field(() => Int, { description: "The lead's `version` as you read it." })
  @IsInt()
  version!: number;

  @Field(() => CompanyInput, { nullable: true, description: 'Replaces the company.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => CompanyInput)
  company?: CompanyInput;

  @Field(() => ContactPersonInput, { nullable: true, description: 'Replaces the contact person.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ContactPersonInput)
  contact?: ContactPersonInput;

  @Field(() => InterestInput, { nullable: true, description: 'Replaces the interest.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => InterestInput)
  interest?: InterestInput;

  @Field(() => ConsentInput, { nullable: true, description: 'Replaces the consent.' })
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
registerEnumType(LeadOrder, {
  name: 'LeadOrder',
  description: 'SCORE: highest first.',
  valuesMap: {
    NEWEST: { description: 'Newest first (by when they came in).' },
    OLDEST: { description: 'Oldest first.' },
    RECENTLY_UPDATED: { description: 'Most recently changed first.' },
    SCORE: { description: 'Highest score first; unscored leads last.' },
  },
});

@InputType({ description: 'Which leads to list; every filter given must hold.' })
export class LeadFilter {
  @Field(() => [LeadStage], { nullable: true, description: 'Only leads in one of these stages.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Object.values(LeadStage).length)
  @IsEnum(LeadStage, { each: true })
  stages?: LeadStage[];

  @Field(() => [LeadSource], { nullable: true, description: 'Only leads from one of these sources.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Object.values(LeadSource).length)
  @IsEnum(LeadSource, { each: true })
  sources?: LeadSource[];

  @Field(() => [String], { nullable: true, description: 'Only leads qualified with one of these grades, A (best) to D.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsIn(['A', 'B', 'C', 'D'], { each: true, message: 'each grade must be one of A, B, C or D' })
  grades?: string[];

  @Field(() => ID, { nullable: true, description: 'Leads held by this partner.' })
  @IsOptional()
  @IsUUID('all', { message: 'partnerId must be a partner id' })
  partnerId?: string;

  @Field(() => String, { nullable: true, description: 'Part of the company name, contact name or e-mail.' })
  @OptionalText(200)
  search?: string;

  @Field(() => Date, { nullable: true, description: 'Only leads that came in at or after this moment.' })
  @IsOptional()
  @SearchInstant()
  createdFrom?: Date;

  @Field(() => Date, { nullable: true, description: 'Only leads that came in before this moment.' })
  @IsOptional()
  @SearchInstant()
  createdTo?: Date;
}

@ArgsType()
export class LeadsArgs extends PageArgs {
  @Field(() => LeadFilter, { nullable: true, description: 'Which leads to list; all the viewer may see when left out.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => LeadFilter)
  filter?: LeadFilter;

  @Field(() => LeadOrder, { defaultValue: LeadOrder.NEWEST, description: 'The order of the list.' })
  @IsEnum(LeadOrder)
  orderBy: LeadOrder = LeadOrder.NEWEST;
}
