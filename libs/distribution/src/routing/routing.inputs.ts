import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Locale, UpperCase } from '@leadrelay/core';
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

@InputType({ description: 'A time in which a partner gets no offers.' })
export class SchedulePartnerAbsenceInput {
  @Field(() => ID, { description: 'The partner (a partner admin: its own).' })
  @IsUUID('all', { message: 'partnerId must be a partner id' })
  partnerId!: string;

  @Field(() => Date, { description: 'From when it gets no offers.' })
  @IsDate()
  startsAt!: Date;

  @Field(() => Date, { description: 'Until when; after it the partner gets its fair share again, level with the others.' })
  @IsDate()
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
}
