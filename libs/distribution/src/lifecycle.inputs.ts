import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsEnum,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsPositive,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { ProgressStage } from '@leadrelay/leads';
import { DistributionMode } from './rounds/round.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);
const CURRENCIES = Intl.supportedValuesOf('currency');

@InputType()
export class QualifyLeadInput {
  @Field(() => ID) @IsUUID('all', { message: 'leadId must be a lead id' }) leadId!: string;

  @Field(() => Int, { description: '0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  score!: number;

  @Field({ description: 'A (best) to D.' })
  @Transform(upper)
  @IsIn(['A', 'B', 'C', 'D'], { message: 'grade must be A, B, C or D' })
  grade!: string;
}

@InputType()
export class DisqualifyLeadInput {
  @Field(() => ID) @IsUUID('all', { message: 'leadId must be a lead id' }) leadId!: string;

  @Field({ description: 'The key of a DISQUALIFY reason code, e.g. NOT_TARGET_GROUP.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reasonCode must not be empty' })
  @MaxLength(64)
  reasonCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

@InputType()
export class NurtureLeadInput {
  @Field(() => ID) @IsUUID('all', { message: 'leadId must be a lead id' }) leadId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class RouteDirectInput {
  @Field(() => ID) @IsUUID('all', { message: 'leadId must be a lead id' }) leadId!: string;

  @Field(() => ID, { description: 'A user with the role DIRECT_SALES.' })
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;
}

@InputType()
export class DistributeLeadInput {
  @Field(() => ID) @IsUUID('all', { message: 'leadId must be a lead id' }) leadId!: string;

  @Field(() => [ID], { description: 'EXCLUSIVE: exactly one partner. SHARED: several; the first to accept wins.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'partnerIds must name at least one partner' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'each of partnerIds must be a partner id' })
  partnerIds!: string[];

  @Field(() => DistributionMode)
  @IsEnum(DistributionMode)
  mode!: DistributionMode;

  @Field(() => Date, {
    nullable: true,
    description: "The acceptance deadline. Left out: the tenant's acceptance period (per partner tier) in business hours.",
  })
  @IsOptional()
  @IsDate()
  expiresAt?: Date;

  @Field({ defaultValue: false, description: 'Offer it also to partners that declined or returned this lead before.' })
  @IsBoolean()
  includeExcluded: boolean = false;
}

@InputType()
export class DeclineOfferInput {
  @Field(() => ID) @IsUUID('all', { message: 'offerId must be an offer id' }) offerId!: string;

  @Field({ description: 'The key of a DECLINE reason code, e.g. NO_CAPACITY.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reasonCode must not be empty' })
  @MaxLength(64)
  reasonCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

@InputType()
export class AssignLeadInput {
  @Field(() => ID) @IsUUID('all', { message: 'leadId must be a lead id' }) leadId!: string;

  @Field(() => ID, { description: 'A user of your own partner.' })
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;
}

@InputType()
export class RecordProgressInput {
  @Field(() => ID) @IsUUID('all', { message: 'leadId must be a lead id' }) leadId!: string;

  @Field(() => ProgressStage)
  @IsEnum(ProgressStage)
  stage!: ProgressStage;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(5000)
  note?: string;

  @Field(() => Date, { nullable: true, description: 'When the next step is planned.' })
  @IsOptional()
  @IsDate()
  nextStepAt?: Date;
}

@InputType()
export class ReturnLeadInput {
  @Field(() => ID) @IsUUID('all', { message: 'leadId must be a lead id' }) leadId!: string;

  @Field({ description: 'The key of a RETURN reason code, e.g. PROJECT_DOES_NOT_FIT.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reasonCode must not be empty' })
  @MaxLength(64)
  reasonCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

@InputType()
export class CloseLeadWonInput {
  @Field(() => ID) @IsUUID('all', { message: 'leadId must be a lead id' }) leadId!: string;

  @Field(() => Float, { description: 'The deal value, more than 0.' })
  @IsPositive({ message: 'amount must be more than 0' })
  @Max(1e12)
  amount!: number;

  @Field({ description: 'ISO 4217, e.g. EUR.' })
  @Transform(upper)
  @IsIn(CURRENCIES, { message: 'currency must be an ISO 4217 code such as EUR or USD' })
  currency!: string;

  @Field({ description: 'The day the deal was closed (YYYY-MM-DD), not in the future.' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'closedOn must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'closedOn must be a real date as YYYY-MM-DD' })
  closedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  note?: string;
}

@InputType()
export class CloseLeadLostInput {
  @Field(() => ID) @IsUUID('all', { message: 'leadId must be a lead id' }) leadId!: string;

  @Field({ description: 'The key of a LOST reason code, e.g. LOST_TO_COMPETITOR.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'reasonCode must not be empty' })
  @MaxLength(64)
  reasonCode!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  comment?: string;

  @Field(() => String, { nullable: true, description: 'Who won the deal instead.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  competitor?: string;
}
