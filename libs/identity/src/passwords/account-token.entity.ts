import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { type Opt, Ref } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { User } from '../users/user.entity';

/** What a link lets its holder do; both end in choosing a password. */
export enum AccountTokenPurpose {
  /** A new member chooses a first password (valid for days). */
  INVITATION = 'INVITATION',
  /** A user who forgot the password chooses a new one (valid for an hour). */
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/**
 * A one-time link to set a password. The token itself (256 random bits) exists only in the mail;
 * this row keeps its SHA-256, so a copy of the database lets nobody set anyone's password.
 *
 * It belongs to a user, like `User` itself, not to a tenant, and so has no row-level security:
 * it holds no business data (a user id, a purpose and three times), no query lists these rows for
 * anyone, and the only way to a row is to present the token whose hash it stores.
 */
@Entity({ tableName: 'account_token' })
export class AccountToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade', index: true })
  user!: Ref<User>;

  @Enum({ items: () => AccountTokenPurpose, nativeEnumName: 'account_token_purpose' })
  purpose!: AccountTokenPurpose;

  /** SHA-256 of the token, hex. */
  @Property({ length: 64, unique: true })
  tokenHash!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  /** When the link was used, or stopped working because another one of the user's was. */
  @Property({ type: 'timestamptz', nullable: true })
  usedAt?: Date | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
