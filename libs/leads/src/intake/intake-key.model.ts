import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { LeadSource } from '../lead.entity';
import type { IntakeKey } from './intake-key.entity';
import { TrimOptional } from '@leadrelay/core';

@ObjectType('IntakeKey', {
  description: 'A key with which another system (a web form, a CRM) posts leads to POST /intake/leads (header X-Intake-Key).',
})
export class IntakeKeyModel {
  @Field(() => ID, { description: "The key's id." }) id!: string;
  @Field({ description: 'What the key is for, e.g. Website contact form.' }) name!: string;
  @Field(() => LeadSource, { description: 'The source every lead posted with this key gets.' }) source!: LeadSource;
  @Field(() => String, { nullable: true, description: 'The campaign or fair the key is for.' }) sourceDetail!: string | null;
  @Field({ description: 'The first characters of the key, to tell keys apart.' }) prefix!: string;
  @Field(() => Int, { description: 'How many leads were posted with this key.' }) leadsCreated!: number;
  @Field(() => Date, { nullable: true, description: 'When a lead was last posted with this key.' }) lastUsedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the key was revoked; posts with it are refused since.' })
  revokedAt!: Date | null;
  @Field({ description: 'When the key was created.' }) createdAt!: Date;

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

@ObjectType('CreatedIntakeKey', { description: 'A new intake key, with its secret shown this once.' })
export class CreatedIntakeKeyModel {
  @Field(() => IntakeKeyModel, { description: 'The new key.' }) intakeKey!: IntakeKeyModel;

  @Field({ description: 'The key itself. Shown only now: store it in your web form or system; LeadRelay keeps only its hash.' })
  secret!: string;
}

@InputType({ description: 'A new intake key.' })
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
