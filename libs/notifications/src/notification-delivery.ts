import { Injectable, Logger } from '@nestjs/common';
import { raw } from '@mikro-orm/core';
import { AppConfig, Clock, Tenant, TenantContext } from '@leadrelay/core';
import { TokenSeal } from './account-mail/token-seal';
import { renderMail } from './mail/mail-templates';
import { Mailer } from './mail/mailer';
import { LINK_TOKEN_KINDS } from './notification-kind';
import { Notification, NotificationStatus } from './notification.entity';

export interface DeliveryAttempt {
  tenantId: string;
  notificationId: string;
  /** pg-boss's count of earlier failures of this job, and how many it allows. */
  retryCount: number;
  retryLimit: number;
}

/** The Message-ID of a notification's mail: the same for every attempt, so receivers can drop repeats. */
export function messageIdOf(notification: Pick<Notification, 'id'>): string {
  return `<${notification.id}@leadrelay>`;
}

/**
 * Delivers one notification. The mail goes out between two short transactions, never inside one;
 * a failure is recorded and rethrown so that pg-boss retries with backoff, and the last failure
 * marks the notification FAILED for the vendor admin.
 */
@Injectable()
export class NotificationDelivery {
  private readonly logger = new Logger(NotificationDelivery.name);

  constructor(
    private readonly tenants: TenantContext,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly config: AppConfig,
    private readonly seal: TokenSeal,
  ) {}

  async deliver(attempt: DeliveryAttempt): Promise<void> {
    const prepared = await this.tenants.run(attempt.tenantId, async (em) => {
      const notification = await em.findOne(Notification, { tenantId: attempt.tenantId, id: attempt.notificationId });
      if (!notification || notification.status !== NotificationStatus.PENDING) return null;
      const tenant = await em.findOneOrFail(Tenant, { id: attempt.tenantId });
      let linkToken: string | undefined;
      if (LINK_TOKEN_KINDS.has(notification.kind)) {
        const sealed = notification.data.sealedToken;
        linkToken = (sealed && this.seal.open(sealed, notification.id)) || undefined;
        if (!linkToken) {
          // No retry brings it back (JWT_SECRET changed since the mail was written): give up at once.
          notification.status = NotificationStatus.FAILED;
          notification.lastError =
            'The link could not be read (JWT_SECRET changed?). Send the invitation again, or ask for a new reset.';
          notification.attempts = attempt.retryCount + 1;
          notification.data = { ...notification.data, sealedToken: undefined };
          this.logger.warn(`notification ${notification.id}: ${notification.lastError}`);
          return null;
        }
      }
      const mail = renderMail(notification.kind, {
        linkToken,
        locale: notification.locale,
        recipientName: notification.recipientName,
        tenantName: tenant.name,
        timeZone: tenant.timeZone,
        portalUrl: this.config.PORTAL_URL,
        data: notification.data,
      });
      return { notification, mail, from: tenant.settings().mailFrom ?? this.config.MAIL_FROM };
    });
    if (!prepared) return;
    const { notification, mail, from } = prepared;
    try {
      await this.mailer.send({
        messageId: messageIdOf(notification),
        from,
        to: notification.email,
        language: notification.locale,
        ...mail,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const final = attempt.retryCount >= attempt.retryLimit;
      await this.record(attempt, final ? NotificationStatus.FAILED : NotificationStatus.PENDING, message);
      this.logger.warn(
        `notification ${notification.id} to ${notification.email}: ${message}${final ? ' (gave up)' : ' (will retry)'}`,
      );
      throw error;
    }
    await this.record(attempt, NotificationStatus.SENT, null);
  }

  private record(attempt: DeliveryAttempt, status: NotificationStatus, error: string | null): Promise<void> {
    return this.tenants.run(attempt.tenantId, async (em) => {
      await em.nativeUpdate(
        Notification,
        { tenantId: attempt.tenantId, id: attempt.notificationId },
        {
          status,
          lastError: error,
          attempts: attempt.retryCount + 1,
          ...(status === NotificationStatus.SENT ? { sentAt: this.clock.now() } : {}),
          // A link's sealed token is of no use once the mail is sent or given up: it goes.
          ...(status !== NotificationStatus.PENDING ? { data: raw(`data - 'sealedToken'`) } : {}),
        },
      );
    });
  }
}
