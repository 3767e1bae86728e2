import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';
import { Strategy as JwtPassportStrategy } from 'passport-jwt';
import { AppConfig } from '@leadrelay/core';
import { ACCESS_AUDIENCE, AuthService } from '@leadrelay/identity';
import { type VendorTeam, aVendorTeam } from '../factories/team.factories';
import { testDatabase } from '../support/test-database';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';
import { MovableClock } from '../support/movable-clock';

const ME = graphql(`
  query SessionCacheMe {
    me {
      user {
        name
      }
    }
  }
`);
const LOGOUT = graphql(`
  mutation SessionCacheLogout {
    logout
  }
`);

/**
 * The session check is cached for at most a second (SessionCache): a session ended elsewhere (by
 * another instance, here straight in the database) is refused once that second is over; one ended
 * through this instance (logout) at once.
 */
describe('the cached session check', () => {
  let api: TestApi;
  let clock: MovableClock;
  let team: VendorTeam;

  beforeAll(async () => {
    clock = new MovableClock();
    api = await createTestApi({}, [], { clock });
    team = await aVendorTeam(api);
  }, 60_000);

  afterAll(() => api.close());

  async function codeOf(token: string): Promise<string | undefined> {
    const result = await api.graphql(ME, {}, token);
    return result.errors?.[0]?.extensions.code;
  }

  it('refuses a session revoked in the database within a second, not before', async () => {
    const token = team.marketing.token;
    expect(await codeOf(token)).toBeUndefined();
    const { ownerUrl } = await testDatabase();
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      await owner.query(
        `update login_session set revoked_at = now() where membership_id in (select id from membership where user_id = $1)`,
        [team.marketing.user.id],
      );
    } finally {
      await owner.end();
    }
    clock.advance(500);
    expect(await codeOf(token)).toBeUndefined();
    clock.advance(501);
    expect(await codeOf(token)).toBe('UNAUTHENTICATED');
  });

  it('refuses a token at once after its logout on this instance', async () => {
    const token = team.channel.token;
    expect(await codeOf(token)).toBeUndefined();
    await api.graphql(LOGOUT, {}, token);
    expect(await codeOf(token)).toBe('UNAUTHENTICATED');
  });

  it("builds a session's ability once per check, not once per request", async () => {
    const claims = JSON.parse(Buffer.from(team.admin.token.split('.')[1]!, 'base64url').toString()) as Parameters<
      AuthService['authenticate']
    >[1];
    const auth = api.app.get(AuthService);
    // lru-cache reads the clock at most once a millisecond: let one pass after each move.
    const moveOn = async (ms: number) => {
      clock.advance(ms);
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    await moveOn(1_001);
    const checked = await auth.authenticate(team.admin.token, claims);
    const cached = await auth.authenticate(team.admin.token, claims);
    expect(cached?.ability).toBe(checked?.ability);
    await moveOn(1_001);
    const checkedAgain = await auth.authenticate(team.admin.token, claims);
    expect(checkedAgain?.ability).not.toBe(checked?.ability);
    expect(checkedAgain?.ability.rules).toEqual(checked?.ability.rules);
  });

  describe("the token's verification", () => {
    let verify: jest.SpyInstance;
    beforeEach(() => {
      verify = jest.spyOn(JwtPassportStrategy as unknown as { JwtVerifier: () => void }, 'JwtVerifier');
    });
    afterEach(() => verify.mockRestore());

    // lru-cache reads the clock at most once a millisecond: let one pass after each move.
    const moveOn = async (ms: number) => {
      clock.advance(ms);
      await new Promise((resolve) => setTimeout(resolve, 5));
    };

    it('verifies a token once within the bound, not on every request, and again after it', async () => {
      const token = team.direct.token;
      await moveOn(1_001);
      expect(await codeOf(token)).toBeUndefined();
      expect(await codeOf(token)).toBeUndefined();
      expect(await codeOf(token)).toBeUndefined();
      expect(verify).toHaveBeenCalledTimes(1);
      await moveOn(1_001);
      expect(await codeOf(token)).toBeUndefined();
      expect(verify).toHaveBeenCalledTimes(2);
    });

    it('never believes a token past its expiry, even within the bound', async () => {
      const claims = JSON.parse(Buffer.from(team.direct.token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
      const { sub, tid, sid, mid } = claims;
      // A token of the same session that expires at the next full second, as jsonwebtoken counts.
      const expiresIn = 1;
      const token = await api.app
        .get(JwtService)
        .signAsync(
          { sub, tid, sid, mid },
          { audience: ACCESS_AUDIENCE, expiresIn, secret: api.app.get(AppConfig).JWT_SECRET, algorithm: 'HS256' },
        );
      const exp = (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { exp: number }).exp;
      clock.at = exp * 1000 - 300;
      await moveOn(0);
      expect(await codeOf(token)).toBeUndefined();
      expect(await codeOf(token)).toBeUndefined();
      expect(verify).toHaveBeenCalledTimes(1);
      // Past its expiry by the clock, 301 ms after the check: verified again, not believed from the cache.
      await moveOn(301);
      await codeOf(token);
      expect(verify).toHaveBeenCalledTimes(2);
    });
  });
});
