import { Role } from '../../libs/core/src';
import { LOGIN, aMember, aTenant } from '../factories/identity.factories';
import { closeOwnerOrm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';

const ME = `{ me { user { email } membership { role tenant { id name } partner { name } } memberships { tenant { name } } } }`;

describe('login and me', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  afterAll(async () => {
    await api.close();
    await closeOwnerOrm();
  });

  it('logs a single-tenant user in without a tenantId and answers me', async () => {
    const tenant = await aTenant();
    const admin = await aMember(tenant, Role.VENDOR_ADMIN);
    const login = await api.graphql<{ login: { accessToken: string; expiresAt: string } }>(LOGIN, {
      input: { email: admin.email.toUpperCase(), password: admin.password },
    });
    expect(login.errors).toBeUndefined();
    const expiresIn = new Date(login.data!.login.expiresAt).getTime() - Date.now();
    expect(expiresIn).toBeGreaterThan(14 * 60 * 1000);
    expect(expiresIn).toBeLessThanOrEqual(15 * 60 * 1000);

    const me = await api.graphql<{ me: { user: { email: string }; membership: { role: string; tenant: { id: string } } } }>(
      ME,
      {},
      login.data!.login.accessToken,
    );
    expect(me.data?.me.user.email).toBe(admin.email);
    expect(me.data?.me.membership).toMatchObject({ role: 'VENDOR_ADMIN', tenant: { id: tenant.id } });
  });
});
