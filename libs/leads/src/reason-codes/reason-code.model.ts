import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ReasonCode, ReasonCodeKind, ReasonFollowUp } from './reason-code.entity';
import { Locale, Trim } from '@leadrelay/core';

registerEnumType(ReasonCodeKind, { name: 'ReasonCodeKind' });
registerEnumType(ReasonFollowUp, {
  name: 'ReasonFollowUp',
  description: 'What follows: RE_OFFER to another partner, NURTURE in marketing, or DISCARD.',
});

@ObjectType('ReasonCodeLabel', { description: "A reason code's label in one language." })
export class ReasonCodeLabelModel {
  @Field(() => Locale)
  locale!: Locale;

  @Field()
  text!: string;
}

@ObjectType('ReasonCode')
export class ReasonCodeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  key!: string;

  @Field(() => ReasonCodeKind)
  kind!: ReasonCodeKind;

  /** Read through the `label` field, in the viewer's language (ReasonCodeResolver). */
  @Field(() => [ReasonCodeLabelModel], {
    description: "The label in every language LeadRelay speaks: the tenant's own words, or the default text of a default code.",
  })
  labels!: ReasonCodeLabelModel[];

  @Field()
  commentRequired!: boolean;

  @Field(() => ReasonFollowUp)
  followUp!: ReasonFollowUp;

  @Field()
  retired!: boolean;

  static from(code: ReasonCode): ReasonCodeModel {
    return {
      id: code.id,
      key: code.key,
      kind: code.kind,
      labels: Object.values(Locale).map((locale) => ({ locale, text: code.labelIn(locale) })),
      commentRequired: code.commentRequired,
      followUp: code.followUp,
      retired: Boolean(code.retiredAt),
    };
  }
}

@ArgsType()
export class ReasonCodesArgs {
  @Field(() => ReasonCodeKind, { nullable: true })
  @IsOptional()
  @IsEnum(ReasonCodeKind)
  kind?: ReasonCodeKind;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeRetired: boolean = false;
}

/** At most one label per language. */
const LABEL_LANGUAGES = Object.values(Locale).length;

@InputType({ description: "A reason code's label in one language." })
export class ReasonCodeLabelInput {
  @Field(() => Locale)
  @IsEnum(Locale)
  locale!: Locale;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'text must not be empty' })
  @MaxLength(200)
  text!: string;
}

@InputType()
export class CreateReasonCodeInput {
  @Field({ description: 'Stable key in capitals, e.g. PRICE_TOO_HIGH.' })
  @Trim()
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/, {
    message: 'key must be 2 to 64 capital letters, digits or underscores, e.g. PRICE_TOO_HIGH',
  })
  key!: string;

  @Field(() => ReasonCodeKind)
  @IsEnum(ReasonCodeKind)
  kind!: ReasonCodeKind;

  @Field(() => [ReasonCodeLabelInput], { description: 'One label for each language LeadRelay speaks.' })
  @IsArray()
  @ArrayMaxSize(LABEL_LANGUAGES)
  @ValidateNested({ each: true })
  @Type(() => ReasonCodeLabelInput)
  labels!: ReasonCodeLabelInput[];

  @Field({ defaultValue: false })
  @IsBoolean()
  commentRequired: boolean = false;

  @Field(() => ReasonFollowUp)
  @IsEnum(ReasonFollowUp)
  followUp!: ReasonFollowUp;
}

@InputType({ description: 'Only the fields given change. The key and the kind never change.' })
export class UpdateReasonCodeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a reason code id' })
  id!: string;

  @Field(() => [ReasonCodeLabelInput], {
    nullable: true,
    description: 'New labels for the languages given; the other languages keep theirs.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LABEL_LANGUAGES)
  @ValidateNested({ each: true })
  @Type(() => ReasonCodeLabelInput)
  labels?: ReasonCodeLabelInput[];

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  commentRequired?: boolean;

  @Field(() => ReasonFollowUp, { nullable: true })
  @IsOptional()
  @IsEnum(ReasonFollowUp)
  followUp?: ReasonFollowUp;
}
