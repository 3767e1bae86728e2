import { print } from 'graphql';
import request from 'supertest';
import { Role } from '@leadrelay/core';
import { LoginThrottle } from '@leadrelay/identity';
import { LOGIN, aMember, aTenant } from '../factories/identity.factories';
import { closeOwnerOrm } from '../support/owner-orm';
import { type TestApi, createTestApi } from '../support/test-api';

interface Answer {
  data?: { login: { accessToken: string } } | null;
  errors?: { extensions: { code: string; retryAfterSeconds?: number } }[];
}

describe('login throttling (per e-mail and address, per address, per e-mail from unknown addresses)', () => {
  let api: TestApi;
  let direct: TestApi;

  beforeAll(async () => {
    // Behind one proxy, as in production behind a load balancer: the client's address is X-Forwarded-For.
    api = await createTestApi({ TRUST_PROXY: '1' });
    direct = await createTestApi();
  });

  afterAll(async () => {
    await api.close();
    await direct.close();
    await closeOwnerOrm();
  });

  const login = async (on: TestApi, email: string, password: string, address: string): Promise<Answer> =>
    (
      await request(on.app.getHttpServer())
        .post('/graphql')
        .set('content-type', 'application/json')
        .set('x-forwarded-for', address)
        .send({ query: print(LOGIN), variables: { input: { email, password } } })
    ).body as Answer;
  const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions.code;

  it("does not let an attacker's wrong passwords from one address lock the owner out from another", async () => {
    const owner = await aMember(await aTenant(), Role.VENDOR_ADMIN);
    for (let attempt = 1; attempt <= LoginThrottle.FAILURES_PER_PAIR; attempt++) {
      expect(codeOf(await login(api, owner.email, `guess ${attempt}`, '203.0.113.66'))).toBe('UNAUTHENTICATED');
    }
    // The attacker is slowed down: even the right password is refused from there for the rest of the window.
    const attacker = await login(api, owner.email, owner.password, '203.0.113.66');
    expect(codeOf(attacker)).toBe('TOO_MANY_REQUESTS');
    expect(attacker.errors![0]!.extensions.retryAfterSeconds).toBeGreaterThan(0);

    // The owner, from their own address, logs in.
    const answer = await login(api, owner.email, owner.password, '198.51.100.7');
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.login.accessToken).toEqual(expect.any(String));
  });

  it('refuses an address that sprays wrong passwords over many e-mails, for every e-mail', async () => {
    const tenant = await aTenant();
    const victims = await Promise.all([1, 2, 3].map(() => aMember(tenant, Role.MARKETING)));
    // The spray's failures, counted as the login counts them (each a slow password check otherwise).
    const throttle = api.app.get(LoginThrottle);
    for (let attempt = 1; attempt < LoginThrottle.FAILURES_PER_ADDRESS; attempt++) {
      await throttle.recordFailure(`nobody-${attempt}-${victims[0]!.user.id}@example.test`, '192.0.2.99');
    }
    expect(codeOf(await login(api, victims[0]!.email, 'the last guess', '192.0.2.99'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(api, victims[1]!.email, victims[1]!.password, '192.0.2.99'))).toBe('TOO_MANY_REQUESTS');
    expect((await login(api, victims[1]!.email, victims[1]!.password, '192.0.2.100')).errors).toBeUndefined();
  });

  it('lets the owner in from a known address while a guess from many addresses blocks the e-mail elsewhere', async () => {
    const owner = await aMember(await aTenant(), Role.CHANNEL_MANAGER);
    expect((await login(api, owner.email, owner.password, '198.51.100.20')).errors).toBeUndefined();
    // A botnet: every address guesses once (and so never spends its own pair or address limit).
    const throttle = api.app.get(LoginThrottle);
    for (let attempt = 1; attempt < LoginThrottle.FAILURES_PER_ACCOUNT; attempt++) {
      await throttle.recordFailure(owner.email, `10.1.${Math.floor(attempt / 250)}.${attempt % 250}`);
    }
    expect(codeOf(await login(api, owner.email, 'the last guess', '10.2.0.1'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await login(api, owner.email, owner.password, '198.51.100.21'))).toBe('TOO_MANY_REQUESTS');
    expect((await login(api, owner.email, owner.password, '198.51.100.20')).errors).toBeUndefined();
  });

  it('reads the address from X-Forwarded-For only when TRUST_PROXY says so', async () => {
    const owner = await aMember(await aTenant(), Role.DIRECT_SALES);
    for (let attempt = 1; attempt <= LoginThrottle.FAILURES_PER_PAIR; attempt++) {
      // Without TRUST_PROXY a client cannot dodge its limit by naming another address each time.
      await login(direct, owner.email, `guess ${attempt}`, `203.0.113.${attempt}`);
    }
    expect(codeOf(await login(direct, owner.email, owner.password, '203.0.113.200'))).toBe('TOO_MANY_REQUESTS');
  });
});
