import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { BadUserInputError, Clock, TENANT_FILTER, TenantContext } from '@leadrelay/core';
import { LoginThrottle } from '../auth/login-throttle';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionCache } from '../auth/session-cache';
import { normalizeEmail } from '../identity.inputs';
import { Membership } from '../memberships/membership.entity';
import { Session } from '../sessions/session.entity';
import { User } from '../users/user.entity';
import { AccountMailOutbox } from './account-mail.outbox';
import { AccountTokenPurpose } from './account-token.entity';
import { AccountTokenService } from './account-token.service';
import { PasswordResetThrottle } from './password-reset-throttle';
import type { RequestPasswordResetInput, SetPasswordInput } from './password.inputs';
import { passwordProblem } from './password-rules';

/** Forgotten passwords and first passwords: mailing a reset link, and setting a password with a link's token. */
@Injectable()
export class PasswordService implements OnApplicationShutdown {
  private readonly logger = new Logger(PasswordService.name);
  /** Reset mails being written after their request was answered (see `requestReset`). */
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly tenants: TenantContext,
    private readonly tokens: AccountTokenService,
    private readonly mail: AccountMailOutbox,
    private readonly hasher: PasswordHasher,
    private readonly resetThrottle: PasswordResetThrottle,
    private readonly loginThrottle: LoginThrottle,
    private readonly clock: Clock,
    private readonly sessions: SessionCache,
  ) {}

  /**
   * Mails a reset link if the e-mail has an account, and answers true either way. The answer is
   * given before the account is even looked up, so neither it nor its timing tells whether the
   * e-mail is known; the mail is written right after (a crash in between loses it, and the user
   * asks again).
   */
  async requestReset(input: RequestPasswordResetInput, address: string): Promise<boolean> {
    const email = normalizeEmail(input.email);
    await this.resetThrottle.consume(email, address);
    const work: Promise<void> = this.mailResetLink(email)
      .catch((error: unknown) => {
        // Never the e-mail or the token: only what went wrong.
        this.logger.error(
          `A password-reset mail could not be written: ${error instanceof Error ? error.message : String(error)}`,
        );
      })
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
    return true;
  }

  /**
   * Sets the password of the link's user, once: the link and every other open link of the user
   * stop working, and every session of the user ends (someone who knew the old password is out).
   */
  async setPassword(input: SetPasswordInput, address: string): Promise<boolean> {
    // Checked first without a lock, so that the slow hashing happens outside any transaction.
    const user = await this.tenants.runUnscoped(async (em) => {
      const token = await this.tokens.findUsable(em, input.token);
      return em.findOneOrFail(User, { id: token.user.id });
    });
    const problem = passwordProblem(input.password, user);
    if (problem) {
      throw BadUserInputError.of('password', problem);
    }
    const passwordHash = await this.hasher.hash(input.password);
    await this.tenants.runUnscoped(async (em) => {
      // Again, locked: of two requests with one token at the same moment, the second finds it used.
      const token = await this.tokens.findUsable(em, input.token, { lock: true });
      await em.nativeUpdate(User, { id: token.user.id }, { passwordHash });
      await this.tokens.spendAll(em, token);
    });
    // After the new password is in place, so that a login with the old one up to now is ended too.
    // Sessions are tenant-owned, hence their own transactions: a crash right here would leave them
    // to run out by themselves, while the old password already no longer works.
    await this.endSessions(user.id);
    // A user locked out by failed logins may try the new password at once.
    await this.loginThrottle.recordPasswordSet(user.email, address);
    return true;
  }

  /** Waits for the reset mails still being written (on shutdown, and in tests). */
  async whenIdle(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  onApplicationShutdown(): Promise<void> {
    return this.whenIdle();
  }

  private async mailResetLink(email: string): Promise<void> {
    const user = await this.tenants.runUnscoped((em) => em.findOne(User, { email }));
    if (!user) return;
    // The notification is tenant-owned (row-level security), so the mail needs a tenant: the
    // user's first membership's, whose name and sender it carries. A user without any membership
    // could not log in with a new password either, and gets nothing.
    const [first] = await this.membershipsOf(user.id);
    if (!first) return;
    await this.tenants.run(first.tenantId, async (em) => {
      const recipient = await em.findOneOrFail(User, { id: user.id });
      const link = await this.tokens.issue(em, recipient.id, AccountTokenPurpose.PASSWORD_RESET);
      await this.mail.enqueue(em, { kind: 'PASSWORD_RESET', tenantId: first.tenantId, user: recipient, link });
    });
  }

  /** Sessions are tenant-owned: each tenant's are ended in that tenant's context. */
  private async endSessions(userId: string): Promise<void> {
    const now = this.clock.now();
    for (const membership of await this.membershipsOf(userId)) {
      await this.tenants.run(membership.tenantId, (em) =>
        em.nativeUpdate(
          Session,
          { tenantId: membership.tenantId, membership: membership.id, revokedAt: null },
          { revokedAt: now },
        ),
      );
    }
    this.sessions.forget((known) => known.userId === userId);
  }

  /** The user's memberships in every tenant, oldest first (see `TenantContext.runAsUser`). */
  private membershipsOf(userId: string): Promise<{ id: string; tenantId: string }[]> {
    return this.tenants.runAsUser(userId, async (em) =>
      (
        await em.find(
          Membership,
          { user: userId },
          { filters: { [TENANT_FILTER]: false }, orderBy: { createdAt: 'asc', id: 'asc' } },
        )
      ).map((m) => ({ id: m.id, tenantId: m.tenantId })),
    );
  }
}
