import type { INestApplication, Provider } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import passport from 'passport';
import request from 'supertest';
import { ABILITY_RULES, type AbilityRules, AppConfig, Clock } from '@leadrelay/core';
import { ABILITY_RULE_SETS, ApiModule } from '../../apps/api/src/api.module';
import { configureApi } from '../../apps/api/src/api.app';
import { JwtStrategy } from '../../libs/identity/src/auth/jwt.strategy';
import { testDatabase } from './test-database';

export const TEST_JWT_SECRET = 'test-secret-that-is-long-enough-for-hs256-signing';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions: { code: string; [key: string]: unknown } }[];
}

export interface TestApi {
  app: INestApplication;
  config: AppConfig;
  /**
   * Sends one GraphQL operation over HTTP, as a client would. Its answer and variables are typed
   * by the document: `graphql(\`query Name ...\`)` from test/support/graphql/generated
   * (`npm run test:codegen` after adding or changing one).
   */
  graphql<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    token?: string,
  ): Promise<GraphQLResult<TResult>>;
  /**
   * An operation as text, untyped: only for what codegen cannot know, i.e. operations built at run
   * time (fuzzing, the schema walks) or deliberately malformed or invalid ones.
   */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/** What a test may replace in the real API: only what leaves the process, the clock, or (to prove a policy) a rule. */
export interface TestApiOverrides {
  /** The clock every service reads "now" from. */
  clock?: Clock;
  /** Rules added after the real ones, e.g. a `cannot` that takes one rule away. */
  extraAbilityRules?: AbilityRules[];
}

/**
 * The test APIs open in this process, oldest first. passport keeps one strategy per name for the
 * whole process, so the API made last checks the access tokens of every API's requests, with its
 * own services; when it closes, the one before it gets its own strategy back, instead of sending
 * its requests to a closed API's connections. (Production runs one API a process.)
 */
const openApis: INestApplication[] = [];

/**
 * The real API module on this worker's database, connected as the application role. `providers`
 * adds test-only providers (e.g. a resolver) beside the API module, never into it.
 */
export async function createTestApi(
  env: Record<string, string> = {},
  providers: Provider[] = [],
  overrides: TestApiOverrides = {},
): Promise<TestApi> {
  const { appUrl } = await testDatabase();
  const config = AppConfig.from({
    NODE_ENV: 'test',
    DATABASE_URL: appUrl,
    JWT_SECRET: TEST_JWT_SECRET,
    GRAPHQL_IDE: 'false',
    ...env,
  });
  let builder = Test.createTestingModule({ imports: [ApiModule.forRoot(config)], providers });
  if (overrides.clock) builder = builder.overrideProvider(Clock).useValue(overrides.clock);
  if (overrides.extraAbilityRules) {
    builder = builder.overrideProvider(ABILITY_RULES).useValue([...ABILITY_RULE_SETS, ...overrides.extraAbilityRules]);
  }
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication({ logger: ['error'] });
  configureApi(app, config);
  await app.init();
  openApis.push(app);
  const http = app.getHttpServer();
  return {
    app,
    config,
    async graphql(document: TypedDocumentNode | string, variables?: unknown, token?: string) {
      const call = request(http).post('/graphql').set('content-type', 'application/json');
      if (token) call.set('authorization', `Bearer ${token}`);
      if (typeof document !== 'string' && !document.kind) {
        throw new Error('graphql(`...`) knows no such operation: run `npm run test:codegen` after changing one');
      }
      const query = typeof document === 'string' ? document : print(document);
      const response = await call.send({ query, variables });
      return response.body;
    },
    async close() {
      await app.close();
      openApis.splice(openApis.indexOf(app), 1);
      const latest = openApis.at(-1);
      if (latest) passport.use(latest.get(JwtStrategy));
    },
  };
}
