import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Mailer } from './mail/mailer';
import { NotificationDelivery } from './notification-delivery';
import { Notification } from './notification.entity';
import { EventOutbox } from './outbox.service';
import { NotificationPreferencesResolver, NotificationPreferencesService } from './preferences/notification-preferences.resolver';

@Module({
  imports: [MikroOrmModule.forFeature([Notification])],
  providers: [EventOutbox, Mailer, NotificationDelivery, NotificationPreferencesService, NotificationPreferencesResolver],
  exports: [EventOutbox, NotificationDelivery],
})
export class NotificationsModule {}
