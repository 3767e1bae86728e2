import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '@leadrelay/core';
import type { Membership } from '../memberships/membership.entity';
import { AccountMailOutbox } from '../passwords/account-mail.outbox';
import { AccountTokenPurpose } from '../passwords/account-token.entity';
import { AccountTokenService } from '../passwords/account-token.service';
import type { User } from '../users/user.entity';

/**
 * The mail to a person added to a tenant, written in the transaction that adds them: an invitation
 * with a link to choose a password when they have none yet, else a note that they can now reach
 * one more tenant with the password they have (a link to set it again would be a needless one).
 */
@Injectable()
export class MemberInvitationService {
  constructor(
    private readonly tokens: AccountTokenService,
    private readonly mail: AccountMailOutbox,
  ) {}

  /** `user` must have its `passwordHash` loaded (it is lazy): whether it is set decides the mail. */
  async announce(em: EntityManager, actor: Actor, membership: Membership, user: User): Promise<void> {
    if (!user.passwordHash) {
      await this.invite(em, actor, membership, user);
      return;
    }
    await this.mail.enqueue(em, {
      kind: 'MEMBERSHIP_ADDED',
      tenantId: actor.tenantId,
      user,
      membership: aboutMembership(membership),
      actorName: actor.userName,
    });
  }

  async invite(em: EntityManager, actor: Actor, membership: Membership, user: User): Promise<void> {
    const link = await this.tokens.issue(em, user.id, AccountTokenPurpose.INVITATION);
    await this.mail.enqueue(em, {
      kind: 'INVITATION',
      tenantId: actor.tenantId,
      user,
      link,
      membership: aboutMembership(membership),
      actorName: actor.userName,
    });
  }
}

function aboutMembership(membership: Membership): { role: Membership['role']; partnerName: string | null } {
  return { role: membership.role, partnerName: membership.partner?.getEntity().name ?? null };
}
