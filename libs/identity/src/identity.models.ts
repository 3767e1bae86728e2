import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Connection, Locale, Role, type Tenant } from '@leadrelay/core';
import { PartnerModel } from '@leadrelay/partners';
import type { Membership } from './memberships/membership.entity';
import type { User } from './users/user.entity';

registerEnumType(Role, {
  name: 'Role',
  description: 'What a membership may do: vendor roles see the whole tenant, partner roles only their own partner.',
  valuesMap: {
    VENDOR_ADMIN: { description: 'Vendor: configures the tenant (users, partners, reason codes, scoring, deadlines).' },
    CHANNEL_MANAGER: {
      description: 'Vendor: distributes leads to partners, watches deadlines, handles escalations and returned leads.',
    },
    MARKETING: { description: 'Vendor: brings leads in, qualifies them, nurtures returned and lost leads.' },
    DIRECT_SALES: { description: 'Vendor: works the leads that routing keeps in direct sales.' },
    PARTNER_ADMIN: { description: "Partner: manages its own users, sees all of its partner's leads, assigns them to reps." },
    PARTNER_SALES: { description: 'Partner: accepts or declines offers, works and closes the leads assigned to them.' },
  },
});
registerEnumType(Locale, {
  name: 'Locale',
  description: 'A language of mails and labels.',
  valuesMap: { DE: { description: 'German.' }, EN: { description: 'English.' } },
});

@ObjectType('Tenant', { description: "One vendor's account: every lead, partner and user belongs to one." })
export class TenantModel {
  @Field(() => ID, { description: "The tenant's id." })
  id!: string;

  @Field({ description: "The vendor's name." })
  name!: string;

  @Field(() => Locale, { description: "The tenant's language, for users who chose none." })
  locale!: Locale;

  @Field({ description: 'IANA time zone in which deadlines are counted, e.g. Europe/Berlin.' })
  timeZone!: string;

  static from(tenant: Tenant): TenantModel {
    return { id: tenant.id, name: tenant.name, locale: tenant.locale, timeZone: tenant.timeZone };
  }
}

@ObjectType('User', { description: 'A person: one e-mail, one password, memberships in one or several tenants.' })
export class UserModel {
  @Field(() => ID, { description: "The user's id." })
  id!: string;

  @Field({ description: 'The e-mail address the user logs in with.' })
  email!: string;

  @Field({ description: "The person's full name." })
  name!: string;

  @Field(() => Locale, { nullable: true, description: "The user's language; the tenant's when null." })
  locale!: Locale | null;

  static from(user: User): UserModel {
    return { id: user.id, email: user.email, name: user.name, locale: user.locale ?? null };
  }
}

/** One of the current user's own memberships: where and as what the user can act. */
@ObjectType('Membership', { description: "One of the current user's own memberships: where and as what the user can act." })
export class MembershipModel {
  @Field(() => ID, { description: "The membership's id." })
  id!: string;

  @Field(() => Role, { description: 'What the user may do in this tenant.' })
  role!: Role;

  @Field(() => TenantModel, { description: 'The tenant.' })
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

@ObjectType('Me', { description: 'The current user and the membership this session acts in.' })
export class MeModel {
  @Field(() => UserModel, { description: 'The current user.' })
  user!: UserModel;

  @Field(() => MembershipModel, { description: 'The membership this session acts in.' })
  membership!: MembershipModel;

  @Field(() => [MembershipModel], { description: "All the user's memberships, in every tenant." })
  memberships!: MembershipModel[];
}

@ObjectType('LoginPayload', { description: 'A new session: an access token, a refresh token, and the membership it acts in.' })
export class LoginPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`.' })
  accessToken!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the access token stops working; refresh before.' })
  expiresAt!: Date;

  @Field({ description: 'Exchange with `refreshSession` for a new pair; each refresh token works once.' })
  refreshToken!: string;

  @Field(() => MembershipModel, { description: 'The membership the session acts in.' })
  membership!: MembershipModel;
}

/** A person's membership in the tenant, as an administrator manages it. */
@ObjectType('Member', { description: "A person's membership in the tenant, as an administrator manages it." })
export class MemberModel {
  @Field(() => ID, { description: 'The membership id.' })
  id!: string;

  @Field(() => UserModel, { description: 'The person.' })
  user!: UserModel;

  @Field(() => Role, { description: 'What they may do.' })
  role!: Role;

  @Field(() => PartnerModel, { nullable: true, description: 'The partner a partner role acts for.' })
  partner!: PartnerModel | null;

  @Field({ description: 'When the membership was added.' })
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

@ObjectType({ description: 'A page of members.' })
export class MemberConnection extends Connection(MemberModel) {}
