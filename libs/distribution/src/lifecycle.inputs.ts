import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
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
import { Deadline, OptionalNote, OptionalText, PlannedInstant, TrimOptional, UpperCase } from '@leadrelay/core';

const CURRENCIES = Intl.supportedValuesOf('currency');

/** A move on one lead. */
@InputType({ isAbstract: true })
abstract class LeadMoveInput {
  @Field(() => ID, { description: 'The lead to move.' })
  @IsUUID('all', { message: 'leadId must be a lead id' })
  leadId!: string;
}

/** A move that names its reason from the tenant's catalogue, of the move's kind (see reasonCodes). */
@InputType({ isAbstract: true })
abstract class ReasonedLeadMoveInput extends LeadMoveInput {
  @Field({ description: "The key of a reason code of this move's kind, e.g. PROJECT_DOES_NOT_FIT for a return." })
  @TrimOptional()
  @IsString()
  @IsNotEmpty({ message: 'reasonCode must not be empty' })
  @MaxLength(64)
  reasonCode!: string;

  @Field(() => String, { nullable: true, description: 'Required by some reasons (OTHER).' })
  @OptionalNote(2000)
  comment?: string;
}

@InputType({ description: 'Qualifies a NEW or NURTURING lead with its score and grade.' })
export class QualifyLeadInput extends LeadMoveInput {
  @Field(() => Int, { description: '0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  score!: number;

  @Field({ description: 'A (best) to D.' })
  @UpperCase()
  @IsIn(['A', 'B', 'C', 'D'], { message: 'grade must be A, B, C or D' })
  grade!: string;
}

@InputType({ description: 'Rejects a lead with a DISQUALIFY reason code.' })
export class DisqualifyLeadInput extends ReasonedLeadMoveInput {}

@InputType({ description: 'Hands a lead to marketing for nurturing.' })
export class NurtureLeadInput extends LeadMoveInput {
  @Field(() => String, { nullable: true, description: 'Why, for marketing.' })
  @OptionalNote(2000)
  note?: string;
}

@InputType({ description: 'Keeps a lead in direct sales, with the DIRECT_SALES user who works it.' })
export class RouteDirectInput extends LeadMoveInput {
  @Field(() => ID, { description: 'A user with the role DIRECT_SALES.' })
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;
}

@InputType({ description: 'Offers a lead to partners in a new round.' })
export class DistributeLeadInput extends LeadMoveInput {
  @Field(() => [ID], { description: 'EXCLUSIVE: exactly one partner. SHARED: several; the first to accept wins.' })
  @IsArray()
  @ArrayMinSize(1, { message: 'partnerIds must name at least one partner' })
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'each of partnerIds must be a partner id' })
  partnerIds!: string[];

  @Field(() => DistributionMode, { description: 'To one partner, or to several at once.' })
  @IsEnum(DistributionMode)
  mode!: DistributionMode;

  @Field(() => Date, {
    nullable: true,
    description: "The acceptance deadline. Left out: the tenant's acceptance period (per partner tier) in business hours.",
  })
  @IsOptional()
  @Deadline()
  expiresAt?: Date;

  @Field({ defaultValue: false, description: 'Offer it also to partners that declined or returned this lead before.' })
  @IsBoolean()
  includeExcluded: boolean = false;
}

@InputType({ description: 'A partner refuses an offer, with a DECLINE reason code.' })
export class DeclineOfferInput {
  @Field(() => ID, { description: 'The offer to decline.' })
  @IsUUID('all', { message: 'offerId must be an offer id' })
  offerId!: string;

  @Field({ description: 'The key of a DECLINE reason code, e.g. NO_CAPACITY.' })
  @TrimOptional()
  @IsString()
  @IsNotEmpty({ message: 'reasonCode must not be empty' })
  @MaxLength(64)
  reasonCode!: string;

  @Field(() => String, { nullable: true, description: 'Required by some reasons (OTHER).' })
  @OptionalNote(2000)
  comment?: string;
}

@InputType({ description: "Gives a held lead to one of the partner's reps." })
export class AssignLeadInput extends LeadMoveInput {
  @Field(() => ID, { description: 'A user of your own partner.' })
  @IsUUID('all', { message: 'userId must be a user id' })
  userId!: string;
}

@InputType({ description: 'Records a step in working a held lead; it resets the work deadline.' })
export class RecordProgressInput extends LeadMoveInput {
  @Field(() => ProgressStage, { description: 'The step reached.' })
  @IsEnum(ProgressStage)
  stage!: ProgressStage;

  @Field(() => String, { nullable: true, description: 'What happened, for the history.' })
  @OptionalNote(5000)
  note?: string;

  @Field(() => Date, { nullable: true, description: 'When the next step is planned.' })
  @IsOptional()
  @PlannedInstant()
  nextStepAt?: Date;
}

@InputType({ description: 'Hands an accepted lead back to the vendor, with a RETURN reason code.' })
export class ReturnLeadInput extends ReasonedLeadMoveInput {}

@InputType({ description: 'Closes a held lead as won, with the deal.' })
export class CloseLeadWonInput extends LeadMoveInput {
  @Field(() => Float, { description: 'The deal value, more than 0.' })
  @IsPositive({ message: 'amount must be more than 0' })
  @Max(1e12)
  amount!: number;

  @Field({ description: 'ISO 4217, e.g. EUR.' })
  @UpperCase()
  @IsIn(CURRENCIES, { message: 'currency must be an ISO 4217 code such as EUR or USD' })
  currency!: string;

  @Field({ description: 'The day the deal was closed (YYYY-MM-DD), not in the future.' })
  @Matches(/^(19[7-9]\d|20\d\d)-\d{2}-\d{2}$/, { message: 'closedOn must be a date as YYYY-MM-DD, not before 1970' })
  @IsISO8601({ strict: true }, { message: 'closedOn must be a real date as YYYY-MM-DD' })
  closedOn!: string;

  @Field(() => String, { nullable: true, description: 'A note for the history.' })
  @OptionalNote(2000)
  note?: string;
}

@InputType({ description: 'Closes a held lead as lost, with a LOST reason code; marketing then takes it for nurturing.' })
export class CloseLeadLostInput extends ReasonedLeadMoveInput {
  @Field(() => String, { nullable: true, description: 'Who won the deal instead.' })
  @OptionalText(200)
  competitor?: string;
}
