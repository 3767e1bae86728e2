import { ArgsType, Field, Float, ID, InputType, Int, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { MAX_RULES, RoutingAction, RoutingMode } from './routing-rules';
import { Locale, PlannedInstant, UpperCase } from '@leadrelay/core';
import { PartnerTier } from '@leadrelay/partners';

@ArgsType()
export class CandidatePartnersArgs {
  @Field(() => ID, { description: 'The lead to find partners for.' })
  @IsUUID('all', { message: 'leadId must be a lead id' })
  leadId!: string;

  @Field(() => Locale, {
    nullable: true,
    description: "The language of the reasons; the viewer's (else the tenant's) when left out.",
  })
  @IsOptional()
  @IsEnum(Locale)
  language?: Locale;
}

@ArgsType()
export class PartnerAbsencesArgs {
  @Field(() => ID, { description: 'The partner.' })
  @IsUUID('all', { message: 'partnerId must be a partner id' })
  partnerId!: string;
}

@InputType({ description: 'A time in which a partner gets no offers.' })
export class SchedulePartnerAbsenceInput {
  @Field(() => ID, { description: 'The partner (a partner admin: its own).' })
  @IsUUID('all', { message: 'partnerId must be a partner id' })
  partnerId!: string;

  @Field(() => Date, { description: 'From when it gets no offers.' })
  @IsDate()
  @PlannedInstant()
  startsAt!: Date;

  @Field(() => Date, { description: 'Until when; after it the partner gets its fair share again, level with the others.' })
  @IsDate()
  @PlannedInstant()
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Why, for the vendor (e.g. company holidays).' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: 'Which tiers may get leads of one grade.' })
export class GradeTiersInput {
  @Field({ description: 'A (best) to D.' })
  @UpperCase()
  @IsIn(['A', 'B', 'C', 'D'], { message: 'grade must be A, B, C or D' })
  grade!: string;

  @Field(() => [PartnerTier], { description: 'The tiers allowed; at least one.' })
  @IsArray()
  @ArrayMaxSize(3)
  @IsEnum(PartnerTier, { each: true })
  tiers!: PartnerTier[];
}

registerEnumType(RoutingMode, {
  name: 'RoutingMode',
  description: 'MANUAL: candidates are only suggested. AUTOMATIC: a lead that becomes QUALIFIED is routed by the rules at once.',
  valuesMap: {
    MANUAL: { description: 'People distribute; candidatePartners suggests.' },
    AUTOMATIC: { description: 'The system routes every newly QUALIFIED lead by the rules.' },
  },
});
registerEnumType(RoutingAction, {
  name: 'RoutingAction',
  description: 'What a routing rule does with a lead it matches.',
  valuesMap: {
    EXCLUSIVE: { description: 'Offer it to the top candidate alone.' },
    SHARED: { description: 'Offer it to the top `count` candidates at once; the first to accept wins.' },
    DIRECT: { description: 'Give it to a DIRECT_SALES user, round robin.' },
    HOLD: { description: 'Leave it for a person (the channel managers are told).' },
  },
});

@InputType({ description: 'One condition of a routing rule.' })
export class RoutingConditionInput {
  @Field({ description: 'GRADE, CELL, SOURCE, PRODUCT_LINE, COUNTRY (text: IN) or ANNUAL_REVENUE, BUDGET (numbers: BETWEEN).' })
  @IsString()
  @MaxLength(40)
  field!: string;

  @Field({ description: 'IN for text fields, BETWEEN for number fields.' })
  @IsString()
  @MaxLength(20)
  operator!: string;

  @Field(() => [String], { nullable: true, description: 'For IN: the values, compared without regard to case.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  values?: string[];

  @Field(() => Float, { nullable: true, description: 'For BETWEEN: the lowest value included.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e15)
  min?: number | null;

  @Field(() => Float, { nullable: true, description: 'For BETWEEN: the highest value included.' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(1e15)
  max?: number | null;
}

@InputType({ description: 'A routing rule: when all its conditions hold, its action decides.' })
export class RoutingRuleInput {
  @Field({ description: 'A stable key, named in every routing decision, e.g. key-accounts.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  key!: string;

  @Field(() => [RoutingConditionInput], { description: 'All must hold; none: the rule always applies.' })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => RoutingConditionInput)
  conditions!: RoutingConditionInput[];

  @Field(() => RoutingAction, { description: 'What it does.' })
  @IsEnum(RoutingAction)
  action!: RoutingAction;

  @Field(() => Int, { nullable: true, description: 'For SHARED: how many partners get the offer at once (2 to 10).' })
  @IsOptional()
  @IsInt()
  count?: number | null;

  @Field({ description: 'Required: without candidates the lead is held. Optional: the next rule decides.' })
  @IsBoolean()
  required!: boolean;
}

@InputType({ description: "Changes the tenant's routing policy (vendor admin)." })
export class UpdateRoutingPolicyInput {
  @Field(() => [GradeTiersInput], {
    nullable: true,
    description: 'Replaces the tiers per grade; a grade left out goes to every tier.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => GradeTiersInput)
  tiersByGrade?: GradeTiersInput[];

  @Field(() => RoutingMode, { nullable: true, description: 'MANUAL or AUTOMATIC.' })
  @IsOptional()
  @IsEnum(RoutingMode)
  mode?: RoutingMode;

  @Field(() => [RoutingRuleInput], { nullable: true, description: 'Replaces the rules, in order.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_RULES)
  @ValidateNested({ each: true })
  @Type(() => RoutingRuleInput)
  rules?: RoutingRuleInput[];

  @Field(() => ID, { nullable: true, description: 'The partner offered a lead no rule decides; null: hold it.' })
  @IsOptional()
  @IsUUID('all', { message: 'fallbackPartnerId must be a partner id' })
  fallbackPartnerId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Rounds the router opens for one lead before it holds it (1 to 10).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10)
  maxRounds?: number;
}
