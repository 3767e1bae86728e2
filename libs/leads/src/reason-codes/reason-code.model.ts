import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { ReasonCode, ReasonCodeKind, ReasonFollowUp } from './reason-code.entity';
import { Trim } from '@leadrelay/core';

registerEnumType(ReasonCodeKind, { name: 'ReasonCodeKind' });
registerEnumType(ReasonFollowUp, {
  name: 'ReasonFollowUp',
  description: 'What follows: RE_OFFER to another partner, NURTURE in marketing, or DISCARD.',
});

@ObjectType('ReasonCode')
export class ReasonCodeModel {
  @Field(() => ID)
  id!: string;

  @Field()
  key!: string;

  @Field(() => ReasonCodeKind)
  kind!: ReasonCodeKind;

  @Field()
  labelDe!: string;

  @Field()
  labelEn!: string;

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
  @Field(() => ReasonCodeKind, { nullable: true })
  @IsOptional()
  @IsEnum(ReasonCodeKind)
  kind?: ReasonCodeKind;

  @Field({ defaultValue: false })
  @IsBoolean()
  includeRetired: boolean = false;
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

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'labelDe must not be empty' })
  @MaxLength(200)
  labelDe!: string;

  @Field()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'labelEn must not be empty' })
  @MaxLength(200)
  labelEn!: string;

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

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'labelDe must not be empty' })
  @MaxLength(200)
  labelDe?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'labelEn must not be empty' })
  @MaxLength(200)
  labelEn?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  commentRequired?: boolean;

  @Field(() => ReasonFollowUp, { nullable: true })
  @IsOptional()
  @IsEnum(ReasonFollowUp)
  followUp?: ReasonFollowUp;
}
