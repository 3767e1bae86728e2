import request from 'supertest';
import { Role } from '../../libs/core/src';
import { aMember, aPartner, aTenant } from '../factories/identity.factories';
import { closeOwnerOrm } from '../support/owner-orm';
import { type GraphQLResult, type TestApi, createTestApi } from '../support/test-api';
import { type DocumentNode, print } from 'graphql';
import { graphql } from '../support/graphql/generated';

const LOGIN = graphql(`
  mutation SessionCookieLogin($input: LoginInput!) {
    login(input: $input) {
      accessToken
    }
  }
`);
const REFRESH_FROM_COOKIE = graphql(`
  mutation SessionCookieRefreshFromCookie {
    refreshSession {
      accessToken
    }
  }
`);
const REFRESH_FROM_BODY = graphql(`
  mutation SessionCookieRefreshFromBody($input: RefreshSessionInput) {
    refreshSession(input: $input) {
      accessToken
      refreshToken
    }
  }
`);
const ME = graphql(`
  query SessionCookieMe {
    me {
      user {
        email
      }
    }
  }
`);

/** A browser's view of the API: the refresh cookie it was given, and the answers. */
describe('the refresh token as an HttpOnly cookie, for browsers', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  async function post(document: DocumentNode, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
    const call = request(api.app.getHttpServer()).post('/graphql').set('content-type', 'application/json');
    for (const [name, value] of Object.entries(headers)) call.set(name, value);
    const response = await call.send({ query: print(document), variables });
    return { body: response.body as GraphQLResult, setCookie: ([] as string[]).concat(response.headers['set-cookie'] ?? []) };
  }

  /** `name=value` of the refresh cookie in a Set-Cookie header. */
  const cookieOf = (setCookie: string[]) => setCookie.find((c) => c.startsWith('leadrelay_refresh='))!.split(';')[0]!;

  async function aBrowserLogin() {
    const tenant = await aTenant();
    const member = await aMember(tenant, Role.PARTNER_SALES, { partner: await aPartner(tenant) });
    const login = await post(LOGIN, { input: { email: member.email, password: member.password } });
    return { member, login, cookie: cookieOf(login.setCookie) };
  }

  it('login sets an HttpOnly, SameSite=Strict cookie scoped to /graphql, and the body still carries the refresh token', async () => {
    const { login } = await aBrowserLogin();
    const header = login.setCookie.find((c) => c.startsWith('leadrelay_refresh='))!;
    expect(header).toMatch(/; HttpOnly/i);
    expect(header).toMatch(/; SameSite=Strict/i);
    expect(header).toMatch(/; Path=\/graphql(;|$)/);
    expect(header).toMatch(/; Max-Age=2592000/);
    // Plain HTTP in development: not Secure (a browser would drop it on http://localhost otherwise).
    expect(header).not.toMatch(/; Secure/i);
  });

  it('is Secure in production', async () => {
    const production = await createTestApi({ NODE_ENV: 'production' });
    try {
      const tenant = await aTenant();
      const member = await aMember(tenant, Role.VENDOR_ADMIN);
      const response = await request(production.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: print(LOGIN), variables: { input: { email: member.email, password: member.password } } });
      const header = ([] as string[])
        .concat(response.headers['set-cookie'] ?? [])
        .find((c) => c.startsWith('leadrelay_refresh='));
      expect(header).toMatch(/; Secure/i);
    } finally {
      await production.close();
    }
  });

  it('refreshSession without input uses the cookie, answers a new access token and turns the cookie over', async () => {
    const { member, cookie } = await aBrowserLogin();
    const refreshed = await post(REFRESH_FROM_COOKIE, {}, { cookie });
    expect(refreshed.body.errors).toBeUndefined();
    const token = (refreshed.body.data as { refreshSession: { accessToken: string } }).refreshSession.accessToken;
    const me = await post(ME, {}, { authorization: `Bearer ${token}` });
    expect(me.body.data).toEqual({ me: { user: { email: member.email } } });

    const next = cookieOf(refreshed.setCookie);
    expect(next).not.toBe(cookie);
    // The old cookie was spent: presenting it again ends the session, and the new one with it.
    const replay = await post(REFRESH_FROM_COOKIE, {}, { cookie });
    expect(replay.body.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    const afterReplay = await post(REFRESH_FROM_COOKIE, {}, { cookie: next });
    expect(afterReplay.body.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('refreshSession with neither input nor cookie says to log in', async () => {
    const answer = await post(REFRESH_FROM_COOKIE);
    expect(answer.body.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('keeps the body-based refresh for other clients', async () => {
    const tenant = await aTenant();
    const member = await aMember(tenant, Role.VENDOR_ADMIN);
    const login = await api.graphql(
      graphql(`
        mutation SessionCookieLogin2($input: LoginInput!) {
          login(input: $input) {
            refreshToken
          }
        }
      `),
      { input: { email: member.email, password: member.password } },
    );
    const refreshed = await post(REFRESH_FROM_BODY, { input: { refreshToken: login.data!.login.refreshToken } });
    expect(refreshed.body.errors).toBeUndefined();
    expect((refreshed.body.data as { refreshSession: { refreshToken: string } }).refreshSession.refreshToken).toBeTruthy();
  });

  it('logout clears the cookie and ends the session', async () => {
    const { login, cookie } = await aBrowserLogin();
    const token = (login.body.data as { login: { accessToken: string } }).login.accessToken;
    const logout = await post(
      graphql(`
        mutation SessionCookieLogout {
          logout
        }
      `),
      {},
      { authorization: `Bearer ${token}`, cookie },
    );
    expect(logout.body.data).toEqual({ logout: true });
    expect(logout.setCookie.find((c) => c.startsWith('leadrelay_refresh=;'))).toMatch(/Expires=Thu, 01 Jan 1970/);
    const refresh = await post(REFRESH_FROM_COOKIE, {}, { cookie });
    expect(refresh.body.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
  });

  it('logout everywhere ends every session of the person, in every tenant', async () => {
    const [first, second] = [await aTenant(), await aTenant()];
    const vendor = await aMember(first, Role.CHANNEL_MANAGER);
    const reseller = await aMember(second, Role.PARTNER_ADMIN, { partner: await aPartner(second), user: vendor.user });
    const loginTo = async (tenantId: string) =>
      post(LOGIN, { input: { email: vendor.email, password: vendor.password, tenantId } });
    const [here, elsewhere, otherTenant] = [await loginTo(first.id), await loginTo(first.id), await loginTo(second.id)];
    const tokenOf = (answer: { body: GraphQLResult }) =>
      (answer.body.data as { login: { accessToken: string } }).login.accessToken;

    const logout = await post(
      graphql(`
        mutation SessionCookieLogout2 {
          logout(everywhere: true)
        }
      `),
      {},
      { authorization: `Bearer ${tokenOf(here)}` },
    );
    expect(logout.body.data).toEqual({ logout: true });
    for (const session of [elsewhere, otherTenant]) {
      const me = await post(ME, {}, { authorization: `Bearer ${tokenOf(session)}` });
      expect(me.body.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
      const refresh = await post(REFRESH_FROM_COOKIE, {}, { cookie: cookieOf(session.setCookie) });
      expect(refresh.body.errors?.map((e) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
    }
    expect(reseller.membership.tenantId).toBe(second.id);
  });
});
