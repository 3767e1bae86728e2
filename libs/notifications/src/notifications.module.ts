import { Global, Module } from '@nestjs/common';
import { AccountMailOutbox } from '@leadrelay/identity';
import { LeadEventSink } from '@leadrelay/leads';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AccountMailWriter } from './account-mail/account-mail-writer';
import { TokenSeal } from './account-mail/token-seal';
import { Mailer } from './mail/mailer';
import { NotificationDelivery } from './notification-delivery';
import { Notification } from './notification.entity';
import { EventOutbox } from './outbox.service';
import { NotificationPreferencesResolver, NotificationPreferencesService } from './preferences/notification-preferences.resolver';
import { WebhookDelivery } from './webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from './webhooks/webhook-endpoint.entity';
import { WebhookEndpointService } from './webhooks/webhook-endpoint.service';
import { WebhookFanOut } from './webhooks/webhook-fan-out';
import { WebhookResolver } from './webhooks/webhook.resolver';
import { WebhookSender } from './webhooks/webhook-sender.service';

/**
 * Global: every lib that writes history lines publishes them through the outbox (`LeadEventSink`),
 * and identity mails invitations and password resets through it (`AccountMailOutbox`).
 */
@Global()
@Module({
  imports: [MikroOrmModule.forFeature([Notification, WebhookEndpoint, WebhookDelivery])],
  providers: [
    EventOutbox,
    { provide: LeadEventSink, useExisting: EventOutbox },
    TokenSeal,
    { provide: AccountMailOutbox, useClass: AccountMailWriter },
    Mailer,
    NotificationDelivery,
    NotificationPreferencesService,
    NotificationPreferencesResolver,
    WebhookFanOut,
    WebhookEndpointService,
    WebhookResolver,
    WebhookSender,
  ],
  exports: [EventOutbox, LeadEventSink, AccountMailOutbox, NotificationDelivery, WebhookSender],
})
export class NotificationsModule {}
