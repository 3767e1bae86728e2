import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
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
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageArgs, UpperCase, Trim } from '@leadrelay/core';
import { PartnerStatus, PartnerTier } from './partner.entity';

/** An update's field that may be left out (unchanged) but not set to null: a partner always has one. */
const OmittableNotNull = () =>
  applyDecorators(
    ValidateIf((_input, value) => value !== undefined),
    IsDefined({ message: '$property cannot be null; leave it out to keep the current value' }),
  );

@InputType({ description: 'Where a partner sells: a country, whole or by postal-code prefixes.' })
export class TerritoryInput {
  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. DE.' })
  @UpperCase()
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as DE or AT' })
  country!: string;

  @Field(() => [String], { defaultValue: [], description: 'Postal-code prefixes, 1 to 5 digits each, e.g. "20".' })
  @IsArray()
  @ArrayMaxSize(500)
  @Matches(/^[0-9A-Z]{1,5}$/, {
    each: true,
    message: 'each postal-code prefix must be 1 to 5 digits or capital letters, e.g. "20"',
  })
  postalCodePrefixes: string[] = [];
}

@InputType({ description: 'A new partner organisation (vendor admins).' })
export class CreatePartnerInput {
  @Field({ description: "The partner organisation's name." })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => PartnerTier, {
    defaultValue: PartnerTier.BRONZE,
    description: 'Its tier; routing and acceptance periods may depend on it.',
  })
  @IsEnum(PartnerTier)
  tier: PartnerTier = PartnerTier.BRONZE;

  @Field(() => PartnerStatus, { defaultValue: PartnerStatus.ACTIVE, description: 'Only ACTIVE partners receive offers.' })
  @IsEnum(PartnerStatus)
  status: PartnerStatus = PartnerStatus.ACTIVE;

  @Field(() => String, { nullable: true, description: 'Where it is based.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  city?: string;

  @Field(() => [TerritoryInput], { defaultValue: [], description: 'Where it sells: countries and postal-code prefixes.' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TerritoryInput)
  territories: TerritoryInput[] = [];

  @Field(() => [String], { defaultValue: [], description: 'Product lines and industries it serves.' })
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  competencies: string[] = [];

  @Field(() => Int, { defaultValue: 20, description: 'The most leads it holds open at once.' })
  @IsInt()
  @Min(0)
  @Max(100000)
  capacity: number = 20;
}

@InputType({ description: 'Only the fields given are changed. Pausing and ending a partner is a change of status.' })
export class UpdatePartnerInput {
  @Field(() => ID, { description: 'The partner to change.' })
  @IsUUID('all', { message: 'id must be a partner id' })
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version you read; a newer one in the database is a CONFLICT.' })
  @OmittableNotNull()
  @IsInt()
  version?: number;

  @Field(() => String, { nullable: true, description: "The partner organisation's name." })
  @OmittableNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @Field(() => PartnerTier, { nullable: true, description: 'Its tier; routing and acceptance periods may depend on it.' })
  @OmittableNotNull()
  @IsEnum(PartnerTier)
  tier?: PartnerTier;

  @Field(() => PartnerStatus, { nullable: true, description: 'Only ACTIVE partners receive offers.' })
  @OmittableNotNull()
  @IsEnum(PartnerStatus)
  status?: PartnerStatus;

  @Field(() => String, { nullable: true, description: 'Where it is based.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  city?: string;

  @Field(() => [TerritoryInput], { nullable: true, description: 'Replaces its territories.' })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TerritoryInput)
  territories?: TerritoryInput[];

  @Field(() => [String], { nullable: true, description: 'Replaces its competencies.' })
  @OmittableNotNull()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(100, { each: true })
  competencies?: string[];

  @Field(() => Int, { nullable: true, description: 'The most leads it holds open at once.' })
  @OmittableNotNull()
  @IsInt()
  @Min(0)
  @Max(100000)
  capacity?: number;
}

@ArgsType()
export class PartnersArgs extends PageArgs {
  @Field(() => [PartnerStatus], { nullable: true, description: 'Only partners in these statuses.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Object.values(PartnerStatus).length)
  @IsEnum(PartnerStatus, { each: true })
  statuses?: PartnerStatus[];
}
