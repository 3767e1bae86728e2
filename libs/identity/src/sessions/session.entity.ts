import { Entity, ManyToOne, Property } from '@mikro-orm/decorators/legacy';
import { Ref } from '@mikro-orm/core';
import { TenantOwnedEntity } from '@leadrelay/core';
import { Membership } from '../memberships/membership.entity';

/**
 * A login: it lives as long as its refresh token keeps being used, and ends at logout, when the
 * membership is removed, or when an old refresh token is presented again (a stolen copy).
 */
@Entity({ tableName: 'login_session' })
export class Session extends TenantOwnedEntity {
  @ManyToOne(() => Membership, { ref: true, deleteRule: 'cascade', index: true })
  membership!: Ref<Membership>;

  /** The id of the one refresh token that is valid now; each refresh replaces it. */
  @Property({ type: 'uuid' })
  refreshTokenId!: string;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date | null;
}
