import { Client } from 'pg';
import { AuthService } from '@leadrelay/identity';
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
    >[0];
    const auth = api.app.get(AuthService);
    // lru-cache reads the clock at most once a millisecond: let one pass after each move.
    const moveOn = async (ms: number) => {
      clock.advance(ms);
      await new Promise((resolve) => setTimeout(resolve, 5));
    };
    await moveOn(1_001);
    const checked = await auth.authenticate(claims);
    const cached = await auth.authenticate(claims);
    expect(cached?.ability).toBe(checked?.ability);
    await moveOn(1_001);
    const checkedAgain = await auth.authenticate(claims);
    expect(checkedAgain?.ability).not.toBe(checked?.ability);
    expect(checkedAgain?.ability.rules).toEqual(checked?.ability.rules);
  });
});
