import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import { JobQueue, QUEUE, Tenant } from '@leadrelay/core';
import { type AccountMail, AccountMailOutbox, readerLocale } from '@leadrelay/identity';
import { NotificationKind } from '../notification-kind';
import { Notification, type NotificationData } from '../notification.entity';
import { TokenSeal } from './token-seal';

/** Above the default 0 of every other notification. */
const ACCOUNT_MAIL_PRIORITY = 10;

/**
 * The outbox for identity's mails (invitation, membership added, password reset): a notification
 * and its delivery job in the caller's transaction, in the person's language, else the tenant's.
 * The link's token goes in sealed (see TokenSeal), never in the clear.
 */
@Injectable()
export class AccountMailWriter extends AccountMailOutbox {
  constructor(
    private readonly jobs: JobQueue,
    private readonly seal: TokenSeal,
  ) {
    super();
  }

  async enqueue(em: EntityManager, mail: AccountMail): Promise<void> {
    const tenant = await em.findOneOrFail(Tenant, { id: mail.tenantId });
    const id = randomUUID();
    const data: NotificationData = {
      leadId: null,
      role: mail.membership?.role ?? null,
      partnerName: mail.membership?.partnerName ?? null,
      actorName: mail.actorName ?? null,
      expiresAt: mail.link?.expiresAt.toISOString() ?? null,
      ...(mail.link ? { sealedToken: this.seal.seal(mail.link.token, id) } : {}),
    };
    em.create(Notification, {
      id,
      tenantId: mail.tenantId,
      kind: NotificationKind[mail.kind],
      userId: mail.user.id,
      email: mail.user.email,
      recipientName: mail.user.name,
      locale: readerLocale(mail.user, tenant),
      data,
    });
    await em.flush();
    // Someone may be waiting at the screen for this link: it goes before a sweep's backlog of notices.
    await this.jobs.send(
      em,
      QUEUE.notification,
      { tenantId: mail.tenantId, notificationId: id },
      { priority: ACCOUNT_MAIL_PRIORITY },
    );
  }
}
