import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, Locale, Role, type Tenant } from '@leadrelay/core';
import { PartnerModel } from '@leadrelay/partners';
import type { Membership } from './memberships/membership.entity';
import type { User } from './users/user.entity';

registerEnumType(Role, { name: 'Role' });
registerEnumType(Locale, { name: 'Locale' });

@ObjectType('Tenant')
export class TenantModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Locale)
  locale!: Locale;

  @Field({ description: 'IANA time zone in which deadlines are counted, e.g. Europe/Berlin.' })
  timeZone!: string;

  static from(tenant: Tenant): TenantModel {
    return { id: tenant.id, name: tenant.name, locale: tenant.locale, timeZone: tenant.timeZone };
  }
}

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => Locale, { nullable: true, description: "The user's language; the tenant's when null." })
  locale!: Locale | null;

  static from(user: User): UserModel {
    return { id: user.id, email: user.email, name: user.name, locale: user.locale ?? null };
  }
}

/** One of the current user's own memberships: where and as what the user can act. */
@ObjectType('Membership')
export class MembershipModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => TenantModel)
  tenant!: TenantModel;

  @Field(() => PartnerModel, { nullable: true, description: 'The partner a partner role acts for.' })
  partner!: PartnerModel | null;

  static from(membership: Membership, tenant: Tenant): MembershipModel {
    const partner = membership.partner?.getEntity();
    return {
      id: membership.id,
      role: membership.role,
      tenant: TenantModel.from(tenant),
      partner: partner ? PartnerModel.from(partner) : null,
    };
  }
}

@ObjectType('Me')
export class MeModel {
  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => MembershipModel, { description: 'The membership this session acts in.' })
  membership!: MembershipModel;

  @Field(() => [MembershipModel], { description: "All the user's memberships, in every tenant." })
  memberships!: MembershipModel[];
}

@ObjectType('LoginPayload')
export class LoginPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the access token stops working; refresh before.' })
  expiresAt!: Date;

  @Field({ description: 'Exchange with `refreshSession` for a new pair; each refresh token works once.' })
  refreshToken!: string;

  @Field(() => MembershipModel)
  membership!: MembershipModel;
}

/** A person's membership in the tenant, as an administrator manages it. */
@ObjectType('Member')
export class MemberModel {
  @Field(() => ID, { description: 'The membership id.' })
  id!: string;

  @Field(() => UserModel)
  user!: UserModel;

  @Field(() => Role)
  role!: Role;

  @Field(() => PartnerModel, { nullable: true })
  partner!: PartnerModel | null;

  @Field()
  createdAt!: Date;

  static from(membership: Membership): MemberModel {
    const partner = membership.partner?.getEntity();
    return {
      id: membership.id,
      user: UserModel.from(membership.user.getEntity()),
      role: membership.role,
      partner: partner ? PartnerModel.from(partner) : null,
      createdAt: membership.createdAt,
    };
  }
}

@ObjectType()
export class MemberConnection extends Connection(MemberModel) {}
