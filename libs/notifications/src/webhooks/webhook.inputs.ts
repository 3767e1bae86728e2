import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { PageArgs, Trim } from '@leadrelay/core';
import { LeadEventType } from '@leadrelay/leads';
import { WebhookDeliveryStatus } from './webhook-delivery.entity';

/** The event types an endpoint can subscribe to: every lead event of the domain notes. */
export const WEBHOOK_EVENT_TYPES: readonly string[] = Object.values(LeadEventType);

const EventTypes = () =>
  applyDecorators(
    IsArray(),
    ArrayMinSize(1, { message: 'eventTypes must name at least one event type' }),
    ArrayMaxSize(WEBHOOK_EVENT_TYPES.length),
    ArrayUnique({ message: 'eventTypes must not repeat an event type' }),
    IsIn(WEBHOOK_EVENT_TYPES, { each: true, message: `each event type must be one of ${WEBHOOK_EVENT_TYPES.join(', ')}` }),
  );

/** A field that may be left out (unchanged) but not set to null. */
const OmittableNotNull = () =>
  applyDecorators(
    ValidateIf((_input, value) => value !== undefined),
    IsDefined({ message: '$property cannot be null; leave it out to keep the current value' }),
  );

@InputType({ description: 'A new endpoint of your own systems to receive lead events (vendor admins).' })
export class CreateWebhookEndpointInput {
  @Field({ description: 'An http(s) URL on a public address, e.g. https://crm.example.com/hooks/leadrelay.' })
  @Trim()
  @IsString()
  @MaxLength(2000)
  url!: string;

  @Field(() => [String], { description: "The event types to receive: 'lead.won', 'offer.accepted', ..." })
  @EventTypes()
  eventTypes!: string[];

  @Field(() => String, { nullable: true, description: 'What the endpoint is for, e.g. "CRM".' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  description?: string;
}

@InputType({ description: 'Only the fields given are changed.' })
export class UpdateWebhookEndpointInput {
  @Field(() => ID, { description: 'The endpoint to change.' })
  @IsUUID('all', { message: 'id must be a webhook endpoint id' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) URL on a public address.' })
  @OmittableNotNull()
  @Trim()
  @IsString()
  @MaxLength(2000)
  url?: string;

  @Field(() => [String], { nullable: true, description: "The event types to receive: 'lead.won', 'offer.accepted', ..." })
  @OmittableNotNull()
  @EventTypes()
  eventTypes?: string[];

  @Field(() => String, { nullable: true, description: 'null removes it.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200)
  description?: string | null;
}

@ArgsType()
export class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this endpoint's deliveries." })
  @IsOptional()
  @IsUUID('all', { message: 'endpointId must be a webhook endpoint id' })
  endpointId?: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this status.' })
  @IsOptional()
  @IsEnum(WebhookDeliveryStatus)
  status?: WebhookDeliveryStatus;
}
