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
import { PartnerTier } from '@leadrelay/partners';

/** How a tier's override is stored (by the tier's enum value) and shown (as a camelCase field). */
type StoredTierHours = TenantSettings['acceptanceHoursByTier'];

@ObjectType('TierAcceptanceHours', {
  description: 'Acceptance periods per partner tier, in business hours; null where the tier takes `acceptanceHours`.',
})
export class TierHoursModel {
  @Field(() => Float, { nullable: true, description: 'Business hours a GOLD partner has to accept an offer.' })
  gold!: number | null;
  @Field(() => Float, { nullable: true, description: 'Business hours a SILVER partner has to accept an offer.' })
  silver!: number | null;
  @Field(() => Float, { nullable: true, description: 'Business hours a BRONZE partner has to accept an offer.' })
  bronze!: number | null;

  static from(stored: StoredTierHours): TierHoursModel {
    return { gold: stored.GOLD ?? null, silver: stored.SILVER ?? null, bronze: stored.BRONZE ?? null };
  }
}

@ObjectType('TenantSettings', {
  description:
    'How the tenant runs its channel: deadlines in business hours, counted on its working calendar in its time zone. Vendor users only.',
})
export class TenantSettingsModel {
  @Field({ description: 'IANA time zone in which deadlines are counted, e.g. Europe/Berlin.' }) timeZone!: string;
  @Field(() => Float, { description: 'Business hours a partner has to accept an offer, unless its tier has its own.' })
  acceptanceHours!: number;
  @Field(() => TierHoursModel, { description: 'Per-tier overrides of acceptanceHours.' }) acceptanceHoursByTier!: TierHoursModel;
  @Field(() => [Int], { description: 'ISO weekdays worked, 1 = Monday.' }) workingDays!: number[];
  @Field({ description: 'When a working day begins, local HH:mm in the time zone.' }) dayStart!: string;
  @Field({ description: 'When a working day ends, local HH:mm in the time zone.' }) dayEnd!: string;
  @Field(() => [String], { description: 'Public holidays (not worked), local dates YYYY-MM-DD.' }) holidays!: string[];
  @Field(() => Float, {
    description: 'Business hours after acceptance within which the partner must record progress; then it is reminded.',
  })
  firstContactHours!: number;
  @Field(() => Float, {
    description: 'Business hours after acceptance without progress after which the lead is escalated to the channel managers.',
  })
  escalationHours!: number;
  @Field({ description: 'Whether the partner is reminded when half of the acceptance period has passed.' })
  remindAtHalfway!: boolean;
  @Field(() => Float, { description: 'Remind the partner this many business hours before the deadline; 0: no such reminder.' })
  reminderHoursBeforeDeadline!: number;

  static from(tenant: Tenant): TenantSettingsModel {
    const settings: TenantSettings = tenant.settings();
    return {
      ...settings,
      timeZone: tenant.timeZone,
      acceptanceHoursByTier: TierHoursModel.from(settings.acceptanceHoursByTier),
    };
  }
}

const HOURS = { min: 0.25, max: 2000 };
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

@InputType({
  description: 'Acceptance periods per partner tier, in business hours; a tier left out or null takes `acceptanceHours`.',
})
export class TierHoursInput {
  @Field(() => Float, { nullable: true, description: 'Business hours a GOLD partner has to accept an offer.' })
  @IsOptional()
  @Min(HOURS.min)
  @Max(HOURS.max)
  gold?: number | null;
  @Field(() => Float, { nullable: true, description: 'Business hours a SILVER partner has to accept an offer.' })
  @IsOptional()
  @Min(HOURS.min)
  @Max(HOURS.max)
  silver?: number | null;
  @Field(() => Float, { nullable: true, description: 'Business hours a BRONZE partner has to accept an offer.' })
  @IsOptional()
  @Min(HOURS.min)
  @Max(HOURS.max)
  bronze?: number | null;

  /** As stored: only the tiers given a number. */
  static toStored(input: TierHoursInput): StoredTierHours {
    const stored: StoredTierHours = {};
    if (typeof input.gold === 'number') stored.GOLD = input.gold;
    if (typeof input.silver === 'number') stored.SILVER = input.silver;
    if (typeof input.bronze === 'number') stored.BRONZE = input.bronze;
    return stored;
  }
}

@InputType({ description: 'Only the fields given change.' })
export class UpdateTenantSettingsInput {
  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Europe/Berlin.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  timeZone?: string;

  @Field(() => Float, { nullable: true, description: 'Business hours a partner has to accept an offer, 0.25 to 2000.' })
  @IsOptional()
  @Min(HOURS.min)
  @Max(HOURS.max)
  acceptanceHours?: number;

  @Field(() => TierHoursInput, {
    nullable: true,
    description: 'Replaces the per-tier overrides: tiers left out take acceptanceHours.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TierHoursInput)
  acceptanceHoursByTier?: TierHoursInput;

  @Field(() => [Int], { nullable: true, description: 'ISO weekdays worked, 1 = Monday to 7 = Sunday.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(7)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  workingDays?: number[];

  @Field(() => String, { nullable: true, description: 'When a working day begins, local HH:mm, e.g. 08:00.' })
  @IsOptional()
  @Matches(HH_MM, { message: 'dayStart must be HH:mm, e.g. 08:00' })
  dayStart?: string;
  @Field(() => String, { nullable: true, description: 'When a working day ends, local HH:mm, after dayStart.' })
  @IsOptional()
  @Matches(HH_MM, { message: 'dayEnd must be HH:mm, e.g. 17:00' })
  dayEnd?: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Public holidays (not worked), local dates YYYY-MM-DD; replaces the list.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(400)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { each: true, message: 'each holiday must be a date as YYYY-MM-DD' })
  holidays?: string[];

  @Field(() => Float, {
    nullable: true,
    description: 'Business hours after acceptance within which the partner must record progress.',
  })
  @IsOptional()
  @Min(HOURS.min)
  @Max(HOURS.max)
  firstContactHours?: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Business hours after acceptance without progress after which the lead is escalated.',
  })
  @IsOptional()
  @Min(HOURS.min)
  @Max(HOURS.max)
  escalationHours?: number;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether to remind the partner when half of the acceptance period has passed.',
  })
  @IsOptional()
  @IsBoolean()
  remindAtHalfway?: boolean;
  @Field(() => Float, {
    nullable: true,
    description: 'Remind the partner this many business hours before the deadline; 0: no such reminder.',
  })
  @IsOptional()
  @Min(0)
  @Max(HOURS.max)
  reminderHoursBeforeDeadline?: number;
}

@ObjectType('TierDeadline', { description: 'The acceptance deadline an offer made now would get, for one partner tier.' })
export class TierDeadlineModel {
  @Field(() => PartnerTier, { description: 'The partner tier.' }) tier!: PartnerTier;
  @Field(() => Float, { description: "Business hours the tier has to accept (its own period, else the tenant's)." })
  businessHours!: number;
  @Field(() => Date, { description: "When an offer made now would expire, counted in the tenant's working calendar." })
  expiresAt!: Date;
}
