import { DEMO_PASSWORD, loadDemoData } from '@leadrelay/demo';
import { ownerEm } from './owner-orm';
import type { TestApi } from './test-api';
import { graphql } from './graphql/generated';

/** Loads the demo tenants into this worker's database (once) and logs demo users in. */
export async function withDemoData(): Promise<void> {
  await loadDemoData(await ownerEm());
}

export async function demoLogin(api: TestApi, email: string, tenantId?: string): Promise<string> {
  const result = await api.graphql(
    graphql(`
      mutation DemoLogin($input: LoginInput!) {
        login(input: $input) {
          accessToken
        }
      }
    `),
    { input: { email, password: DEMO_PASSWORD, tenantId } },
  );
  if (!result.data?.login) throw new Error(`demo login failed for ${email}: ${JSON.stringify(result.errors)}`);
  return result.data.login.accessToken;
}
