import { Check, Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/decorators/legacy';
import { type Opt, OptionalProps, Ref } from '@mikro-orm/core';
import { CURRENT_USER_SQL, Role, TenantOwnedEntity, partnerWall } from '@leadrelay/core';
import { Partner } from '@leadrelay/partners';
import { User } from '../users/user.entity';

/**
 * A user's place in one tenant: the role, and for partner roles the partner. Besides the tenant
 * policy every tenant-owned table has, a user may read its own memberships in every tenant: that
 * is how login offers the choice of tenant and `me` lists them.
 */
@Entity({
  policies: [
    partnerWall((columns) => `${columns.partner} = app_partner_id()`),
    {
      name: 'membership_own_rows',
      command: 'select',
      using: (columns) => `${columns.user} = ${CURRENT_USER_SQL}`,
    },
  ],
})
@Unique({ properties: ['tenantId', 'user'] })
@Index({ properties: ['user'] })
@Index({ properties: ['tenantId', 'partner'] })
@Check({
  name: 'membership_partner_matches_role',
  expression: `(role in ('PARTNER_ADMIN', 'PARTNER_SALES')) = (partner_id is not null)`,
})
export class Membership extends TenantOwnedEntity {
  declare [OptionalProps]?: 'partnerId' | 'userId';

  @ManyToOne(() => User, { ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  @ManyToOne(() => Partner, { ref: true, nullable: true, deleteRule: 'restrict' })
  partner?: Ref<Partner> | null;

  /** Notification categories this member has switched off (see NotificationCategory). */
  @Property({ type: 'text[]', defaultRaw: `'{}'` })
  notificationOptOuts: string[] & Opt = [];

  get partnerId(): string | undefined {
    return this.partner?.id;
  }

  get userId(): string {
    return this.user.id;
  }
}
