import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { Tenant, TenantSettings } from '@leadrelay/core';

@ObjectType('TierAcceptanceHours')
export class TierHoursModel {
  @Field(() => Float, { nullable: true }) GOLD!: number | null;
  @Field(() => Float, { nullable: true }) SILVER!: number | null;
  @Field(() => Float, { nullable: true }) BRONZE!: number | null;
}

@ObjectType('TenantSettings')
export class TenantSettingsModel {
  @Field({ description: 'IANA time zone in which deadlines are counted.' }) timeZone!: string;
  @Field(() => Float, { description: 'Business hours a partner has to accept an offer.' }) acceptanceHours!: number;
  @Field(() => TierHoursModel, { description: 'Per-tier overrides of acceptanceHours.' }) acceptanceHoursByTier!: TierHoursModel;
  @Field(() => [Int], { description: 'ISO weekdays worked, 1 = Monday.' }) workingDays!: number[];
  @Field({ description: 'Local HH:mm.' }) dayStart!: string;
  @Field({ description: 'Local HH:mm.' }) dayEnd!: string;
  @Field(() => [String], { description: 'Public holidays, YYYY-MM-DD.' }) holidays!: string[];
  @Field(() => Float) firstContactHours!: number;
  @Field(() => Float) escalationHours!: number;
  @Field() remindAtHalfway!: boolean;
  @Field(() => Float) reminderHoursBeforeDeadline!: number;

  static from(tenant: Tenant): TenantSettingsModel {
    const settings: TenantSettings = tenant.settings();
    const tiers = settings.acceptanceHoursByTier;
    return {
      ...settings,
      timeZone: tenant.timeZone,
      acceptanceHoursByTier: { GOLD: tiers.GOLD ?? null, SILVER: tiers.SILVER ?? null, BRONZE: tiers.BRONZE ?? null },
    };
  }
}

const HOURS = { min: 0.25, max: 2000 };
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType()
export class TierHoursInput {
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(HOURS.min) @Max(HOURS.max) GOLD?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(HOURS.min) @Max(HOURS.max) SILVER?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(HOURS.min) @Max(HOURS.max) BRONZE?: number | null;
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateTenantSettingsInput {
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Berlin.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  timeZone?: string;

  @Field(() => Float, { nullable: true }) @IsOptional() @Min(HOURS.min) @Max(HOURS.max) acceptanceHours?: number;

  @Field(() => TierHoursInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => TierHoursInput)
  acceptanceHoursByTier?: TierHoursInput;

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  workingDays?: number[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(HH_MM, { message: 'dayStart must be HH:mm, e.g. 08:00' })
  dayStart?: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(HH_MM, { message: 'dayEnd must be HH:mm, e.g. 17:00' })
  dayEnd?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(400)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'each holiday must be a date as YYYY-MM-DD' })
  holidays?: string[];

  @Field(() => Float, { nullable: true }) @IsOptional() @Min(HOURS.min) @Max(HOURS.max) firstContactHours?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(HOURS.min) @Max(HOURS.max) escalationHours?: number;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() remindAtHalfway?: boolean;
  @Field(() => Float, { nullable: true }) @IsOptional() @Min(0) @Max(HOURS.max) reminderHoursBeforeDeadline?: number;
}
