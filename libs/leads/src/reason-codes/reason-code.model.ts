import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ReasonCode, ReasonCodeKind, ReasonFollowUp } from './reason-code.entity';
import { Trim } from '@leadrelay/core';

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

  @Field({ description: 'Its label in German.' })
  labelDe!: string;

  @Field({ description: 'Its label in English.' })
  labelEn!: string;

  @Field({ description: 'Whether a move with this reason must carry a comment.' })
  commentRequired!: boolean;

  @Field(() => ReasonFollowUp, { description: 'What follows a move with this reason.' })
  followUp!: ReasonFollowUp;

  @Field({ description: 'Retired codes are offered no more; old history lines keep pointing at them.' })
  retired!: boolean;

  static from(code: ReasonCode): ReasonCodeModel {
    return {
      id: code.id,
      key: code.key,
      kind: code.kind,
      labelDe: code.labelDe,
      labelEn: code.labelEn,
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

  @Field({ description: 'Its label in German.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'labelDe must not be empty' })
  @MaxLength(200)
  labelDe!: string;

  @Field({ description: 'Its label in English.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'labelEn must not be empty' })
  @MaxLength(200)
  labelEn!: string;

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

  @Field(() => String, { nullable: true, description: 'Its label in German.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'labelDe must not be empty' })
  @MaxLength(200)
  labelDe?: string;

  @Field(() => String, { nullable: true, description: 'Its label in English.' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'labelEn must not be empty' })
  @MaxLength(200)
  labelEn?: string;

  @Field(() => Boolean, { nullable: true, description: 'Whether moves with this reason must carry a comment.' })
  @IsOptional()
  @IsBoolean()
  commentRequired?: boolean;

  @Field(() => ReasonFollowUp, { nullable: true, description: 'What follows a move with this reason.' })
  @IsOptional()
  @IsEnum(ReasonFollowUp)
  followUp?: ReasonFollowUp;
}
