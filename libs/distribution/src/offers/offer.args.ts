import { ArgsType, Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '@leadrelay/core';
import { OfferStatus } from './offer.entity';

@InputType({ description: 'Which offers to list; every filter given must hold.' })
export class OfferFilter {
  @Field(() => [OfferStatus], { nullable: true, description: 'Only offers in one of these statuses.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(Object.values(OfferStatus).length)
  @IsEnum(OfferStatus, { each: true })
  status?: OfferStatus[];

  @Field(() => ID, { nullable: true, description: 'The offers of one lead.' })
  @IsOptional()
  @IsUUID('all', { message: 'leadId must be a lead id' })
  leadId?: string;
}

export enum OfferOrder {
  NEWEST = 'NEWEST',
  URGENT = 'URGENT',
}
registerEnumType(OfferOrder, {
  name: 'OfferOrder',
  description: 'The order of an offer list.',
  valuesMap: {
    NEWEST: { description: 'The newest offer first (by when it was made).' },
    URGENT: { description: 'The offer whose acceptance deadline comes first, first.' },
  },
});

@ArgsType()
export class OffersArgs extends PageArgs {
  @Field(() => OfferOrder, { defaultValue: OfferOrder.NEWEST, description: 'The order of the list.' })
  @IsEnum(OfferOrder)
  orderBy: OfferOrder = OfferOrder.NEWEST;

  @Field(() => OfferFilter, { nullable: true, description: 'Which offers to list; all the viewer may see when left out.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OfferFilter)
  filter?: OfferFilter;
}
