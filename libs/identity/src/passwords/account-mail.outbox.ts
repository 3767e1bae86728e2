import type { EntityManager } from '@mikro-orm/postgresql';
import type { Role } from '@leadrelay/core';
import type { User } from '../users/user.entity';
import type { IssuedAccountToken } from './account-token.service';

/**
 * - INVITATION: a new member (no password yet) is asked to choose one, with a link.
 * - MEMBERSHIP_ADDED: a user who can log in already is told of access to one more tenant.
 * - PASSWORD_RESET: a link to choose a new password, asked for by the user.
 */
export type AccountMailKind = 'INVITATION' | 'MEMBERSHIP_ADDED' | 'PASSWORD_RESET';

export interface AccountMail {
  kind: AccountMailKind;
  /** The tenant the mail comes from (its name and sender); the notification belongs to it. */
  tenantId: string;
  user: User;
  /** The one-time link's token, for INVITATION and PASSWORD_RESET. */
  link?: IssuedAccountToken;
  /** The membership an INVITATION or MEMBERSHIP_ADDED is about. */
  membership?: { role: Role; partnerName: string | null };
  /** Who added the person. */
  actorName?: string;
}

/**
 * Mails about a person's access, which identity causes and the notifications library writes and
 * delivers: it provides the implementation (identity cannot import it, since notifications reads
 * memberships). `enqueue` writes the mail and its delivery job in `em`'s transaction, the outbox,
 * so the mail exists exactly when the membership or token does. Nobody can switch these mails off.
 */
export abstract class AccountMailOutbox {
  abstract enqueue(em: EntityManager, mail: AccountMail): Promise<void>;
}
