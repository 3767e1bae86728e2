import { Logger } from '@nestjs/common';
import { type TestApi, createTestApi } from '../support/test-api';
import { graphql } from '../support/graphql/generated';

/** One line per operation for the operator: name, who, how long, which error codes; never the variables. */
describe('the operation log', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await createTestApi();
  });

  afterAll(() => api.close());

  it('logs the operation with the code the client received, and not the password it carried', async () => {
    const log = jest.spyOn(Logger.prototype, 'log');
    await api.graphql(
      graphql(`
        mutation Login($input: LoginInput!) {
          login(input: $input) {
            accessToken
          }
        }
      `),
      {
        input: { email: 'nobody@example.test', password: 'a-secret-that-must-not-be-logged' },
      },
    );
    const lines = log.mock.calls.map(([message]) => String(message)).filter((line) => line.includes('Login'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^mutation Login by anonymous in \d+ ms errors UNAUTHENTICATED$/);
    expect(JSON.stringify(log.mock.calls)).not.toContain('a-secret-that-must-not-be-logged');
    log.mockRestore();
  });
});
