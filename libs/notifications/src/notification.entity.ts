import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import type { Opt } from '@mikro-orm/core';
import { Locale, TenantOwnedEntity } from '@leadrelay/core';
import { NotificationKind } from './notification-kind';

export enum NotificationStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** Every attempt failed; the vendor admin sees it in failedNotifications. */
  FAILED = 'FAILED',
}

/** What the mail says, captured when the notification is written: never the lead's contact data in partner mails. */
export interface NotificationData {
  /** The lead the mail is about; null for a mail about the tenant's set-up (a disabled webhook). */
  leadId: string | null;
  offerId?: string | null;
  /** For vendor recipients only. */
  companyName?: string | null;
  partnerName?: string | null;
  teaser?: Record<string, string | number | null> | null;
  expiresAt?: string | null;
  /** The reason code's stable key and its label in the recipient's language. */
  reason?: { key: string; label: string } | null;
  comment?: string | null;
  amount?: number | null;
  currency?: string | null;
  actorName?: string | null;
  /** Why a lead was escalated: `routing` when the router held it for a person (else a missed work deadline). */
  holdReason?: string | null;
  /** A webhook endpoint that was disabled: no lead data at all. */
  webhook?: { endpointId: string; url: string; reason: string; lastResponseCode: number | null; lastError: string | null } | null;
  /** The member's role, in a mail about access to the tenant (invitation, membership added). */
  role?: string | null;
  /**
   * The one-time token of the link to set a password (INVITATION, PASSWORD_RESET), sealed with a
   * key the database does not hold (see TokenSeal); removed once the mail is sent or given up.
   */
  sealedToken?: string | null;
}

/**
 * One mail to one person, written in the same transaction as the change that causes it (the
 * outbox); the worker delivers it with retries. Its id is the mail's Message-ID.
 */
@Entity()
@Index({ properties: ['tenantId', 'status', 'createdAt'] })
export class Notification extends TenantOwnedEntity {
  @Enum({ items: () => NotificationKind, nativeEnumName: 'notification_kind' })
  kind!: NotificationKind;

  @Property({ type: 'uuid' })
  userId!: string;

  @Property({ length: 254 })
  email!: string;

  @Property({ length: 200 })
  recipientName!: string;

  @Enum({ items: () => Locale, nativeEnumName: 'locale' })
  locale!: Locale;

  @Property({ type: 'uuid', nullable: true })
  leadEventId?: string | null;

  @Property({ type: 'jsonb' })
  data!: NotificationData;

  @Enum({ items: () => NotificationStatus, nativeEnumName: 'notification_status' })
  status: NotificationStatus & Opt = NotificationStatus.PENDING;

  @Property({ type: 'integer' })
  attempts: number & Opt = 0;

  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'timestamptz', nullable: true })
  sentAt?: Date | null;
}
