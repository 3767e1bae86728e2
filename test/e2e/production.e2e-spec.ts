import { print } from 'graphql';
import { Client } from 'pg';
import request from 'supertest';
import { APP_ROLE, Role } from '@leadrelay/core';
import { aMember, aTenant, loginAs } from '../factories/identity.factories';
import { closeOwnerOrm } from '../support/owner-orm';
import { type GraphQLResult, type TestApi, createTestApi } from '../support/test-api';
import { testDatabase } from '../support/test-database';
import { graphql } from '../support/graphql/generated';

const PARTNERS = graphql(`
  query ProductionPartners {
    partners {
      totalCount
    }
  }
`);
const ADD_MEMBER = graphql(`
  mutation ProductionAddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      id
    }
  }
`);
const TYPENAME = graphql(`
  query ProductionTypename {
    __typename
  }
`);

// As text: introspection (refused in production), a misspelt field, and the operations built at run
// time (depth, aliases, the token limit) or broken on purpose, which codegen cannot or must not type.
const INTROSPECTION = [`{ __schema { queryType { name } } }`, `{ __type(name: "Partner") { fields { name } } }`];

/**
 * A query `depth` levels deep. The schema has no cycles, so a client nests deeper than its
 * natural shape with inline fragments, which count as a level each.
 */
function queryOfDepth(depth: number): string {
  const fragments = depth - 4; // me { membership { tenant { id } } } is 4 deep
  return `{ ${'... on Query { '.repeat(fragments)}me { membership { tenant { id } } }${' }'.repeat(fragments)} }`;
}

const queryWithAliases = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `me${i}: me { user { id } }`).join(' ')} }`;

/** Runs `work` while the application role lacks a grant, as after a botched release step; restores it after. */
async function withoutGrant<T>(privilege: string, table: string, work: () => Promise<T>): Promise<T> {
  const owner = new Client({ connectionString: (await testDatabase()).ownerUrl });
  await owner.connect();
  try {
    await owner.query(`revoke ${privilege} on ${table} from ${APP_ROLE}`);
    return await work();
  } finally {
    await owner.query(`grant ${privilege} on ${table} to ${APP_ROLE}`);
    await owner.end();
  }
}

const noStackTrace = (result: GraphQLResult) => {
  for (const error of result.errors ?? []) {
    expect(Object.keys(error.extensions).filter((key) => /stack|exception/i.test(key))).toEqual([]);
  }
  expect(JSON.stringify(result)).not.toMatch(/\bat .+:\d+:\d+|node_modules|\.ts\b|\.js\b/);
};

describe('production behaviour', () => {
  let production: TestApi;
  let development: TestApi;
  let token: string;

  beforeAll(async () => {
    production = await createTestApi({ NODE_ENV: 'production' });
    development = await createTestApi({ NODE_ENV: 'test' });
    token = await loginAs(production, await aMember(await aTenant(), Role.VENDOR_ADMIN));
  });

  afterAll(async () => {
    await production.close();
    await development.close();
    await closeOwnerOrm();
  });

  it.each(INTROSPECTION)('refuses introspection in production: %s', async (query) => {
    const result = await production.graphql(query, {}, token);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.map((e) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors![0]!.message).toMatch(/introspection/i);

    // Outside production the same question is answered.
    expect((await development.graphql(query, {}, token)).errors).toBeUndefined();
  });

  it('answers GraphQL without an ETag: no hash of every answer, none of which is ever revalidated', async () => {
    const response = await request(production.app.getHttpServer())
      .post('/graphql')
      .set('authorization', `Bearer ${token}`)
      .send({ query: '{ me { user { name } } }' });
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect(response.headers.etag).toBeUndefined();
  });

  it('does not suggest field names in production', async () => {
    const query = `{ partnerz { totalCount } }`;
    const result = await production.graphql(query, {}, token);
    expect(result.errors?.map((e) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    expect(result.errors![0]!.message).not.toMatch(/did you mean|partners/i);

    expect((await development.graphql(query, {}, token)).errors![0]!.message).toMatch(/did you mean .*"partners"/i);
  });

  it('answers an unexpected server error in production without its cause or a stack trace', async () => {
    const [inProduction, elsewhere] = await withoutGrant('select', 'partner', async () => [
      await production.graphql(PARTNERS, {}, token),
      await development.graphql(PARTNERS, {}, token),
    ]);

    // The failure is real: outside production its cause is named (though never with a stack trace).
    expect(elsewhere.errors?.map((e) => e.extensions.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(elsewhere.errors![0]!.message).toMatch(/permission denied/);
    noStackTrace(elsewhere);

    expect(inProduction.data ?? null).toBeNull();
    expect(inProduction.errors).toEqual([
      {
        message: 'Something went wrong on our side. It has been logged; please try again.',
        path: ['partners'],
        locations: expect.any(Array),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(JSON.stringify(inProduction)).not.toMatch(/permission|denied|select|partner"|Exception|42501/i);
    noStackTrace(inProduction);
  });

  it('suggests no enum value in production either ("Did you mean the enum value ...")', async () => {
    // A role the schema does not have: sent as text, as the typed variables cannot hold it.
    const query = print(ADD_MEMBER);
    const input = { email: 'someone@example.test', name: 'Someone', role: 'VENDOR_ADMN' };
    const inProduction = await production.graphql(query, { input }, token);
    expect(inProduction.errors?.map((e) => e.extensions.code)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(inProduction)).not.toMatch(/did you mean|VENDOR_ADMIN/i);
    const inDevelopment = await development.graphql(query, { input }, token);
    expect(inDevelopment.errors![0]!.message).toMatch(/Did you mean the enum value "VENDOR_ADMIN"/);
  });

  describe.each([
    ['production', () => production],
    ['development', () => development],
  ])('over HTTP in %s', (_mode, api) => {
    const http = () => request(api().app.getHttpServer());

    it('sends no X-Powered-By header', async () => {
      const health = await http().get('/health');
      expect(health.status).toBe(200);
      expect(health.headers['x-powered-by']).toBeUndefined();
      expect(
        (
          await http()
            .post('/graphql')
            .send({ query: print(TYPENAME) })
        ).headers['x-powered-by'],
      ).toBeUndefined();
    });

    it('answers the token limit (5000 tokens, 1000 aliases) with 400 and a code, not 500', async () => {
      for (const query of [
        `{ me { ${'user { id } '.repeat(1700)} } }`,
        `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: me { user { id } }`).join(' ')} }`,
      ]) {
        const response = await http().post('/graphql').set('authorization', `Bearer ${token}`).send({ query });
        expect(response.status).toBe(400);
        expect(response.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
          'GRAPHQL_PARSE_FAILED',
        ]);
        expect(response.body.errors[0].message).toMatch(/3000 tokens/);
      }
    });

    it('answers bodies it cannot read with 4xx and a code: too large 413, malformed 400, other types 415', async () => {
      const huge = await http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send(JSON.stringify({ query: `{ me { user { id } } } #${'x'.repeat(200_000)}` }));
      expect([huge.status, huge.body.errors?.[0]?.extensions.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
      const broken = await http().post('/graphql').set('content-type', 'application/json').send('{"query": "{ me');
      expect([broken.status, broken.body.errors?.[0]?.extensions.code]).toEqual([400, 'BAD_REQUEST']);
      const xml = await http().post('/intake/leads').set('content-type', 'application/xml').send('<lead/>');
      expect([xml.status, xml.body.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
      const nowhere = await http().get('/no/such/route');
      expect([nowhere.status, nowhere.body.code]).toEqual([404, 'NOT_FOUND']);
      for (const response of [huge, broken, xml, nowhere])
        expect(JSON.stringify(response.body)).not.toMatch(/node_modules|\bat .+:\d+/);
    });
  });

  describe.each([
    ['production', () => production],
    ['development', () => development],
  ])('in %s', (_mode, api) => {
    it('refuses a query nested deeper than 10 levels, and answers one 10 deep', async () => {
      const tooDeep = await api().graphql(queryOfDepth(11), {}, token);
      expect(tooDeep.data ?? null).toBeNull();
      expect(tooDeep.errors?.map((e) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(tooDeep.errors![0]!.message).toMatch(/depth limit of 10/);

      const deepEnough = await api().graphql(queryOfDepth(10), {}, token);
      expect(deepEnough.errors).toBeUndefined();
    });

    it('refuses more than 15 aliases, and answers 15', async () => {
      const tooMany = await api().graphql(queryWithAliases(16), {}, token);
      expect(tooMany.data ?? null).toBeNull();
      expect(tooMany.errors?.map((e) => e.extensions.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(tooMany.errors![0]!.message).toMatch(/aliases limit of 15/i);

      const enough = await api().graphql<Record<string, unknown>>(queryWithAliases(15), {}, token);
      expect(enough.errors).toBeUndefined();
      expect(Object.keys(enough.data!)).toHaveLength(15);
    });
  });
});
