export * from './mail/mail-templates';
export * from './mail/mailer';
export * from './notification-delivery';
export * from './notification-kind';
export * from './notification.entity';
export * from './notifications.module';
export * from './outbox.service';
