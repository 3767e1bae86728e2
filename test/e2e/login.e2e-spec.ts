import { Role } from '@leadrelay/core';
import { LOGIN, aMember, aPartner, aTenant, loginAs } from '../factories/identity.factories';
import { closeOwnerOrm } from '../support/owner-orm';
import { type GraphQLResult, type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import type { LoginInput } from '../support/graphql/generated/graphql';

const ME = graphql(`
  query LoginMe {
    me {
      user {
        id
        email
      }
      membership {
        role
        tenant {
          id
          name
        }
        partner {
          name
        }
      }
      memberships {
        id
        role
        tenant {
          id
          name
        }
        partner {
          id
          name
        }
      }
    }
  }
`);
const REFRESH = graphql(`
  mutation LoginRefresh($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      accessToken
      refreshToken
    }
  }
`);
const LOGOUT = graphql(`
  mutation LoginLogout {
    logout
  }
`);
const REMOVE_MEMBER = graphql(`
  mutation LoginRemoveMember($id: ID!) {
    removeMember(id: $id)
  }
`);

const codesOf = (result: GraphQLResult) => result.errors?.map((e) => e.extensions.code);

describe('login and me', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  const login = (input: LoginInput) => api.graphql(LOGIN, { input });
  const me = (token: string) => api.graphql(ME, {}, token);

  it('logs a single-tenant user in without a tenantId and answers me', async () => {
    const tenant = await aTenant();
    const admin = await aMember(tenant, Role.VENDOR_ADMIN);
    const result = await login({ email: admin.email.toUpperCase(), password: admin.password });
    expect(result.errors).toBeUndefined();
    const expiresIn = new Date(result.data!.login.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(14 * 60 * 1000);
    expect(expiresIn).toBeLessThanOrEqual(15 * 60 * 1000);

    const answer = await api.graphql(ME, {}, result.data!.login.accessToken);
    expect(answer.data?.me.user.email).toBe(admin.email);
    expect(answer.data?.me.membership).toMatchObject({ role: 'VENDOR_ADMIN', tenant: { id: tenant.id } });
  });

  describe('a member of two tenants', () => {
    async function aResellerOfTwoVendors() {
      const [first, second] = [await aTenant(), await aTenant()];
      const partner = await aPartner(second);
      const asVendor = await aMember(first, Role.CHANNEL_MANAGER);
      const asPartner = await aMember(second, Role.PARTNER_ADMIN, { partner, user: asVendor.user });
      return { first, second, partner, asVendor, asPartner };
    }

    it('must name the tenant: TENANT_REQUIRED lists both memberships', async () => {
      const { first, second, asVendor } = await aResellerOfTwoVendors();
      const result = await login({ email: asVendor.email, password: asVendor.password });
      expect(result.data).toBeNull();
      expect(result.errors).toHaveLength(1);
      expect(result.errors![0]!.extensions).toMatchObject({ code: 'TENANT_REQUIRED', field: 'tenantId' });
      const tenants = result.errors![0]!.extensions.tenants as { tenantId: string }[];
      expect(tenants).toHaveLength(2);
      expect(tenants).toEqual(
        expect.arrayContaining([
          { tenantId: first.id, name: first.name, role: 'CHANNEL_MANAGER' },
          { tenantId: second.id, name: second.name, role: 'PARTNER_ADMIN' },
        ]),
      );
    });

    it('logs in to the tenant it names, and not to one it is no member of', async () => {
      const { second, asVendor, asPartner } = await aResellerOfTwoVendors();
      const chosen = await login({ email: asVendor.email, password: asVendor.password, tenantId: second.id });
      expect(chosen.data?.login.membership).toEqual({ id: asPartner.membership.id, role: 'PARTNER_ADMIN' });

      const stranger = await login({ email: asVendor.email, password: asVendor.password, tenantId: (await aTenant()).id });
      expect(codesOf(stranger)).toEqual(['TENANT_REQUIRED']);
    });

    it('sees every membership in me, and acts in the one it logged in with', async () => {
      const { first, second, partner, asVendor, asPartner } = await aResellerOfTwoVendors();
      const token = await loginAs(api, asPartner, second.id);
      const answer = await api.graphql(ME, {}, token);
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.me).toEqual({
        user: { id: asVendor.user.id, email: asVendor.email },
        membership: { role: 'PARTNER_ADMIN', tenant: { id: second.id, name: second.name }, partner: { name: partner.name } },
        memberships: expect.arrayContaining([
          { id: asVendor.membership.id, role: 'CHANNEL_MANAGER', tenant: { id: first.id, name: first.name }, partner: null },
          {
            id: asPartner.membership.id,
            role: 'PARTNER_ADMIN',
            tenant: { id: second.id, name: second.name },
            partner: { id: partner.id, name: partner.name },
          },
        ]),
      });
      expect(answer.data!.me.memberships).toHaveLength(2);
    });
  });

  it('answers a wrong e-mail and a wrong password with the identical error', async () => {
    const member = await aMember(await aTenant(), Role.MARKETING);
    const wrongEmail = await login({ email: `nobody-${member.user.id}@example.test`, password: member.password });
    const wrongPassword = await login({ email: member.email, password: 'not the password' });
    expect(wrongEmail.data).toBeNull();
    expect(codesOf(wrongEmail)).toEqual(['UNAUTHENTICATED']);
    expect(wrongPassword).toEqual(wrongEmail);
  });

  it('refuses the sixth attempt after five failures for one e-mail from one address, even with the right password', async () => {
    const member = await aMember(await aTenant(), Role.DIRECT_SALES);
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect(codesOf(await login({ email: member.email, password: `guess ${attempt}` }))).toEqual(['UNAUTHENTICATED']);
    }
    const sixth = await login({ email: member.email, password: member.password });
    expect(sixth.data).toBeNull();
    expect(codesOf(sixth)).toEqual(['TOO_MANY_REQUESTS']);
    const retryAfter = sixth.errors![0]!.extensions.retryAfterSeconds;
    expect(typeof retryAfter).toBe('number');
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  });

  describe('sessions', () => {
    async function aLogin() {
      const tenant = await aTenant();
      const member = await aMember(tenant, Role.VENDOR_ADMIN);
      const result = await login({ email: member.email, password: member.password });
      return { tenant, member, pair: result.data!.login };
    }

    const refresh = (refreshToken: string) => api.graphql(REFRESH, { input: { refreshToken } });

    it('refreshSession returns a new pair that works', async () => {
      const { member, pair } = await aLogin();
      const renewed = await refresh(pair.refreshToken);
      expect(renewed.errors).toBeUndefined();
      expect(renewed.data!.refreshSession.refreshToken).not.toBe(pair.refreshToken);
      expect((await me(renewed.data!.refreshSession.accessToken)).data?.me.user.email).toBe(member.email);
      expect(codesOf(await refresh(renewed.data!.refreshSession.refreshToken))).toBeUndefined();
    });

    it('ends the session when an old refresh token is presented again: the newer tokens stop working too', async () => {
      const { pair } = await aLogin();
      const renewed = (await refresh(pair.refreshToken)).data!.refreshSession;

      expect(codesOf(await refresh(pair.refreshToken))).toEqual(['UNAUTHENTICATED']);

      expect(codesOf(await me(renewed.accessToken))).toEqual(['UNAUTHENTICATED']);
      expect(codesOf(await refresh(renewed.refreshToken))).toEqual(['UNAUTHENTICATED']);
    });

    it('lets only one of several simultaneous uses of one refresh token through, and then ends the session', async () => {
      // A stolen copy raced against the owner's: repeated, because requests that happen to arrive
      // one after the other prove nothing.
      for (let round = 0; round < 5; round++) {
        const { pair } = await aLogin();
        const answers = await Promise.all(Array.from({ length: 5 }, () => refresh(pair.refreshToken)));

        const winners = answers.filter((answer) => !answer.errors);
        expect(winners).toHaveLength(1);
        expect(answers.filter((answer) => codesOf(answer)?.[0] === 'UNAUTHENTICATED')).toHaveLength(4);
        // The token was used more than once: the session is over, the winner's new tokens included.
        expect(codesOf(await me(winners[0]!.data!.refreshSession.accessToken))).toEqual(['UNAUTHENTICATED']);
      }
    }, 30_000);

    it('logout ends the session: its access and refresh tokens answer UNAUTHENTICATED', async () => {
      const { pair } = await aLogin();
      expect((await api.graphql(LOGOUT, {}, pair.accessToken)).data).toEqual({ logout: true });
      expect(codesOf(await me(pair.accessToken))).toEqual(['UNAUTHENTICATED']);
      expect(codesOf(await refresh(pair.refreshToken))).toEqual(['UNAUTHENTICATED']);
    });

    it("a removed member's access token answers UNAUTHENTICATED", async () => {
      const { tenant, pair: adminPair } = await aLogin();
      const member = await aMember(tenant, Role.MARKETING);
      const token = await loginAs(api, member);
      expect(codesOf(await me(token))).toBeUndefined();

      const removal = await api.graphql(REMOVE_MEMBER, { id: member.membership.id }, adminPair.accessToken);
      expect(removal.data).toEqual({ removeMember: true });

      expect(codesOf(await me(token))).toEqual(['UNAUTHENTICATED']);
    });

    it('keeps the two kinds of token apart: a refresh token is no access token, and the reverse', async () => {
      const { pair } = await aLogin();
      expect(codesOf(await me(pair.refreshToken))).toEqual(['UNAUTHENTICATED']);
      expect(codesOf(await refresh(pair.accessToken))).toEqual(['UNAUTHENTICATED']);
    });
  });
});
