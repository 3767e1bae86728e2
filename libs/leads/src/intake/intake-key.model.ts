import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { LeadSource } from '../lead.entity';
import type { IntakeKey } from './intake-key.entity';
import { TrimOptional } from '@leadrelay/core';

@ObjectType('IntakeKey')
export class IntakeKeyModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => LeadSource) source!: LeadSource;
  @Field(() => String, { nullable: true }) sourceDetail!: string | null;
  @Field({ description: 'The first characters of the key, to tell keys apart.' }) prefix!: string;
  @Field(() => Int) leadsCreated!: number;
  @Field(() => Date, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt!: Date | null;
  @Field() createdAt!: Date;

  static from(key: IntakeKey): IntakeKeyModel {
    return {
      id: key.id,
      name: key.name,
      source: key.source,
      sourceDetail: key.sourceDetail ?? null,
      prefix: key.prefix,
      leadsCreated: key.leadsCreated,
      lastUsedAt: key.lastUsedAt ?? null,
      revokedAt: key.revokedAt ?? null,
      createdAt: key.createdAt,
    };
  }
}

@ObjectType('CreatedIntakeKey')
export class CreatedIntakeKeyModel {
  @Field(() => IntakeKeyModel) intakeKey!: IntakeKeyModel;

  @Field({ description: 'The key itself. Shown only now: store it in your web form or system; LeadRelay keeps only its hash.' })
  secret!: string;
}

@InputType()
export class CreateIntakeKeyInput {
  @Field({ description: 'What the key is for, e.g. "Website contact form".' })
  @TrimOptional()
  @IsString()
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @Field(() => LeadSource, { description: 'The source every lead posted with this key gets.' })
  @IsEnum(LeadSource)
  source!: LeadSource;

  @Field(() => String, { nullable: true, description: 'The campaign or fair, if the key is for one.' })
  @IsOptional()
  @TrimOptional()
  @IsString()
  @MaxLength(200)
  sourceDetail?: string;
}
