import * as argon2 from 'argon2';
import { randomUUID } from 'node:crypto';
import { Locale, Role, Tenant, isPartnerRole } from '@leadrelay/core';
import { Membership, Session, User } from '@leadrelay/identity';
import { seedDefaultReasonCodes, seedDefaultScoringModel } from '@leadrelay/leads';
import { Partner, PartnerStatus, PartnerTier } from '@leadrelay/partners';
import type { TestApi } from '../support/test-api';
import { ownerEm } from '../support/owner-orm';
import { graphql } from '../support/graphql/generated';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

const unique = () => randomUUID().slice(0, 8);

export async function aTenant(overrides: Partial<Pick<Tenant, 'name' | 'locale' | 'timeZone'>> = {}): Promise<Tenant> {
  const em = await ownerEm();
  const tenant = em.create(Tenant, { name: `Vendor ${unique()}`, locale: Locale.DE, timeZone: 'Europe/Berlin', ...overrides });
  seedDefaultReasonCodes(em, tenant.id);
  seedDefaultScoringModel(em, tenant.id);
  await em.flush();
  return tenant;
}

export async function aPartner(
  tenant: Tenant,
  overrides: Partial<Pick<Partner, 'name' | 'tier' | 'status' | 'territories' | 'competencies' | 'capacity' | 'city'>> = {},
): Promise<Partner> {
  const em = await ownerEm();
  const partner = em.create(Partner, {
    tenantId: tenant.id,
    name: `Partner ${unique()}`,
    tier: PartnerTier.SILVER,
    status: PartnerStatus.ACTIVE,
    territories: [{ country: 'DE', postalCodePrefixes: ['20'] }],
    ...overrides,
  });
  await em.flush();
  return partner;
}

export interface TestMember {
  user: User;
  membership: Membership;
  email: string;
  password: string;
}

/** A user with a password and a membership of `role` in `tenant` (for partner roles, in `partner`). */
export async function aMember(tenant: Tenant, role: Role, options: { partner?: Partner; user?: User } = {}): Promise<TestMember> {
  if (isPartnerRole(role) !== Boolean(options.partner)) {
    throw new Error(`aMember: ${role} ${isPartnerRole(role) ? 'needs' : 'takes no'} partner`);
  }
  passwordHash ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id });
  const em = await ownerEm();
  const user =
    options.user ??
    em.create(User, {
      email: `${role.toLowerCase()}-${unique()}@example.test`,
      name: `${role} ${unique()}`,
      passwordHash: await passwordHash,
    });
  const membership = em.create(Membership, {
    tenantId: tenant.id,
    user: options.user ? em.getReference(User, options.user.id) : user,
    role,
    partner: options.partner ? em.getReference(Partner, options.partner.id) : null,
  });
  await em.flush();
  return { user, membership, email: user.email, password: TEST_PASSWORD };
}

/** A login session of `member`, valid for a day, as if it had logged in. */
export async function aSession(member: TestMember): Promise<Session> {
  const em = await ownerEm();
  const session = em.create(Session, {
    tenantId: member.membership.tenantId,
    membership: em.getReference(Membership, member.membership.id),
    refreshTokenId: randomUUID(),
    expiresAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
  });
  await em.flush();
  return session;
}

/** A tenant with two partners and one member of every role; the partner roles act for `p1`. */
export interface StaffedTenant {
  tenant: Tenant;
  p1: Partner;
  p2: Partner;
  staff: Record<Role, TestMember>;
  /** A PARTNER_SALES of `p2`. */
  p2Sales: TestMember;
}

export async function aStaffedTenant(): Promise<StaffedTenant> {
  const tenant = await aTenant();
  const [p1, p2] = [await aPartner(tenant), await aPartner(tenant)];
  const staff = {} as Record<Role, TestMember>;
  for (const role of Object.values(Role)) {
    staff[role] = await aMember(tenant, role, isPartnerRole(role) ? { partner: p1 } : {});
  }
  return { tenant, p1, p2, staff, p2Sales: await aMember(tenant, Role.PARTNER_SALES, { partner: p2 }) };
}

const LOGIN = graphql(`
  mutation IdentityFactoriesLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
      refreshToken
      expiresAt
      membership {
        id
        role
      }
    }
  }
`);

/** Logs `member` in over GraphQL and returns the access token. */
export async function loginAs(api: TestApi, member: TestMember, tenantId?: string): Promise<string> {
  const result = await api.graphql(LOGIN, {
    input: { email: member.email, password: member.password, tenantId: tenantId ?? member.membership.tenantId },
  });
  if (!result.data?.login) {
    throw new Error(`login failed for ${member.email}: ${JSON.stringify(result.errors)}`);
  }
  return result.data.login.accessToken;
}

export { LOGIN };
