import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createHash, randomBytes } from 'node:crypto';
import { Clock } from '@leadrelay/core';
import { AccountToken, AccountTokenPurpose } from './account-token.entity';
import { AccountTokenExpiredError, AccountTokenInvalidError } from './password.errors';

/** How long a link works: an invitation waits for a busy person, a reset is asked for right before it is used. */
export const ACCOUNT_TOKEN_VALIDITY_MS: Record<AccountTokenPurpose, number> = {
  [AccountTokenPurpose.INVITATION]: 7 * 24 * 60 * 60 * 1000,
  [AccountTokenPurpose.PASSWORD_RESET]: 60 * 60 * 1000,
};

/** A link's token as it goes into the mail, and when it stops working. */
export interface IssuedAccountToken {
  token: string;
  expiresAt: Date;
}

/** SHA-256, hex: what is stored and looked up. A 256-bit random token needs no salt and no slow hash. */
export function accountTokenHashOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Issues and checks the one-time links to set a password. */
@Injectable()
export class AccountTokenService {
  constructor(private readonly clock: Clock) {}

  /**
   * A new link for the user, written in `em`'s transaction. The caller hands the token to the mail
   * outbox and keeps it nowhere else.
   */
  async issue(em: EntityManager, userId: string, purpose: AccountTokenPurpose): Promise<IssuedAccountToken> {
    const now = this.clock.now();
    // The user's links that can no longer be used are of no further interest.
    await em.nativeDelete(AccountToken, { user: userId, $or: [{ usedAt: { $ne: null } }, { expiresAt: { $lte: now } }] });
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(now.getTime() + ACCOUNT_TOKEN_VALIDITY_MS[purpose]);
    em.create(AccountToken, { user: userId, purpose, tokenHash: accountTokenHashOf(token), expiresAt, createdAt: now });
    await em.flush();
    return { token, expiresAt };
  }

  /**
   * The row of a token that can be used now; TOKEN_INVALID (unknown or used) or
   * TOKEN_EXPIRED otherwise. `lock` holds the row until the transaction ends, so that a token
   * presented twice at the same moment is used once.
   */
  async findUsable(em: EntityManager, token: string, options: { lock?: boolean } = {}): Promise<AccountToken> {
    const found = await em.findOne(
      AccountToken,
      { tokenHash: accountTokenHashOf(token) },
      options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
    );
    if (!found || found.usedAt) {
      throw new AccountTokenInvalidError();
    }
    if (found.expiresAt.getTime() <= this.clock.now().getTime()) {
      throw new AccountTokenExpiredError();
    }
    return found;
  }

  /** Marks `used` as used and every other open link of its user as spent: a password has been chosen. */
  async spendAll(em: EntityManager, used: AccountToken): Promise<void> {
    const now = this.clock.now();
    used.usedAt = now;
    await em.nativeUpdate(AccountToken, { user: used.user.id, usedAt: null, id: { $ne: used.id } }, { usedAt: now });
  }
}
