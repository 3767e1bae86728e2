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
import { type ReasonCode, ReasonCodeKind, ReasonFollowUp, reasonCodeLabelIn } from './reason-code.entity';
import { Locale, Trim } from '@leadrelay/core';

registerEnumType(ReasonCodeKind, {
  name: 'ReasonCodeKind',
  description: 'When a reason code is given.',
  valuesMap: {
    DECLINE: { description: 'A partner refuses an offer.' },
    RETURN: { description: 'A partner hands an accepted lead back.' },
    LOST: { description: 'A partner closes a lead as lost.' },
    DISQUALIFY: { description: 'The vendor rejects a lead.' },
  },
});
registerEnumType(ReasonFollowUp, {
  name: 'ReasonFollowUp',
  description: 'What follows: RE_OFFER to another partner, NURTURE in marketing, or DISCARD.',
  valuesMap: {
    RE_OFFER: { description: 'The channel manager offers the lead to another partner.' },
    NURTURE: { description: 'The lead goes to marketing for nurturing.' },
    DISCARD: { description: 'The lead is not worked further.' },
  },
});

@ObjectType('ReasonCodeLabel', { description: "A reason code's label in one language." })
export class ReasonCodeLabelModel {
  @Field(() => Locale, { description: 'The language of the label.' })
  locale!: Locale;

  @Field({ description: 'The label in that language.' })
  text!: string;
}

@ObjectType('ReasonCode', {
  description:
    "A reason from the tenant's catalogue, given when a lead is declined, returned, lost or disqualified. Retired, never deleted.",
})
export class ReasonCodeModel {
  @Field(() => ID, { description: "The reason code's id." })
  id!: string;

  @Field({ description: 'Its stable key, e.g. NO_CAPACITY: send this in moves that take a reason.' })
  key!: string;

  @Field(() => ReasonCodeKind, { description: 'When it is given.' })
  kind!: ReasonCodeKind;

  /** Read through the `label` field, in the viewer's language (ReasonCodeResolver). */
  @Field(() => [ReasonCodeLabelModel], {
    description: "The label in every language LeadRelay speaks: the tenant's own words, or the default text of a default code.",
  })
  labels!: ReasonCodeLabelModel[];

  @Field({ description: 'Whether a move with this reason must carry a comment.' })
  commentRequired!: boolean;

  @Field(() => ReasonFollowUp, { description: 'What follows a move with this reason.' })
  followUp!: ReasonFollowUp;

  @Field({ description: 'Retired codes are offered no more; old history lines keep pointing at them.' })
  retired!: boolean;

  /** From the entity, or from a lean read's row with the same fields. */
  static from(
    code: Pick<ReasonCode, 'id' | 'key' | 'kind' | 'labels' | 'commentRequired' | 'followUp' | 'retiredAt'>,
  ): ReasonCodeModel {
    return {
      id: code.id,
      key: code.key,
      kind: code.kind,
      labels: Object.values(Locale).map((locale) => ({ locale, text: reasonCodeLabelIn(code, locale) })),
      commentRequired: code.commentRequired,
      followUp: code.followUp,
      retired: Boolean(code.retiredAt),
    };
  }
}

@ArgsType()
export class ReasonCodesArgs {
  @Field(() => ReasonCodeKind, { nullable: true, description: 'Only codes of this kind.' })
  @IsOptional()
  @IsEnum(ReasonCodeKind)
  kind?: ReasonCodeKind;

  @Field({ defaultValue: false, description: 'Also list retired codes.' })
  @IsBoolean()
  includeRetired: boolean = false;
}

/** At most one label per language. */
const LABEL_LANGUAGES = Object.values(Locale).length;

@InputType({ description: "A reason code's label in one language." })
export class ReasonCodeLabelInput {
  @Field(() => Locale, { description: 'The language of the label.' })
  @IsEnum(Locale)
  locale!: Locale;

  @Field({ description: 'The label in that language, at most 200 characters.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'text must not be empty' })
  @MaxLength(200)
  text!: string;
}

@InputType({ description: "A new reason code for the tenant's catalogue (vendor admins)." })
export class CreateReasonCodeInput {
  @Field({ description: 'Stable key in capitals, e.g. PRICE_TOO_HIGH.' })
  @Trim()
  @Matches(/^[A-Z][A-Z0-9_]{1,63}$/, {
    message: 'key must be 2 to 64 capital letters, digits or underscores, e.g. PRICE_TOO_HIGH',
  })
  key!: string;

  @Field(() => ReasonCodeKind, { description: 'When it is given; never changes.' })
  @IsEnum(ReasonCodeKind)
  kind!: ReasonCodeKind;

  @Field(() => [ReasonCodeLabelInput], { description: 'One label for each language LeadRelay speaks.' })
  @IsArray()
  @ArrayMaxSize(LABEL_LANGUAGES)
  @ValidateNested({ each: true })
  @Type(() => ReasonCodeLabelInput)
  labels!: ReasonCodeLabelInput[];

  @Field({ defaultValue: false, description: 'Whether moves with this reason must carry a comment.' })
  @IsBoolean()
  commentRequired: boolean = false;

  @Field(() => ReasonFollowUp, { description: 'What follows a move with this reason.' })
  @IsEnum(ReasonFollowUp)
  followUp!: ReasonFollowUp;
}

@InputType({ description: 'Only the fields given change. The key and the kind never change.' })
export class UpdateReasonCodeInput {
  @Field(() => ID, { description: 'The reason code to change.' })
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

  @Field(() => Boolean, { nullable: true, description: 'Whether moves with this reason must carry a comment.' })
  @IsOptional()
  @IsBoolean()
  commentRequired?: boolean;

  @Field(() => ReasonFollowUp, { nullable: true, description: 'What follows a move with this reason.' })
  @IsOptional()
  @IsEnum(ReasonFollowUp)
  followUp?: ReasonFollowUp;
}
