import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEnum,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Locale, OptionalText, PastInstant } from '@leadrelay/core';
import { EngagementKind, SCORING_LIMITS, ScoreAxis, ScoringField, ScoringOperator } from './scoring-rules';

const FINITE = { allowNaN: false, allowInfinity: false };

@InputType({ description: 'One rule; see ScoringRule.' })
export class ScoringRuleInput {
  @Field({ description: 'Lower-case letters, digits and dashes; unique in its group.' })
  @IsString()
  @MaxLength(SCORING_LIMITS.keyLength)
  key!: string;

  @Field(() => ScoringField, { description: 'The fact compared.' })
  @IsEnum(ScoringField)
  field!: ScoringField;

  @Field(() => ScoringOperator, { description: 'Must fit the field, e.g. BETWEEN for ANNUAL_REVENUE.' })
  @IsEnum(ScoringOperator)
  operator!: ScoringOperator;

  @Field(() => [String], { nullable: true, description: `For IN, CONTAINS, STARTS_WITH: up to ${SCORING_LIMITS.valuesPerRule}.` })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SCORING_LIMITS.valuesPerRule)
  @IsString({ each: true })
  @MaxLength(SCORING_LIMITS.valueLength, { each: true })
  values?: string[];

  @Field(() => Float, { nullable: true, description: 'For BETWEEN: the lowest value that matches.' })
  @IsOptional()
  @IsNumber(FINITE)
  @Min(0)
  @Max(SCORING_LIMITS.revenue)
  min?: number;

  @Field(() => Float, { nullable: true, description: 'For BETWEEN: the highest value that matches.' })
  @IsOptional()
  @IsNumber(FINITE)
  @Min(0)
  @Max(SCORING_LIMITS.revenue)
  max?: number;

  @Field(() => Int, { description: 'Points given, -100 to 100.' })
  @IsInt()
  @Min(-SCORING_LIMITS.points)
  @Max(SCORING_LIMITS.points)
  points!: number;
}

@InputType({ description: 'A rule group; see ScoringRuleGroup.' })
export class ScoringRuleGroupInput {
  @Field({ description: 'Lower-case letters, digits and dashes; unique in the model.' })
  @IsString()
  @MaxLength(SCORING_LIMITS.keyLength)
  key!: string;

  @Field(() => ScoreAxis, { description: 'The axis its points count on.' })
  @IsEnum(ScoreAxis)
  axis!: ScoreAxis;

  @Field(() => Int, { description: 'The most the group gives (or takes), 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(SCORING_LIMITS.cap)
  cap!: number;

  @Field(() => [ScoringRuleInput], { description: `Up to ${SCORING_LIMITS.rulesPerGroup} rules.` })
  @IsArray()
  @ArrayMaxSize(SCORING_LIMITS.rulesPerGroup)
  @ValidateNested({ each: true })
  @Type(() => ScoringRuleInput)
  rules!: ScoringRuleInput[];
}

@InputType({ description: 'What one kind of engagement is worth; see EngagementRule.' })
export class EngagementRuleInput {
  @Field(() => EngagementKind, { description: 'Each kind at most once.' })
  @IsEnum(EngagementKind)
  kind!: EngagementKind;

  @Field(() => Int, { description: 'Points when new, -100 to 100.' })
  @IsInt()
  @Min(-SCORING_LIMITS.points)
  @Max(SCORING_LIMITS.points)
  points!: number;

  @Field(() => Float, {
    description: `Days after which it is worth half, ${SCORING_LIMITS.halfLifeDays.min} to ${SCORING_LIMITS.halfLifeDays.max}.`,
  })
  @IsNumber(FINITE)
  @Min(SCORING_LIMITS.halfLifeDays.min)
  @Max(SCORING_LIMITS.halfLifeDays.max)
  halfLifeDays!: number;
}

@InputType({ description: 'The lowest fit of grades A, B and C; A above B above C.' })
export class GradeBoundsInput {
  @Field(() => Int, { description: 'Fit at or above: A.' })
  @IsInt()
  @Min(0)
  @Max(100)
  a!: number;

  @Field(() => Int, { description: 'Fit at or above: B.' })
  @IsInt()
  @Min(0)
  @Max(100)
  b!: number;

  @Field(() => Int, { description: 'Fit at or above: C.' })
  @IsInt()
  @Min(0)
  @Max(100)
  c!: number;
}

@InputType({ description: 'The lowest engagement of levels 1 and 2; 1 above 2.' })
export class LevelBoundsInput {
  @Field(() => Int, { description: 'Engagement at or above: 1.' })
  @IsInt()
  @Min(0)
  @Max(100)
  one!: number;

  @Field(() => Int, { description: 'Engagement at or above: 2.' })
  @IsInt()
  @Min(0)
  @Max(100)
  two!: number;
}

@InputType({ description: 'Thresholds at which a NEW lead moves by itself; see AutoQualification.' })
export class AutoQualificationInput {
  @Field(() => Int, { description: 'Fit threshold, 0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  fit!: number;

  @Field(() => Int, { description: 'Engagement threshold, 0 to 100.' })
  @IsInt()
  @Min(0)
  @Max(100)
  engagement!: number;
}

@InputType({ description: 'The whole scoring model; saving it writes the next version. Scores made before keep their version.' })
export class UpdateScoringModelInput {
  @Field(() => [ScoringRuleGroupInput], { description: `Up to ${SCORING_LIMITS.groups} groups on both axes.` })
  @IsArray()
  @ArrayMaxSize(SCORING_LIMITS.groups)
  @ValidateNested({ each: true })
  @Type(() => ScoringRuleGroupInput)
  groups!: ScoringRuleGroupInput[];

  @Field(() => [EngagementRuleInput], { description: 'What each kind of engagement is worth; kinds left out count nothing.' })
  @IsArray()
  @ArrayMaxSize(Object.keys(EngagementKind).length)
  @ValidateNested({ each: true })
  @Type(() => EngagementRuleInput)
  engagement!: EngagementRuleInput[];

  @Field(() => Int, { description: 'The most all engagements together give, 1 to 100.' })
  @IsInt()
  @Min(1)
  @Max(SCORING_LIMITS.cap)
  engagementCap!: number;

  @Field(() => GradeBoundsInput, { description: 'Grades A-D from fit.' })
  @ValidateNested()
  @Type(() => GradeBoundsInput)
  grades!: GradeBoundsInput;

  @Field(() => LevelBoundsInput, { description: 'Levels 1-3 from engagement.' })
  @ValidateNested()
  @Type(() => LevelBoundsInput)
  levels!: LevelBoundsInput;

  @Field(() => AutoQualificationInput, { nullable: true, description: 'Leave out so that no lead moves by itself.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AutoQualificationInput)
  autoQualification?: AutoQualificationInput;
}

@ArgsType()
export class ScoringModelArgs {
  @Field(() => Int, { nullable: true, description: 'A version saved before; the one in force when left out.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

@InputType({ description: "Something the lead's contact did that shows interest; it re-scores the lead." })
export class RecordEngagementInput {
  @Field(() => ID, { description: 'The lead.' })
  @IsUUID('all', { message: 'leadId must be a lead id' })
  leadId!: string;

  @Field(() => EngagementKind, { description: 'What the contact did.' })
  @IsEnum(EngagementKind)
  kind!: EngagementKind;

  @Field(() => Date, { nullable: true, description: 'When; now if left out. Not in the future, at most a year ago.' })
  @IsOptional()
  @PastInstant()
  occurredAt?: Date;

  @Field(() => String, { nullable: true, description: 'Which newsletter, page, webinar or download; no personal data.' })
  @OptionalText(200)
  detail?: string;
}

@ArgsType()
export class ScoreExplanationArgs {
  @Field(() => Locale, {
    nullable: true,
    description: "The language of the labels; the viewer's (else the tenant's) when left out.",
  })
  @IsOptional()
  @IsEnum(Locale)
  language?: Locale;
}
