import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Opt } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Locale } from '@leadrelay/core';

/**
 * One person: one e-mail, one password, any number of memberships in any number of tenants.
 * Holds no business data, so it is not tenant-owned; every read of it goes through a membership
 * of the asking tenant, or the login itself.
 */
@Entity({ tableName: 'user_account' })
export class User {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Stored trimmed and lower-cased, so it is unique however it was typed. */
  @Property({ length: 254, unique: true })
  email!: string;

  @Property({ length: 200 })
  name!: string;

  /** argon2id; null until the person has set a password (a new member waits for the invitation). */
  @Property({ length: 200, nullable: true, hidden: true, lazy: true })
  passwordHash?: string | null;

  /** The language mails and texts use for this person; the tenant's when not set. */
  @Enum({ items: () => Locale, nativeEnumName: 'locale', nullable: true })
  locale?: Locale | null;

  @Property({ type: 'timestamptz' })
  createdAt: Date & Opt = new Date();
}
